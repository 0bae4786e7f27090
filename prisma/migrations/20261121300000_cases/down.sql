ALTER TABLE "case_follow_ups" DROP CONSTRAINT "fk_case_follow_ups_task";
DROP TABLE "case_follow_up_settings";
DROP TABLE "case_tasks";
DROP TABLE "case_follow_ups";
DROP TABLE "case_history";
DROP TABLE "case_establishments";
DROP TABLE "cases";
DROP FUNCTION "refuse_append_only_change"();
