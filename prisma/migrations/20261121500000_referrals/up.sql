-- Referrals (紹介): partner institutions refer client companies with surplus or missing staff to the Center. Every
-- referral table carries its institution (and branch) and is protected by row-level security keyed on settings the
-- application makes inside each request's transaction (set_config(..., true)):
--   kakehashi.scope                   'center' (Center staff and jobs), 'partner_hq' or 'partner_branch'
--   kakehashi.partner_institution_id  the partner user's institution
--   kakehashi.partner_branch_id       the PARTNER_BRANCH user's branch
-- A missing or unknown scope sees and writes nothing (fail closed). The application connects as a role that does
-- not own these tables and has no BYPASSRLS (see README "Row-level security"); owners and superusers (migrations,
-- the embedded default) are not subject to the policies.

-- Whether the current transaction's partner may see a row of its institution (and, for a branch user, its branch).
-- Center scope sees everything; no scope sees nothing.
CREATE FUNCTION "kakehashi_partner_row_visible"("row_institution_id" uuid, "row_branch_id" uuid)
RETURNS boolean
LANGUAGE sql
STABLE
AS $$
  SELECT CASE current_setting('kakehashi.scope', true)
    WHEN 'center' THEN true
    WHEN 'partner_hq' THEN
      "row_institution_id" = nullif(current_setting('kakehashi.partner_institution_id', true), '')::uuid
    WHEN 'partner_branch' THEN
      "row_institution_id" = nullif(current_setting('kakehashi.partner_institution_id', true), '')::uuid
      AND "row_branch_id" = nullif(current_setting('kakehashi.partner_branch_id', true), '')::uuid
    ELSE false
  END
$$;

CREATE FUNCTION "kakehashi_center_scope"()
RETURNS boolean
LANGUAGE sql
STABLE
AS $$
  SELECT coalesce(current_setting('kakehashi.scope', true) = 'center', false)
$$;

-- One completed bulk upload per institution and file content: uploading the same file again creates nothing.
CREATE TABLE "referral_imports" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "institution_id"      uuid                     NOT NULL,
  "uploaded_by_user_id" uuid                     NOT NULL,
  "file_name"           character varying(255)   NOT NULL,
  "file_format"         character varying(8)     NOT NULL,
  "file_sha256"         character(64)            NOT NULL,
  "status"              character varying(16)    NOT NULL,
  "row_count"           integer                  NOT NULL,
  "imported_count"      integer                  NOT NULL DEFAULT 0,
  "failure_message"     text,
  -- The validated file, kept until the import job has written it (then cleared).
  "content"             bytea,
  "version"             integer                  NOT NULL,
  "created_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "completed_at"        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT "pk_referral_imports" PRIMARY KEY ("id"),
  CONSTRAINT "uq_referral_imports_institution_file" UNIQUE ("institution_id", "file_sha256"),
  CONSTRAINT "ck_referral_imports_format" CHECK ("file_format" IN ('CSV', 'XLSX')),
  CONSTRAINT "ck_referral_imports_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
  CONSTRAINT "ck_referral_imports_counts" CHECK ("row_count" >= 1 AND "imported_count" BETWEEN 0 AND "row_count"),
  CONSTRAINT "fk_referral_imports_institution" FOREIGN KEY ("institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referral_imports_uploaded_by" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "referrals" (
  "id"                         uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "institution_id"             uuid                     NOT NULL,
  -- NULL for referrals made by the partner's head office (a bulk upload, or a PARTNER_HQ user).
  "branch_id"                  uuid,
  "created_by_user_id"         uuid                     NOT NULL,
  "status"                     character varying(16)    NOT NULL,
  -- The client company, as the partner describes it.
  "client_name"                character varying(200)   NOT NULL,
  -- companyNameSearchKey(client_name) of @kakehashi/text: what duplicate detection compares.
  "client_name_search_key"     character varying(200)   NOT NULL,
  "client_corporate_number"    character(13),
  "client_jsic_major_code"     character(1)             NOT NULL,
  "client_prefecture_code"     character(2)             NOT NULL,
  "client_size"                character varying(8)     NOT NULL,
  "client_employee_count"      integer,
  -- SURPLUS: staff to send (送出); SHORTAGE: staff wanted (受入); BOTH.
  "need"                       character varying(8)     NOT NULL,
  "surplus_people"             integer,
  "shortage_people"            integer,
  "occupations"                character varying(200)   NOT NULL,
  "desired_start_on"           date,
  "description"                text                     NOT NULL DEFAULT '',
  -- The client's consent to share this information with the Center (required before submission).
  "consent_obtained_on"        date                     NOT NULL,
  "consent_obtained_by"        character varying(100)   NOT NULL,
  -- Another open referral or offer for the same company was found at submission; details are Center-only.
  "possible_duplicate"         boolean                  NOT NULL DEFAULT false,
  "return_reason"              text,
  "assigned_office_id"         uuid,
  "company_id"                 uuid,
  "sending_offer_id"           uuid,
  "receiving_offer_id"         uuid,
  "outcome"                    character varying(16),
  "outcome_on"                 date,
  "import_id"                  uuid,
  "import_row_number"          integer,
  "submitted_at"               TIMESTAMP WITH TIME ZONE,
  "forwarded_at"               TIMESTAMP WITH TIME ZONE,
  "accepted_at"                TIMESTAMP WITH TIME ZONE,
  "returned_at"                TIMESTAMP WITH TIME ZONE,
  "assigned_at"                TIMESTAMP WITH TIME ZONE,
  "converted_at"               TIMESTAMP WITH TIME ZONE,
  "closed_at"                  TIMESTAMP WITH TIME ZONE,
  "version"                    integer                  NOT NULL,
  "created_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_referrals" PRIMARY KEY ("id"),
  CONSTRAINT "uq_referrals_import_row" UNIQUE ("import_id", "import_row_number"),
  CONSTRAINT "ck_referrals_status" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FORWARDED', 'ACCEPTED', 'RETURNED', 'ASSIGNED', 'CONVERTED', 'CLOSED')),
  CONSTRAINT "ck_referrals_client_size" CHECK ("client_size" IN ('SME', 'LARGE')),
  CONSTRAINT "ck_referrals_client_corporate_number" CHECK ("client_corporate_number" IS NULL OR "client_corporate_number" ~ '^[0-9]{13}$'),
  CONSTRAINT "ck_referrals_client_employee_count" CHECK ("client_employee_count" IS NULL OR "client_employee_count" >= 0),
  CONSTRAINT "ck_referrals_need" CHECK ("need" IN ('SURPLUS', 'SHORTAGE', 'BOTH')),
  CONSTRAINT "ck_referrals_need_people" CHECK (
    ("need" IN ('SURPLUS', 'BOTH')) = ("surplus_people" IS NOT NULL)
    AND ("need" IN ('SHORTAGE', 'BOTH')) = ("shortage_people" IS NOT NULL)
    AND coalesce("surplus_people", 1) >= 1 AND coalesce("shortage_people", 1) >= 1
  ),
  CONSTRAINT "ck_referrals_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('ESTABLISHED', 'NOT_ESTABLISHED', 'WITHDRAWN')),
  CONSTRAINT "ck_referrals_closed_outcome" CHECK (("status" = 'CLOSED') = ("outcome" IS NOT NULL) AND ("outcome" IS NULL) = ("outcome_on" IS NULL)),
  CONSTRAINT "ck_referrals_assigned_office" CHECK ("status" NOT IN ('ASSIGNED', 'CONVERTED') OR "assigned_office_id" IS NOT NULL),
  CONSTRAINT "ck_referrals_converted_company" CHECK ("status" <> 'CONVERTED' OR "company_id" IS NOT NULL),
  CONSTRAINT "ck_referrals_import_row" CHECK (("import_id" IS NULL) = ("import_row_number" IS NULL)),
  CONSTRAINT "fk_referrals_institution" FOREIGN KEY ("institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT,
  -- MATCH SIMPLE: checked when branch_id is set, and then the branch must belong to the same institution.
  CONSTRAINT "fk_referrals_branch" FOREIGN KEY ("branch_id", "institution_id") REFERENCES "partner_branches" ("id", "institution_id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_client_jsic_major" FOREIGN KEY ("client_jsic_major_code") REFERENCES "jsic_major_groups" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_client_prefecture" FOREIGN KEY ("client_prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_assigned_office" FOREIGN KEY ("assigned_office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_company" FOREIGN KEY ("company_id") REFERENCES "companies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_sending_offer" FOREIGN KEY ("sending_offer_id") REFERENCES "sending_offers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_receiving_offer" FOREIGN KEY ("receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referrals_import" FOREIGN KEY ("import_id") REFERENCES "referral_imports" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_referrals_institution_created" ON "referrals" ("institution_id", "created_at", "id");
CREATE INDEX "ix_referrals_branch" ON "referrals" ("branch_id");
CREATE INDEX "ix_referrals_status_created" ON "referrals" ("status", "created_at", "id");
CREATE INDEX "ix_referrals_assigned_office" ON "referrals" ("assigned_office_id");
CREATE INDEX "ix_referrals_client_corporate_number" ON "referrals" ("client_corporate_number");
CREATE INDEX "ix_referrals_client_name_prefecture" ON "referrals" ("client_name_search_key", "client_prefecture_code");

-- Every transition (and edit) of a referral, append-only: who, when, from which status to which, and the reason.
-- The institution and branch are copied so that the partner's view of the history is filtered without a join.
CREATE TABLE "referral_events" (
  "id"             uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "referral_id"    uuid                     NOT NULL,
  "institution_id" uuid                     NOT NULL,
  "branch_id"      uuid,
  "action"         character varying(32)    NOT NULL,
  "from_status"    character varying(16),
  "to_status"      character varying(16)    NOT NULL,
  "actor_user_id"  uuid,
  "actor_role"     character varying(16),
  "reason"         text,
  "occurred_at"    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_referral_events" PRIMARY KEY ("id"),
  CONSTRAINT "fk_referral_events_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referral_events_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_referral_events_referral" ON "referral_events" ("referral_id", "occurred_at");
CREATE TRIGGER "tr_referral_events_append_only" BEFORE UPDATE OR DELETE ON "referral_events"
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

-- The Center's internal notes on a referral: never visible to partners, by policy.
CREATE TABLE "referral_notes" (
  "id"             uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "referral_id"    uuid                     NOT NULL,
  "institution_id" uuid                     NOT NULL,
  "author_user_id" uuid                     NOT NULL,
  "body"           text                     NOT NULL,
  "created_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_referral_notes" PRIMARY KEY ("id"),
  CONSTRAINT "fk_referral_notes_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_referral_notes_author" FOREIGN KEY ("author_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_referral_notes_referral" ON "referral_notes" ("referral_id", "created_at");

-- What a referral was found to duplicate at submission: another institution's referral or an offer. Center-only: the
-- partner learns that its referral is a possible duplicate (referrals.possible_duplicate), never whose.
CREATE TABLE "referral_duplicates" (
  "id"                          uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "referral_id"                 uuid                     NOT NULL,
  "institution_id"              uuid                     NOT NULL,
  "matched_by"                  character varying(16)    NOT NULL,
  "duplicate_referral_id"       uuid,
  "duplicate_sending_offer_id"  uuid,
  "duplicate_receiving_offer_id" uuid,
  "found_at"                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_referral_duplicates" PRIMARY KEY ("id"),
  CONSTRAINT "ck_referral_duplicates_matched_by" CHECK ("matched_by" IN ('CORPORATE_NUMBER', 'NAME_PREFECTURE')),
  CONSTRAINT "ck_referral_duplicates_one_target" CHECK (num_nonnulls("duplicate_referral_id", "duplicate_sending_offer_id", "duplicate_receiving_offer_id") = 1),
  CONSTRAINT "fk_referral_duplicates_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_referral_duplicates_duplicate_referral" FOREIGN KEY ("duplicate_referral_id") REFERENCES "referrals" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_referral_duplicates_sending_offer" FOREIGN KEY ("duplicate_sending_offer_id") REFERENCES "sending_offers" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_referral_duplicates_receiving_offer" FOREIGN KEY ("duplicate_receiving_offer_id") REFERENCES "receiving_offers" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_referral_duplicates_referral" ON "referral_duplicates" ("referral_id");

-- Open referrals of any institution for the same company (by corporate number, else by normalised name and
-- prefecture), other than `exclude_id`. SECURITY DEFINER so that a partner's submission can be checked against other
-- partners' referrals it may not read; it returns only ids and how they matched, which the application keeps in the
-- Center-only referral_duplicates table. The parameters are cast to the columns' types (character(13), character(2)):
-- compared as text, the character columns would be cast instead and their indexes left unused (a sequential scan of
-- every referral per call, which a bulk upload makes 10,000 of).
CREATE FUNCTION "kakehashi_open_referral_duplicates"(
  "p_corporate_number" text, "p_name_search_key" text, "p_prefecture_code" text, "p_exclude_id" uuid
)
RETURNS TABLE ("referral_id" uuid, "matched_by" text)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT r."id",
         CASE WHEN "p_corporate_number" IS NOT NULL
                   AND r."client_corporate_number" = "p_corporate_number"::character(13)
              THEN 'CORPORATE_NUMBER' ELSE 'NAME_PREFECTURE' END
    FROM "referrals" r
   WHERE r."id" <> "p_exclude_id"
     AND r."status" NOT IN ('DRAFT', 'RETURNED', 'CLOSED')
     AND (
       ("p_corporate_number" IS NOT NULL AND r."client_corporate_number" = "p_corporate_number"::character(13))
       OR (r."client_name_search_key" = "p_name_search_key"
           AND r."client_prefecture_code" = "p_prefecture_code"::character(2))
     )
$$;

ALTER TABLE "referral_imports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "referrals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "referral_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "referral_notes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "referral_duplicates" ENABLE ROW LEVEL SECURITY;

-- Imports belong to the partner's head office (and the Center).
CREATE POLICY "pl_referral_imports_tenant" ON "referral_imports"
  USING ("kakehashi_center_scope"() OR "kakehashi_partner_row_visible"("institution_id", NULL) IS TRUE AND current_setting('kakehashi.scope', true) = 'partner_hq')
  WITH CHECK ("kakehashi_center_scope"() OR "kakehashi_partner_row_visible"("institution_id", NULL) IS TRUE AND current_setting('kakehashi.scope', true) = 'partner_hq');

CREATE POLICY "pl_referrals_tenant" ON "referrals"
  USING ("kakehashi_partner_row_visible"("institution_id", "branch_id"))
  WITH CHECK ("kakehashi_partner_row_visible"("institution_id", "branch_id"));

CREATE POLICY "pl_referral_events_tenant" ON "referral_events"
  USING ("kakehashi_partner_row_visible"("institution_id", "branch_id"))
  WITH CHECK ("kakehashi_partner_row_visible"("institution_id", "branch_id"));

CREATE POLICY "pl_referral_notes_center" ON "referral_notes"
  USING ("kakehashi_center_scope"())
  WITH CHECK ("kakehashi_center_scope"());

-- Read by the Center only; written at submission (which a partner makes) for a referral the writer may see.
CREATE POLICY "pl_referral_duplicates_center_read" ON "referral_duplicates" FOR SELECT
  USING ("kakehashi_center_scope"());
CREATE POLICY "pl_referral_duplicates_insert" ON "referral_duplicates" FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM "referrals" r WHERE r."id" = "referral_id" AND r."institution_id" = "referral_duplicates"."institution_id"));
CREATE POLICY "pl_referral_duplicates_center_delete" ON "referral_duplicates" FOR DELETE
  USING ("kakehashi_center_scope"());
