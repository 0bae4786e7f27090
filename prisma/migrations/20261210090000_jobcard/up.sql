-- The Job Card (libs/jobcard, docs/jobcard/jobcard-spec.md): evaluation sheets (評価シート, 様式4 / 様式3-3-1-1),
-- fixed-term training plans (訓練実施計画) with their daily logs, subsidy estimates shown on a case at STEP 2, RETRY
-- programmes suggested to a person, and the append-only record of who read the personal data in sheets and plans.
-- A sheet and a plan are each one aggregate: their sections, ratings and log entries are JSON documents checked by the
-- rules in libs/jobcard (the seeds' structure is a form, not a relational model), versioned for concurrent edits.

CREATE TABLE "jobcard_training_plans" (
  "id"                         uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "company_id"                 uuid                     NOT NULL,
  "office_id"                  uuid                     NOT NULL,
  "case_id"                    uuid,
  "registrant_id"              uuid,
  "trainee_name"               character varying(100)   NOT NULL,
  "training_type"              character varying(24)    NOT NULL,
  "status"                     character varying(16)    NOT NULL DEFAULT 'DRAFT',
  "draft"                      jsonb                    NOT NULL,
  "trainee_facts"              jsonb,
  "logs"                       jsonb                    NOT NULL DEFAULT '{"ojt": [], "offJt": []}',
  "company_size_at_submission" character varying(8),
  "version"                    integer                  NOT NULL DEFAULT 1,
  "created_by_user_id"         uuid                     NOT NULL,
  "updated_by_user_id"         uuid                     NOT NULL,
  "created_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_jobcard_training_plans" PRIMARY KEY ("id"),
  CONSTRAINT "ck_jobcard_training_plans_type" CHECK ("training_type" IN ('BASIC', 'CAREER_UP', 'DISPATCH_EMPLOYER')),
  CONSTRAINT "ck_jobcard_training_plans_status" CHECK ("status" IN ('DRAFT', 'ACCEPTED')),
  CONSTRAINT "ck_jobcard_training_plans_size" CHECK ("company_size_at_submission" IN ('SME', 'LARGE')),
  CONSTRAINT "fk_jobcard_training_plans_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_training_plans_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_training_plans_case" FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_training_plans_registrant" FOREIGN KEY ("registrant_id") REFERENCES "talent_bank_registrants" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_training_plans_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_training_plans_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_jobcard_training_plans_company" ON "jobcard_training_plans" ("company_id", "created_at");
CREATE INDEX "ix_jobcard_training_plans_office" ON "jobcard_training_plans" ("office_id", "created_at");
CREATE INDEX "ix_jobcard_training_plans_case" ON "jobcard_training_plans" ("case_id") WHERE "case_id" IS NOT NULL;

CREATE TABLE "jobcard_evaluation_sheets" (
  "id"                   uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "subject_kind"         character varying(16)    NOT NULL,
  "case_id"              uuid,
  "case_worker_id"       character varying(64),
  "registrant_id"        uuid,
  "company_id"           uuid,
  "plan_id"              uuid,
  "office_id"            uuid                     NOT NULL,
  "trainee_name"         character varying(100)   NOT NULL,
  "duty"                 character varying(200)   NOT NULL,
  "duty_type"            character varying(16)    NOT NULL,
  "period_start"         date                     NOT NULL,
  "period_end"           date                     NOT NULL,
  "sheet"                jsonb                    NOT NULL,
  "evaluations"          jsonb                    NOT NULL DEFAULT '[]',
  "targets_presented_on" date,
  "issued_on"            date,
  "version"              integer                  NOT NULL DEFAULT 1,
  "created_by_user_id"   uuid                     NOT NULL,
  "updated_by_user_id"   uuid                     NOT NULL,
  "created_at"           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_jobcard_evaluation_sheets" PRIMARY KEY ("id"),
  CONSTRAINT "ck_jobcard_evaluation_sheets_subject" CHECK (
    ("subject_kind" = 'CASE_SECONDEE' AND "case_id" IS NOT NULL AND "registrant_id" IS NULL)
    OR ("subject_kind" = 'REGISTRANT' AND "registrant_id" IS NOT NULL AND "case_id" IS NULL)
    OR ("subject_kind" = 'TRAINEE' AND "company_id" IS NOT NULL AND "case_id" IS NULL AND "registrant_id" IS NULL)
  ),
  CONSTRAINT "ck_jobcard_evaluation_sheets_duty_type" CHECK ("duty_type" IN ('OFFICE_SERVICE', 'SKILLED', 'TECHNICAL')),
  CONSTRAINT "ck_jobcard_evaluation_sheets_period" CHECK ("period_end" >= "period_start"),
  CONSTRAINT "fk_jobcard_evaluation_sheets_case" FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_registrant" FOREIGN KEY ("registrant_id") REFERENCES "talent_bank_registrants" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_plan" FOREIGN KEY ("plan_id") REFERENCES "jobcard_training_plans" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_evaluation_sheets_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_jobcard_evaluation_sheets_case" ON "jobcard_evaluation_sheets" ("case_id") WHERE "case_id" IS NOT NULL;
CREATE INDEX "ix_jobcard_evaluation_sheets_registrant" ON "jobcard_evaluation_sheets" ("registrant_id") WHERE "registrant_id" IS NOT NULL;
CREATE INDEX "ix_jobcard_evaluation_sheets_office" ON "jobcard_evaluation_sheets" ("office_id", "created_at");

-- An estimate as it was shown (the rate table in force, the input and every line), kept with the case: the amounts
-- explained at STEP 2 stay what they were even when the rates change later.
CREATE TABLE "jobcard_subsidy_estimates" (
  "id"                 uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "case_id"            uuid                     NOT NULL,
  "plan_id"            uuid,
  "kind"               character varying(16)    NOT NULL,
  "rate_table_id"      character varying(40)    NOT NULL,
  "input"              jsonb                    NOT NULL,
  "result"             jsonb                    NOT NULL,
  "total_yen"          bigint                   NOT NULL,
  "created_by_user_id" uuid                     NOT NULL,
  "created_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_jobcard_subsidy_estimates" PRIMARY KEY ("id"),
  CONSTRAINT "ck_jobcard_subsidy_estimates_kind" CHECK ("kind" IN ('TRAINING', 'CONVERSION')),
  CONSTRAINT "ck_jobcard_subsidy_estimates_total" CHECK ("total_yen" >= 0),
  CONSTRAINT "fk_jobcard_subsidy_estimates_case" FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_subsidy_estimates_plan" FOREIGN KEY ("plan_id") REFERENCES "jobcard_training_plans" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_subsidy_estimates_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_jobcard_subsidy_estimates_case" ON "jobcard_subsidy_estimates" ("case_id", "created_at");

-- A RETRY programme suggested to a person (a case's secondee or a registrant), and whether they took it.
CREATE TABLE "jobcard_retry_notes" (
  "id"                 uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "menu_id"            character varying(40)    NOT NULL,
  "case_id"            uuid,
  "registrant_id"      uuid,
  "status"             character varying(16)    NOT NULL,
  "note"               text,
  "noted_on"           date                     NOT NULL,
  "version"            integer                  NOT NULL DEFAULT 1,
  "created_by_user_id" uuid                     NOT NULL,
  "created_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_jobcard_retry_notes" PRIMARY KEY ("id"),
  CONSTRAINT "ck_jobcard_retry_notes_status" CHECK ("status" IN ('SUGGESTED', 'TAKEN')),
  CONSTRAINT "ck_jobcard_retry_notes_person" CHECK (("case_id" IS NULL) <> ("registrant_id" IS NULL)),
  CONSTRAINT "fk_jobcard_retry_notes_case" FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_retry_notes_registrant" FOREIGN KEY ("registrant_id") REFERENCES "talent_bank_registrants" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_jobcard_retry_notes_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "ux_jobcard_retry_notes_case_menu" ON "jobcard_retry_notes" ("case_id", "menu_id") WHERE "case_id" IS NOT NULL;
CREATE UNIQUE INDEX "ux_jobcard_retry_notes_registrant_menu" ON "jobcard_retry_notes" ("registrant_id", "menu_id") WHERE "registrant_id" IS NOT NULL;

-- Who read or exported the personal data of a sheet or a plan (the trainee's name and ratings), and every refused
-- attempt: field names, never values. Append-only, like the talent bank's.
CREATE TABLE "jobcard_access_log" (
  "id"              BIGSERIAL                NOT NULL,
  "occurred_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "actor_user_id"   uuid                     NOT NULL,
  "actor_role"      character varying(32)    NOT NULL,
  "actor_office_id" uuid,
  "action"          character varying(16)    NOT NULL,
  "operation"       character varying(100)   NOT NULL,
  "record_kind"     character varying(16)    NOT NULL,
  "record_id"       uuid,
  "fields"          text array               NOT NULL DEFAULT '{}',
  "outcome"         character varying(16)    NOT NULL,
  "denial_reason"   character varying(64),
  "client_ip"       character varying(64),
  CONSTRAINT "pk_jobcard_access_log" PRIMARY KEY ("id"),
  CONSTRAINT "ck_jobcard_access_log_action" CHECK ("action" IN ('READ', 'EXPORT')),
  CONSTRAINT "ck_jobcard_access_log_record_kind" CHECK ("record_kind" IN ('EVALUATION_SHEET', 'TRAINING_PLAN')),
  CONSTRAINT "ck_jobcard_access_log_outcome" CHECK ("outcome" IN ('ALLOWED', 'DENIED')),
  CONSTRAINT "ck_jobcard_access_log_denial" CHECK (("outcome" = 'DENIED') = ("denial_reason" IS NOT NULL)),
  CONSTRAINT "fk_jobcard_access_log_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_jobcard_access_log_record" ON "jobcard_access_log" ("record_kind", "record_id", "id");
CREATE INDEX "ix_jobcard_access_log_actor" ON "jobcard_access_log" ("actor_user_id", "id");
CREATE TRIGGER "tg_jobcard_access_log_append_only" BEFORE UPDATE OR DELETE ON "jobcard_access_log"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
