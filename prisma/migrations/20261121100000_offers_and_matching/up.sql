-- Sending and receiving information (送出情報・受入情報), the skills dictionary, the matching engine's settings and
-- decisions, and batch assignment runs. Reviewed SQL; libs/platform's schema-drift test proves the entities agree.

-- 日本標準職業分類 大分類 (A..L)
CREATE TABLE "occupation_major_groups" (
  "code"    character(1)           NOT NULL,
  "name_ja" character varying(100) NOT NULL,
  "name_en" character varying(100) NOT NULL,
  CONSTRAINT "pk_occupation_major_groups" PRIMARY KEY ("code")
);

-- Skills, licences and qualifications. alias_keys holds the normalised name, reading and synonyms, so that a
-- consultant's free text resolves to the dictionary entry whichever spelling was typed.
CREATE TABLE "skills" (
  "id"           uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "name"         character varying(100)   NOT NULL,
  "reading"      character varying(200)   NOT NULL,
  "category"     character varying(16)    NOT NULL,
  "synonyms"     text array               NOT NULL DEFAULT '{}',
  "implies"      text array               NOT NULL DEFAULT '{}',
  "match_key"    character varying(100)   NOT NULL,
  "alias_keys"   text array               NOT NULL DEFAULT '{}',
  "active"       boolean                  NOT NULL DEFAULT true,
  "version"      integer                  NOT NULL,
  "created_at"   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_skills" PRIMARY KEY ("id"),
  CONSTRAINT "uq_skills_match_key" UNIQUE ("match_key"),
  CONSTRAINT "ck_skills_category" CHECK ("category" IN ('LICENCE', 'QUALIFICATION', 'SKILL'))
);
CREATE INDEX "ix_skills_alias_keys" ON "skills" USING GIN ("alias_keys");

-- change_xid: the id of the transaction that last wrote the row, set by a trigger on every write. The matching
-- engine's in-memory indexes poll "change_xid >= the oldest transaction still running when we last looked", which
-- unlike a timestamp or a sequence never misses a row committed out of order.
CREATE FUNCTION "set_change_xid"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."change_xid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$;

-- A company's name, prefecture and industry are part of its offers' matching profiles, so its writes are tracked too.
ALTER TABLE "companies" ADD "change_xid" bigint NOT NULL DEFAULT 0;
CREATE INDEX "ix_companies_change_xid" ON "companies" ("change_xid");
CREATE TRIGGER "tg_companies_change_xid" BEFORE INSERT OR UPDATE ON "companies"
  FOR EACH ROW EXECUTE FUNCTION "set_change_xid"();

CREATE TABLE "sending_offers" (
  "id"                         uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "company_id"                 uuid                     NOT NULL,
  "owning_office_id"           uuid                     NOT NULL,
  "received_on"                date                     NOT NULL,
  "move_type"                  character varying(16)    NOT NULL,
  "people_count"               integer                  NOT NULL,
  "people_available"           integer                  NOT NULL,
  "reason"                     character varying(32)    NOT NULL,
  "reason_detail"              text,
  "occupation_code"            character(1)             NOT NULL,
  "job_title"                  character varying(200)   NOT NULL,
  "skills"                     jsonb                    NOT NULL DEFAULT '[]',
  "skill_keys"                 text array               NOT NULL DEFAULT '{}',
  "experience_years"           integer,
  "age_band"                   character varying(16),
  "monthly_wage"               integer,
  "desired_period_months"      integer,
  "acceptable_prefecture_codes" text array              NOT NULL DEFAULT '{}',
  "earliest_start_on"          date,
  "conditions"                 text array               NOT NULL DEFAULT '{}',
  "notes"                      text,
  "status"                     character varying(16)    NOT NULL DEFAULT 'OPEN',
  "change_xid"                 bigint                   NOT NULL DEFAULT 0,
  "version"                    integer                  NOT NULL,
  "created_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_sending_offers" PRIMARY KEY ("id"),
  CONSTRAINT "ck_sending_offers_move_type" CHECK ("move_type" IN ('SECONDMENT', 'TRANSFER', 'EITHER')),
  CONSTRAINT "ck_sending_offers_people" CHECK ("people_count" >= 1 AND "people_available" BETWEEN 0 AND "people_count"),
  CONSTRAINT "ck_sending_offers_reason" CHECK ("reason" IN ('EMPLOYMENT_ADJUSTMENT', 'RESTRUCTURING', 'COST_REDUCTION', 'SKILLS_DEVELOPMENT', 'OTHER')),
  CONSTRAINT "ck_sending_offers_experience" CHECK ("experience_years" IS NULL OR "experience_years" BETWEEN 0 AND 60),
  CONSTRAINT "ck_sending_offers_age_band" CHECK ("age_band" IS NULL OR "age_band" IN ('UNDER_30', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_50_TO_59', 'SIXTY_AND_OVER')),
  CONSTRAINT "ck_sending_offers_wage" CHECK ("monthly_wage" IS NULL OR "monthly_wage" >= 0),
  CONSTRAINT "ck_sending_offers_period" CHECK ("desired_period_months" IS NULL OR "desired_period_months" BETWEEN 1 AND 36),
  CONSTRAINT "ck_sending_offers_status" CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
  CONSTRAINT "fk_sending_offers_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_sending_offers_owning_office" FOREIGN KEY ("owning_office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_sending_offers_occupation" FOREIGN KEY ("occupation_code") REFERENCES "occupation_major_groups" ("code") ON DELETE RESTRICT
);
CREATE INDEX "ix_sending_offers_company" ON "sending_offers" ("company_id");
CREATE INDEX "ix_sending_offers_office_received" ON "sending_offers" ("owning_office_id", "received_on");
CREATE INDEX "ix_sending_offers_received" ON "sending_offers" ("received_on", "id");
CREATE INDEX "ix_sending_offers_change_xid" ON "sending_offers" ("change_xid");
CREATE INDEX "ix_sending_offers_skill_keys" ON "sending_offers" USING GIN ("skill_keys");
CREATE TRIGGER "tg_sending_offers_change_xid" BEFORE INSERT OR UPDATE ON "sending_offers"
  FOR EACH ROW EXECUTE FUNCTION "set_change_xid"();

CREATE TABLE "receiving_offers" (
  "id"                         uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "company_id"                 uuid                     NOT NULL,
  "owning_office_id"           uuid                     NOT NULL,
  "received_on"                date                     NOT NULL,
  "accepts_secondment"         boolean                  NOT NULL,
  "accepts_transfer"           boolean                  NOT NULL,
  "people_wanted"              integer                  NOT NULL,
  "people_remaining"           integer                  NOT NULL,
  "occupation_code"            character(1)             NOT NULL,
  "job_title"                  character varying(200)   NOT NULL,
  "duties"                     text,
  "required_skills"            jsonb                    NOT NULL DEFAULT '[]',
  "required_skill_keys"        text array               NOT NULL DEFAULT '{}',
  "preferred_skills"           jsonb                    NOT NULL DEFAULT '[]',
  "preferred_skill_keys"       text array               NOT NULL DEFAULT '{}',
  "min_experience_years"       integer,
  "period_months"              integer,
  "monthly_wage"               integer,
  "working_hours"              character varying(200),
  "shift_pattern"              character varying(16),
  "workplace_prefecture_code"  character(2)             NOT NULL,
  "workplace_city"             character varying(100),
  "start_by"                   date,
  "conditions"                 text array               NOT NULL DEFAULT '{}',
  "notes"                      text,
  "status"                     character varying(16)    NOT NULL DEFAULT 'OPEN',
  "change_xid"                 bigint                   NOT NULL DEFAULT 0,
  "version"                    integer                  NOT NULL,
  "created_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_receiving_offers" PRIMARY KEY ("id"),
  CONSTRAINT "ck_receiving_offers_move_types" CHECK ("accepts_secondment" OR "accepts_transfer"),
  CONSTRAINT "ck_receiving_offers_people" CHECK ("people_wanted" >= 1 AND "people_remaining" BETWEEN 0 AND "people_wanted"),
  CONSTRAINT "ck_receiving_offers_experience" CHECK ("min_experience_years" IS NULL OR "min_experience_years" BETWEEN 0 AND 60),
  CONSTRAINT "ck_receiving_offers_period" CHECK ("period_months" IS NULL OR "period_months" BETWEEN 1 AND 36),
  CONSTRAINT "ck_receiving_offers_wage" CHECK ("monthly_wage" IS NULL OR "monthly_wage" >= 0),
  CONSTRAINT "ck_receiving_offers_shift_pattern" CHECK ("shift_pattern" IS NULL OR "shift_pattern" IN ('DAY', 'NIGHT', 'ROTATING', 'FLEXIBLE')),
  CONSTRAINT "ck_receiving_offers_status" CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
  CONSTRAINT "fk_receiving_offers_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_receiving_offers_owning_office" FOREIGN KEY ("owning_office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_receiving_offers_occupation" FOREIGN KEY ("occupation_code") REFERENCES "occupation_major_groups" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_receiving_offers_workplace_prefecture" FOREIGN KEY ("workplace_prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT
);
CREATE INDEX "ix_receiving_offers_company" ON "receiving_offers" ("company_id");
CREATE INDEX "ix_receiving_offers_office_received" ON "receiving_offers" ("owning_office_id", "received_on");
CREATE INDEX "ix_receiving_offers_received" ON "receiving_offers" ("received_on", "id");
CREATE INDEX "ix_receiving_offers_workplace_prefecture" ON "receiving_offers" ("workplace_prefecture_code");
CREATE INDEX "ix_receiving_offers_change_xid" ON "receiving_offers" ("change_xid");
CREATE INDEX "ix_receiving_offers_required_skill_keys" ON "receiving_offers" USING GIN ("required_skill_keys");
CREATE TRIGGER "tg_receiving_offers_change_xid" BEFORE INSERT OR UPDATE ON "receiving_offers"
  FOR EACH ROW EXECUTE FUNCTION "set_change_xid"();

-- The engine's weights and switches: one row, edited by administrators.
CREATE TABLE "matching_settings" (
  "id"                        smallint                 NOT NULL,
  "weights"                   jsonb                    NOT NULL,
  "exclude_missing_required"  boolean                  NOT NULL,
  "version"                   integer                  NOT NULL,
  "updated_by_user_id"        uuid,
  "updated_at"                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_matching_settings" PRIMARY KEY ("id"),
  CONSTRAINT "ck_matching_settings_single_row" CHECK ("id" = 1)
);

-- A consultant's decision on one suggested pair: dismissed (never suggested again) or taken up (a case starts from it).
CREATE TABLE "match_decisions" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "sending_offer_id"    uuid                     NOT NULL,
  "receiving_offer_id"  uuid                     NOT NULL,
  "decision"            character varying(16)    NOT NULL,
  "reason_code"         character varying(32),
  "reason"              text,
  "people"              integer,
  "score"               double precision         NOT NULL,
  "explanation"         jsonb                    NOT NULL,
  "source"              character varying(16)    NOT NULL,
  "assignment_run_id"   uuid,
  "decided_by_user_id"  uuid                     NOT NULL,
  "decided_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_match_decisions" PRIMARY KEY ("id"),
  CONSTRAINT "uq_match_decisions_pair" UNIQUE ("sending_offer_id", "receiving_offer_id"),
  CONSTRAINT "ck_match_decisions_decision" CHECK ("decision" IN ('DISMISSED', 'TAKEN_UP')),
  CONSTRAINT "ck_match_decisions_reason_code" CHECK ("reason_code" IS NULL OR "reason_code" IN ('SKILLS_MISMATCH', 'LOCATION', 'CONDITIONS', 'PERIOD_OR_TIMING', 'COMPANY_DECLINED', 'ALREADY_ARRANGED', 'OTHER')),
  CONSTRAINT "ck_match_decisions_dismissal_reason" CHECK ("decision" <> 'DISMISSED' OR "reason_code" IS NOT NULL),
  CONSTRAINT "ck_match_decisions_people" CHECK ("people" IS NULL OR "people" >= 1),
  CONSTRAINT "ck_match_decisions_source" CHECK ("source" IN ('ON_DEMAND', 'BATCH')),
  CONSTRAINT "fk_match_decisions_sending_offer" FOREIGN KEY ("sending_offer_id") REFERENCES "sending_offers" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_match_decisions_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_match_decisions_receiving_offer" ON "match_decisions" ("receiving_offer_id");

-- One batch assignment: its scope, the fingerprint of its input (same input, same run), progress and result.
CREATE TABLE "assignment_runs" (
  "id"                     uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "scope_kind"             character varying(16)    NOT NULL,
  "scope_value"            character varying(64)    NOT NULL,
  "input_fingerprint"      character(64)            NOT NULL,
  "trigger"                character varying(16)    NOT NULL,
  "status"                 character varying(16)    NOT NULL,
  "phase"                  character varying(32)    NOT NULL,
  "progress"               integer                  NOT NULL DEFAULT 0,
  "requested_by_user_id"   uuid,
  "cancel_requested_at"    TIMESTAMP WITH TIME ZONE,
  "started_at"             TIMESTAMP WITH TIME ZONE,
  "finished_at"            TIMESTAMP WITH TIME ZONE,
  "sending_offer_count"    integer,
  "receiving_offer_count"  integer,
  "candidate_pair_count"   integer,
  "people_offered"         integer,
  "people_assigned"        integer,
  "total_score"            double precision,
  "upper_bound"            double precision,
  "optimality_gap"         double precision,
  "settings_snapshot"      jsonb,
  "error"                  text,
  "version"                integer                  NOT NULL,
  "created_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_assignment_runs" PRIMARY KEY ("id"),
  CONSTRAINT "uq_assignment_runs_input" UNIQUE ("scope_kind", "scope_value", "input_fingerprint"),
  CONSTRAINT "ck_assignment_runs_scope_kind" CHECK ("scope_kind" IN ('OFFICE', 'REGION', 'COUNTRY')),
  CONSTRAINT "ck_assignment_runs_trigger" CHECK ("trigger" IN ('MANUAL', 'SCHEDULED')),
  CONSTRAINT "ck_assignment_runs_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')),
  CONSTRAINT "ck_assignment_runs_progress" CHECK ("progress" BETWEEN 0 AND 100)
);
CREATE INDEX "ix_assignment_runs_created" ON "assignment_runs" ("created_at");

CREATE TABLE "assignment_proposals" (
  "id"                  uuid              NOT NULL DEFAULT gen_random_uuid(),
  "run_id"              uuid              NOT NULL,
  "sending_offer_id"    uuid              NOT NULL,
  "receiving_offer_id"  uuid              NOT NULL,
  "people"              integer           NOT NULL,
  "score"               double precision  NOT NULL,
  CONSTRAINT "pk_assignment_proposals" PRIMARY KEY ("id"),
  CONSTRAINT "uq_assignment_proposals_pair" UNIQUE ("run_id", "sending_offer_id", "receiving_offer_id"),
  CONSTRAINT "ck_assignment_proposals_people" CHECK ("people" >= 1),
  CONSTRAINT "fk_assignment_proposals_run" FOREIGN KEY ("run_id") REFERENCES "assignment_runs" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_assignment_proposals_sending_offer" FOREIGN KEY ("sending_offer_id") REFERENCES "sending_offers" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_assignment_proposals_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE CASCADE
);
-- Pages of a run's proposals, best first.
CREATE INDEX "ix_assignment_proposals_run_score" ON "assignment_proposals" ("run_id", "score" DESC, "id");
CREATE INDEX "ix_assignment_proposals_sending_offer" ON "assignment_proposals" ("sending_offer_id");
CREATE INDEX "ix_assignment_proposals_receiving_offer" ON "assignment_proposals" ("receiving_offer_id");
