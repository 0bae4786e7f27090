-- Career Talent Bank (キャリア人材バンク): registrants aged 60 and over with their Job Card career record and wishes,
-- companies' support requests, receiving offers marked open to people over 60 (senior openings), re-employment
-- outcomes, and the append-only access log of registrants' personal data. Reviewed SQL; libs/platform's schema-drift
-- test proves the entities agree.
--
-- Personal data (APPI; the Employment Security Act's rules on job seekers' data): there is no column for origin,
-- domicile of origin (本籍), beliefs or union membership. The date of birth and contact details are stored only as
-- AES-256-GCM ciphertexts made by the application with a key from configuration (the database alone does not reveal
-- them); name and kana stay plain, with normalised search keys, so that search by name works.

-- The purpose texts registrants consent to, one row per version (reference data, prisma/seed).
CREATE TABLE "talent_bank_consent_purposes" (
  "version"        character varying(32)    NOT NULL,
  "effective_from" date                     NOT NULL,
  "purpose_text"   text                     NOT NULL,
  CONSTRAINT "pk_talent_bank_consent_purposes" PRIMARY KEY ("version")
);

-- A company asking the Center to support its retiring employees.
CREATE TABLE "talent_bank_support_requests" (
  "id"                     uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "company_id"             uuid                     NOT NULL,
  "office_id"              uuid                     NOT NULL,
  "received_on"            date                     NOT NULL,
  "contact_name"           character varying(100)   NOT NULL,
  "contact_department"     character varying(100),
  "contact_phone"          character varying(30),
  "contact_email"          character varying(254),
  "people_count"           integer                  NOT NULL,
  "expected_leaving_dates" text array               NOT NULL DEFAULT '{}',
  "notes"                  text,
  "created_by_user_id"     uuid                     NOT NULL,
  "version"                integer                  NOT NULL,
  "created_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_talent_bank_support_requests" PRIMARY KEY ("id"),
  CONSTRAINT "ck_talent_bank_support_requests_people" CHECK ("people_count" BETWEEN 1 AND 10000),
  CONSTRAINT "fk_talent_bank_support_requests_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_support_requests_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_support_requests_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_talent_bank_support_requests_office" ON "talent_bank_support_requests" ("office_id", "received_on");
CREATE INDEX "ix_talent_bank_support_requests_company" ON "talent_bank_support_requests" ("company_id");

-- The registrants. The id is made by the application (it is bound into the ciphertexts as associated data).
-- Anonymisation (after withdrawal, expiry or re-employment, once the retention period has passed) replaces the name,
-- nulls every ciphertext, the gender and the date of leaving, and clears the career and wishes; what statistics need
-- stays: office, prefecture, age band on the registration date, eligibility reason, dates and status.
CREATE TABLE "talent_bank_registrants" (
  "id"                          uuid                     NOT NULL,
  "office_id"                   uuid                     NOT NULL,
  "support_request_id"          uuid,
  "status"                      character varying(16)    NOT NULL DEFAULT 'ACTIVE',
  "name"                        character varying(100)   NOT NULL,
  "kana"                        character varying(200)   NOT NULL,
  "name_search_key"             character varying(200)   NOT NULL,
  "kana_search_key"             character varying(200)   NOT NULL,
  "date_of_birth_ciphertext"    text,
  "phone_ciphertext"            text,
  "email_ciphertext"            text,
  "address_ciphertext"          text,
  "encryption_key_id"           character varying(32),
  "prefecture_code"             character(2)             NOT NULL,
  "gender"                      character varying(16),
  "age_band_at_registration"    character varying(16)    NOT NULL,
  "eligibility_reason"          character varying(40)    NOT NULL,
  "left_job_on"                 date,
  "consent_given_on"            date                     NOT NULL,
  "consent_purpose_version"     character varying(32)    NOT NULL,
  "consent_method"              character varying(16)    NOT NULL,
  "consent_withdrawn_on"        date,
  "registered_on"               date                     NOT NULL,
  "last_contacted_on"           date                     NOT NULL,
  "closed_on"                   date,
  "anonymised_at"               TIMESTAMP WITH TIME ZONE,
  "work_history"                jsonb                    NOT NULL DEFAULT '[]',
  "qualifications"              jsonb                    NOT NULL DEFAULT '[]',
  "skills"                      jsonb                    NOT NULL DEFAULT '[]',
  "skill_keys"                  text array               NOT NULL DEFAULT '{}',
  "strengths"                   text,
  "evaluation_summary"          text,
  "desired_occupation_codes"    text array               NOT NULL DEFAULT '{}',
  "working_style"               character varying(16),
  "desired_days_per_week"       integer,
  "desired_hours_per_day"       numeric(3,1),
  "desired_monthly_wage"        integer,
  "acceptable_prefecture_codes" text array               NOT NULL DEFAULT '{}',
  "earliest_start_on"           date,
  "max_physical_demand"         character varying(16),
  "created_by_user_id"          uuid                     NOT NULL,
  "updated_by_user_id"          uuid                     NOT NULL,
  "version"                     integer                  NOT NULL,
  "created_at"                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_talent_bank_registrants" PRIMARY KEY ("id"),
  CONSTRAINT "ck_talent_bank_registrants_status" CHECK ("status" IN ('ACTIVE', 'RE_EMPLOYED', 'WITHDRAWN', 'EXPIRED')),
  CONSTRAINT "ck_talent_bank_registrants_closed" CHECK (("status" = 'ACTIVE') = ("closed_on" IS NULL)),
  CONSTRAINT "ck_talent_bank_registrants_reason" CHECK ("eligibility_reason" IN ('MANDATORY_RETIREMENT', 'END_OF_CONTINUED_EMPLOYMENT', 'LEFT_JOB_AT_60_OR_OVER')),
  CONSTRAINT "ck_talent_bank_registrants_age_band" CHECK ("age_band_at_registration" IN ('FROM_60_TO_64', 'FROM_65_TO_69', 'FROM_70_TO_74', 'FROM_75')),
  CONSTRAINT "ck_talent_bank_registrants_consent_method" CHECK ("consent_method" IN ('WRITTEN', 'ELECTRONIC', 'ORAL_RECORDED')),
  CONSTRAINT "ck_talent_bank_registrants_gender" CHECK ("gender" IS NULL OR "gender" IN ('FEMALE', 'MALE', 'OTHER')),
  CONSTRAINT "ck_talent_bank_registrants_working_style" CHECK ("working_style" IS NULL OR "working_style" IN ('FULL_TIME', 'PART_TIME', 'EITHER')),
  CONSTRAINT "ck_talent_bank_registrants_physical_demand" CHECK ("max_physical_demand" IS NULL OR "max_physical_demand" IN ('LIGHT', 'MODERATE', 'HEAVY')),
  CONSTRAINT "ck_talent_bank_registrants_days" CHECK ("desired_days_per_week" IS NULL OR "desired_days_per_week" BETWEEN 1 AND 7),
  CONSTRAINT "ck_talent_bank_registrants_hours" CHECK ("desired_hours_per_day" IS NULL OR "desired_hours_per_day" BETWEEN 1 AND 24),
  CONSTRAINT "ck_talent_bank_registrants_wage" CHECK ("desired_monthly_wage" IS NULL OR "desired_monthly_wage" >= 0),
  -- Either the personal data is there under a key, or the row is anonymised: never half of each.
  CONSTRAINT "ck_talent_bank_registrants_personal_data" CHECK (("anonymised_at" IS NULL) = ("date_of_birth_ciphertext" IS NOT NULL AND "encryption_key_id" IS NOT NULL)),
  CONSTRAINT "ck_talent_bank_registrants_anonymised_closed" CHECK ("anonymised_at" IS NULL OR "status" <> 'ACTIVE'),
  CONSTRAINT "fk_talent_bank_registrants_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_registrants_support_request" FOREIGN KEY ("support_request_id") REFERENCES "talent_bank_support_requests" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_registrants_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_registrants_consent_purpose" FOREIGN KEY ("consent_purpose_version") REFERENCES "talent_bank_consent_purposes" ("version") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_registrants_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_registrants_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_talent_bank_registrants_office_status" ON "talent_bank_registrants" ("office_id", "status");
CREATE INDEX "ix_talent_bank_registrants_name_search_key" ON "talent_bank_registrants" ("name_search_key");
CREATE INDEX "ix_talent_bank_registrants_kana_search_key" ON "talent_bank_registrants" ("kana_search_key");
-- The daily sweep: active registrations without contact (expiry), closed ones past retention (anonymisation).
CREATE INDEX "ix_talent_bank_registrants_status_contacted" ON "talent_bank_registrants" ("status", "last_contacted_on");
CREATE INDEX "ix_talent_bank_registrants_status_closed" ON "talent_bank_registrants" ("status", "closed_on");
CREATE INDEX "ix_talent_bank_registrants_support_request" ON "talent_bank_registrants" ("support_request_id");
-- Key rotation: the rows still under an old key.
CREATE INDEX "ix_talent_bank_registrants_key" ON "talent_bank_registrants" ("encryption_key_id");

-- Receiving offers open to people aged 60 and over. A re-employment is a hiring, so only offers that accept a
-- transfer (移籍) can be marked; the application checks it when marking.
CREATE TABLE "senior_openings" (
  "receiving_offer_id" uuid                     NOT NULL,
  "working_style"      character varying(16)    NOT NULL,
  "days_per_week"      integer,
  "hours_per_day"      numeric(3,1),
  "physical_demand"    character varying(16)    NOT NULL,
  "wage_min"           integer,
  "wage_max"           integer,
  "notes"              text,
  "updated_by_user_id" uuid                     NOT NULL,
  "version"            integer                  NOT NULL,
  "created_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_senior_openings" PRIMARY KEY ("receiving_offer_id"),
  CONSTRAINT "ck_senior_openings_working_style" CHECK ("working_style" IN ('FULL_TIME', 'PART_TIME')),
  CONSTRAINT "ck_senior_openings_physical_demand" CHECK ("physical_demand" IN ('LIGHT', 'MODERATE', 'HEAVY')),
  CONSTRAINT "ck_senior_openings_days" CHECK ("days_per_week" IS NULL OR "days_per_week" BETWEEN 1 AND 7),
  CONSTRAINT "ck_senior_openings_hours" CHECK ("hours_per_day" IS NULL OR "hours_per_day" BETWEEN 1 AND 24),
  CONSTRAINT "ck_senior_openings_wage" CHECK (("wage_min" IS NULL OR "wage_min" >= 0) AND ("wage_max" IS NULL OR "wage_max" >= 0) AND ("wage_min" IS NULL OR "wage_max" IS NULL OR "wage_min" <= "wage_max")),
  CONSTRAINT "fk_senior_openings_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_senior_openings_updated_by" FOREIGN KEY ("updated_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

-- 再就職: one per registrant, a fact about the past (append-only), with no personal data: the outcome counts survive
-- the registrant's anonymisation unchanged.
CREATE TABLE "talent_bank_reemployments" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "registrant_id"       uuid                     NOT NULL,
  "reemployed_on"       date                     NOT NULL,
  "employer_company_id" uuid                     NOT NULL,
  "receiving_offer_id"  uuid,
  "job_title"           character varying(200)   NOT NULL,
  "occupation_code"     character(1)             NOT NULL,
  "employment_type"     character varying(16)    NOT NULL,
  "wage_band"           character varying(24)    NOT NULL,
  "office_id"           uuid                     NOT NULL,
  "recorded_by_user_id" uuid                     NOT NULL,
  "recorded_at"         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_talent_bank_reemployments" PRIMARY KEY ("id"),
  CONSTRAINT "uq_talent_bank_reemployments_registrant" UNIQUE ("registrant_id"),
  CONSTRAINT "ck_talent_bank_reemployments_employment_type" CHECK ("employment_type" IN ('REGULAR', 'CONTRACT', 'PART_TIME', 'DISPATCH')),
  CONSTRAINT "ck_talent_bank_reemployments_wage_band" CHECK ("wage_band" IN ('UNDER_150K', 'FROM_150K_TO_199K', 'FROM_200K_TO_249K', 'FROM_250K_TO_299K', 'FROM_300K_TO_399K', 'FROM_400K')),
  CONSTRAINT "fk_talent_bank_reemployments_registrant" FOREIGN KEY ("registrant_id") REFERENCES "talent_bank_registrants" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_reemployments_employer" FOREIGN KEY ("employer_company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_reemployments_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_reemployments_occupation" FOREIGN KEY ("occupation_code") REFERENCES "occupation_major_groups" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_reemployments_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_talent_bank_reemployments_recorded_by" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_talent_bank_reemployments_reemployed_on" ON "talent_bank_reemployments" ("reemployed_on");
CREATE INDEX "ix_talent_bank_reemployments_employer" ON "talent_bank_reemployments" ("employer_company_id");
CREATE TRIGGER "tg_talent_bank_reemployments_append_only" BEFORE UPDATE OR DELETE ON "talent_bank_reemployments"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

-- Who read or exported which registrant's personal data, which fields, from where, allowed or denied. Field names
-- only, never values; no foreign key on the registrant (a refused attempt may name an id that does not exist).
CREATE TABLE "talent_bank_access_log" (
  "id"              BIGSERIAL                NOT NULL,
  "occurred_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "actor_user_id"   uuid                     NOT NULL,
  "actor_role"      character varying(32)    NOT NULL,
  "actor_office_id" uuid,
  "action"          character varying(16)    NOT NULL,
  "operation"       character varying(100)   NOT NULL,
  "registrant_id"   uuid,
  "fields"          text array               NOT NULL DEFAULT '{}',
  "outcome"         character varying(16)    NOT NULL,
  "denial_reason"   character varying(64),
  "client_ip"       character varying(64),
  CONSTRAINT "pk_talent_bank_access_log" PRIMARY KEY ("id"),
  CONSTRAINT "ck_talent_bank_access_log_action" CHECK ("action" IN ('READ', 'EXPORT')),
  CONSTRAINT "ck_talent_bank_access_log_outcome" CHECK ("outcome" IN ('ALLOWED', 'DENIED')),
  CONSTRAINT "ck_talent_bank_access_log_denial" CHECK (("outcome" = 'DENIED') = ("denial_reason" IS NOT NULL)),
  CONSTRAINT "fk_talent_bank_access_log_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_talent_bank_access_log_registrant" ON "talent_bank_access_log" ("registrant_id", "id");
CREATE INDEX "ix_talent_bank_access_log_actor" ON "talent_bank_access_log" ("actor_user_id", "id");
CREATE INDEX "ix_talent_bank_access_log_occurred" ON "talent_bank_access_log" ("occurred_at");
CREATE TRIGGER "tg_talent_bank_access_log_append_only" BEFORE UPDATE OR DELETE ON "talent_bank_access_log"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
