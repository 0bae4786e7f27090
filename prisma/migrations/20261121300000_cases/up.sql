-- Cases (案件): a sending and a receiving offer walked through the Center's STEP 1–6 process (在籍型出向支援のプロセス)
-- or the transfer path, with the people established (成立) as an append-only ledger, an append-only history of every
-- change, and follow-up tasks. Reviewed SQL; libs/platform's schema-drift test proves the entities agree.

-- Rows of these tables are facts about the past: the application only inserts them. The trigger makes an UPDATE or
-- DELETE fail for every database user, so no code path (or a careless script) can rewrite the history.
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TABLE "cases" (
  "id"                        uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "number"                    SERIAL                   NOT NULL,
  "move_type"                 character varying(16)    NOT NULL,
  "sending_offer_id"          uuid                     NOT NULL,
  "receiving_offer_id"        uuid                     NOT NULL,
  "match_decision_id"         uuid,
  "sending_office_id"         uuid                     NOT NULL,
  "receiving_office_id"       uuid                     NOT NULL,
  "sending_consultant_id"     uuid,
  "receiving_consultant_id"   uuid,
  "people_planned"            integer                  NOT NULL,
  "stage"                     character varying(32)    NOT NULL,
  "stage_entered_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "workers"                   jsonb                    NOT NULL DEFAULT '[]',
  "meeting"                   jsonb,
  "internal_procedure"        jsonb,
  "workplace_tour"            jsonb,
  "contract"                  jsonb,
  "hiring_agreement"          jsonb,
  "established_on"            date,
  "people_established"        integer                  NOT NULL DEFAULT 0,
  "ended_on"                  date,
  "ended_from_stage"          character varying(32),
  "not_established_reason"    character varying(32),
  "not_established_note"      text,
  "completion_outcome"        character varying(32),
  "completion_note"           text,
  "created_by_user_id"        uuid                     NOT NULL,
  "updated_by_user_id"        uuid                     NOT NULL,
  "version"                   integer                  NOT NULL,
  "created_at"                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_cases" PRIMARY KEY ("id"),
  CONSTRAINT "uq_cases_number" UNIQUE ("number"),
  CONSTRAINT "uq_cases_match_decision" UNIQUE ("match_decision_id"),
  CONSTRAINT "ck_cases_move_type" CHECK ("move_type" IN ('SECONDMENT', 'TRANSFER')),
  CONSTRAINT "ck_cases_stage" CHECK ("stage" IN ('INFORMATION_COLLECTION', 'INTER_COMPANY_MEETING', 'INTERNAL_PROCEDURE', 'WORKPLACE_TOUR', 'CONTRACT', 'STARTED', 'HIRING_AGREED', 'HIRED', 'FOLLOW_UP', 'COMPLETED', 'NOT_ESTABLISHED')),
  CONSTRAINT "ck_cases_people" CHECK ("people_planned" >= 1 AND "people_established" >= 0),
  CONSTRAINT "ck_cases_not_established_reason" CHECK ("not_established_reason" IS NULL OR "not_established_reason" IN ('DECLINED_BY_SENDER', 'DECLINED_BY_RECEIVER', 'DECLINED_BY_WORKER', 'CONDITIONS_NOT_AGREED', 'OTHER')),
  CONSTRAINT "ck_cases_completion_outcome" CHECK ("completion_outcome" IS NULL OR "completion_outcome" IN ('RETURNED', 'EXTENDED', 'CONVERTED_TO_TRANSFER', 'SETTLED')),
  CONSTRAINT "ck_cases_not_established_has_reason" CHECK (("stage" = 'NOT_ESTABLISHED') = ("not_established_reason" IS NOT NULL)),
  CONSTRAINT "ck_cases_completed_has_outcome" CHECK (("stage" = 'COMPLETED') = ("completion_outcome" IS NOT NULL)),
  CONSTRAINT "fk_cases_sending_offer" FOREIGN KEY ("sending_offer_id") REFERENCES "sending_offers"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_match_decision" FOREIGN KEY ("match_decision_id") REFERENCES "match_decisions"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_sending_office" FOREIGN KEY ("sending_office_id") REFERENCES "offices"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_receiving_office" FOREIGN KEY ("receiving_office_id") REFERENCES "offices"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_sending_consultant" FOREIGN KEY ("sending_consultant_id") REFERENCES "users"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_receiving_consultant" FOREIGN KEY ("receiving_consultant_id") REFERENCES "users"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_cases_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT
);
-- The board: an office's cases by stage, oldest in the stage first.
CREATE INDEX "ix_cases_sending_office_stage" ON "cases" ("sending_office_id", "stage", "stage_entered_at");
CREATE INDEX "ix_cases_receiving_office_stage" ON "cases" ("receiving_office_id", "stage", "stage_entered_at");
CREATE INDEX "ix_cases_sending_offer" ON "cases" ("sending_offer_id");
CREATE INDEX "ix_cases_receiving_offer" ON "cases" ("receiving_offer_id");
CREATE INDEX "ix_cases_sending_consultant" ON "cases" ("sending_consultant_id");
CREATE INDEX "ix_cases_receiving_consultant" ON "cases" ("receiving_consultant_id");

-- 成立: the people established and every later correction, as signed rows. The statistics count these (by the date
-- they happened), never the case's current state, so a correction is visible as itself.
CREATE TABLE "case_establishments" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "case_id"             uuid                     NOT NULL,
  "kind"                character varying(16)    NOT NULL,
  "occurred_on"         date                     NOT NULL,
  "people"              integer                  NOT NULL,
  "move_type"           character varying(16)    NOT NULL,
  "sending_offer_id"    uuid                     NOT NULL,
  "receiving_offer_id"  uuid                     NOT NULL,
  "sending_office_id"   uuid                     NOT NULL,
  "receiving_office_id" uuid                     NOT NULL,
  "sending_jsic_code"   character(1)             NOT NULL,
  "receiving_jsic_code" character(1)             NOT NULL,
  "worker_ids"          uuid array               NOT NULL DEFAULT '{}',
  "reason"              text,
  "recorded_by_user_id" uuid                     NOT NULL,
  "recorded_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_case_establishments" PRIMARY KEY ("id"),
  CONSTRAINT "ck_case_establishments_kind" CHECK ("kind" IN ('ESTABLISHED', 'CORRECTION')),
  CONSTRAINT "ck_case_establishments_move_type" CHECK ("move_type" IN ('SECONDMENT', 'TRANSFER')),
  CONSTRAINT "ck_case_establishments_people" CHECK ("people" <> 0 AND ("kind" = 'CORRECTION' OR "people" > 0)),
  CONSTRAINT "ck_case_establishments_correction_reason" CHECK ("kind" <> 'CORRECTION' OR "reason" IS NOT NULL),
  CONSTRAINT "fk_case_establishments_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_case_establishments_recorded_by" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_case_establishments_case" ON "case_establishments" ("case_id");
CREATE INDEX "ix_case_establishments_occurred" ON "case_establishments" ("occurred_on");
CREATE TRIGGER "tg_case_establishments_append_only" BEFORE UPDATE OR DELETE ON "case_establishments"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

-- Who changed what, when and why: one row per change, with each field's value before and after.
CREATE TABLE "case_history" (
  "id"            uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "case_id"       uuid                     NOT NULL,
  "seq"           BIGSERIAL                NOT NULL,
  "action"        character varying(32)    NOT NULL,
  "actor_user_id" uuid                     NOT NULL,
  "from_stage"    character varying(32),
  "to_stage"      character varying(32),
  "changes"       jsonb                    NOT NULL DEFAULT '[]',
  "reason"        text,
  "case_version"  integer                  NOT NULL,
  "recorded_at"   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_case_history" PRIMARY KEY ("id"),
  CONSTRAINT "fk_case_history_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_case_history_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_case_history_case_seq" ON "case_history" ("case_id", "seq");
CREATE TRIGGER "tg_case_history_append_only" BEFORE UPDATE OR DELETE ON "case_history"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

-- STEP6 follow-up records (フォローアップ): what a consultant learned on a visit or call.
CREATE TABLE "case_follow_ups" (
  "id"                   uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "case_id"              uuid                     NOT NULL,
  "task_id"              uuid,
  "held_on"              date                     NOT NULL,
  "method"               character varying(16)    NOT NULL,
  "conducted_by_user_id" uuid                     NOT NULL,
  "participants"         text,
  "secondee_situation"   text                     NOT NULL,
  "sender_situation"     text,
  "receiver_situation"   text,
  "issues"               text,
  "actions"              text,
  "recorded_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_case_follow_ups" PRIMARY KEY ("id"),
  CONSTRAINT "uq_case_follow_ups_task" UNIQUE ("task_id"),
  CONSTRAINT "ck_case_follow_ups_method" CHECK ("method" IN ('VISIT', 'PHONE', 'ONLINE', 'EMAIL', 'OTHER')),
  CONSTRAINT "fk_case_follow_ups_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_case_follow_ups_conducted_by" FOREIGN KEY ("conducted_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_case_follow_ups_case" ON "case_follow_ups" ("case_id", "held_on");

-- Reminders: a follow-up falling due, or a contract end date passed without completion. One live task per case,
-- kind and due date (a reschedule cancels and re-adds, never duplicates).
CREATE TABLE "case_tasks" (
  "id"             uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "case_id"        uuid                     NOT NULL,
  "kind"           character varying(16)    NOT NULL,
  "due_on"         date                     NOT NULL,
  "status"         character varying(16)    NOT NULL,
  "became_due_at"  TIMESTAMP WITH TIME ZONE,
  "done_at"        TIMESTAMP WITH TIME ZONE,
  "done_by_user_id" uuid,
  "follow_up_id"   uuid,
  "created_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_case_tasks" PRIMARY KEY ("id"),
  CONSTRAINT "ck_case_tasks_kind" CHECK ("kind" IN ('FOLLOW_UP', 'END_DATE_PASSED')),
  CONSTRAINT "ck_case_tasks_status" CHECK ("status" IN ('SCHEDULED', 'DUE', 'DONE', 'CANCELLED')),
  CONSTRAINT "fk_case_tasks_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_case_tasks_done_by" FOREIGN KEY ("done_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_case_tasks_follow_up" FOREIGN KEY ("follow_up_id") REFERENCES "case_follow_ups"("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "uq_case_tasks_live" ON "case_tasks" ("case_id", "kind", "due_on") WHERE "status" <> 'CANCELLED';
CREATE INDEX "ix_case_tasks_status_due" ON "case_tasks" ("status", "due_on");

ALTER TABLE "case_follow_ups" ADD CONSTRAINT "fk_case_follow_ups_task" FOREIGN KEY ("task_id") REFERENCES "case_tasks"("id") ON DELETE RESTRICT;

-- The administrator's follow-up defaults (one row).
CREATE TABLE "case_follow_up_settings" (
  "id"                       smallint                 NOT NULL,
  "first_after_months"       integer                  NOT NULL,
  "interval_months"          integer                  NOT NULL,
  "before_end_months"        integer                  NOT NULL,
  "transfer_horizon_months"  integer                  NOT NULL,
  "updated_by_user_id"       uuid,
  "version"                  integer                  NOT NULL,
  "updated_at"               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_case_follow_up_settings" PRIMARY KEY ("id"),
  CONSTRAINT "ck_case_follow_up_settings_singleton" CHECK ("id" = 1),
  CONSTRAINT "ck_case_follow_up_settings_months" CHECK ("first_after_months" BETWEEN 0 AND 24 AND "interval_months" BETWEEN 1 AND 24 AND "before_end_months" BETWEEN 0 AND 12 AND "transfer_horizon_months" BETWEEN 0 AND 60),
  CONSTRAINT "fk_case_follow_up_settings_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
);
INSERT INTO "case_follow_up_settings" ("id", "first_after_months", "interval_months", "before_end_months", "transfer_horizon_months", "version")
VALUES (1, 1, 3, 1, 12, 1);
