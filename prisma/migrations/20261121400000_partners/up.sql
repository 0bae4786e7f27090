-- Partner institutions (関係機関・団体: banks, business associations, unions, government bodies) with their branches,
-- their partnership agreements (連携協定) with the Center and their contact people; and the link of partner user
-- accounts to their institution and branch. Reviewed SQL; libs/platform's schema-drift test proves the entities agree.
-- Referrals (a later migration) will carry the institution id, which row-level security will key on.

CREATE TABLE "partner_institutions" (
  "id"                       uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "type"                     character varying(32)    NOT NULL,
  "name"                     character varying(100)   NOT NULL,
  -- companyNameSearchKey(name) of @kakehashi/text: NFKC, kana and designators folded, for search and duplicates.
  "name_search_key"          character varying(200)   NOT NULL,
  -- Whether the partner's head office reviews its branches' referrals before they reach the Center; partners
  -- without that step have their referrals forwarded automatically.
  "has_hq_step"              boolean                  NOT NULL DEFAULT true,
  -- JIS X 0401 codes of the prefectures the partner works in; empty means not limited (nationwide).
  "covered_prefecture_codes" text array               NOT NULL DEFAULT '{}',
  "version"                  integer                  NOT NULL,
  "created_at"               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_partner_institutions" PRIMARY KEY ("id"),
  CONSTRAINT "uq_partner_institutions_name_search_key" UNIQUE ("name_search_key"),
  CONSTRAINT "ck_partner_institutions_type" CHECK ("type" IN ('FINANCIAL_INSTITUTION', 'BUSINESS_ASSOCIATION', 'LABOR_UNION', 'GOVERNMENT')),
  -- An array element cannot reference prefectures, so the codes are checked against the fixed JIS list instead.
  CONSTRAINT "ck_partner_institutions_prefectures" CHECK ("covered_prefecture_codes" <@ ARRAY['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47']::text[])
);
CREATE INDEX "ix_partner_institutions_type" ON "partner_institutions" ("type");

CREATE TABLE "partner_branches" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "institution_id"  uuid                     NOT NULL,
  "name"            character varying(100)   NOT NULL,
  "prefecture_code" character(2)             NOT NULL,
  "version"         integer                  NOT NULL,
  "created_at"      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_partner_branches" PRIMARY KEY ("id"),
  CONSTRAINT "uq_partner_branches_institution_name" UNIQUE ("institution_id", "name"),
  -- Target of the composite foreign keys (contacts, users) that keep a branch inside its own institution.
  CONSTRAINT "uq_partner_branches_id_institution" UNIQUE ("id", "institution_id"),
  CONSTRAINT "fk_partner_branches_institution" FOREIGN KEY ("institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_partner_branches_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT
);

-- 連携協定: signed with Center headquarters (no office) or with one regional office. An agreement is in force on a
-- day D when signed_on <= D and (ended_on IS NULL OR ended_on > D); status says whether an end has been recorded.
CREATE TABLE "partner_agreements" (
  "id"             uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "institution_id" uuid                     NOT NULL,
  "signed_on"      date                     NOT NULL,
  "counterpart"    character varying(16)    NOT NULL,
  "office_id"      uuid,
  "status"         character varying(8)     NOT NULL,
  "ended_on"       date,
  "version"        integer                  NOT NULL,
  "created_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_partner_agreements" PRIMARY KEY ("id"),
  CONSTRAINT "ck_partner_agreements_counterpart" CHECK ("counterpart" IN ('CENTER_HQ', 'REGIONAL_OFFICE')),
  CONSTRAINT "ck_partner_agreements_counterpart_office" CHECK (("counterpart" = 'CENTER_HQ') = ("office_id" IS NULL)),
  CONSTRAINT "ck_partner_agreements_status" CHECK ("status" IN ('ACTIVE', 'ENDED')),
  CONSTRAINT "ck_partner_agreements_status_ended_on" CHECK (("status" = 'ENDED') = ("ended_on" IS NOT NULL)),
  CONSTRAINT "ck_partner_agreements_dates" CHECK ("ended_on" IS NULL OR "ended_on" >= "signed_on"),
  CONSTRAINT "fk_partner_agreements_institution" FOREIGN KEY ("institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_partner_agreements_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_partner_agreements_institution" ON "partner_agreements" ("institution_id");
CREATE INDEX "ix_partner_agreements_office" ON "partner_agreements" ("office_id");

CREATE TABLE "partner_contacts" (
  "id"             uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "institution_id" uuid                     NOT NULL,
  "branch_id"      uuid,
  "name"           character varying(100)   NOT NULL,
  "title"          character varying(100),
  "email"          character varying(254),
  "phone"          character varying(30),
  "version"        integer                  NOT NULL,
  "created_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_partner_contacts" PRIMARY KEY ("id"),
  CONSTRAINT "ck_partner_contacts_reachable" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL),
  CONSTRAINT "fk_partner_contacts_institution" FOREIGN KEY ("institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT,
  -- MATCH SIMPLE: checked only when branch_id is set, and then the branch must be one of the same institution.
  CONSTRAINT "fk_partner_contacts_branch" FOREIGN KEY ("branch_id", "institution_id") REFERENCES "partner_branches" ("id", "institution_id") ON DELETE RESTRICT
);
CREATE INDEX "ix_partner_contacts_institution" ON "partner_contacts" ("institution_id");
CREATE INDEX "ix_partner_contacts_branch" ON "partner_contacts" ("branch_id");

-- Partner user accounts: the institution (its column came with the foundation) now references a real row, and a
-- PARTNER_BRANCH user belongs to one branch of that same institution.
ALTER TABLE "users" ADD COLUMN "partner_branch_id" uuid;
-- NOT VALID first: a database from the previous release may hold partner accounts whose institution did not exist
-- yet. New and changed rows are checked at once; the existing ones are validated below when none breaks the rules.
ALTER TABLE "users" ADD CONSTRAINT "ck_users_partner_branch" CHECK (("role" = 'PARTNER_BRANCH') = ("partner_branch_id" IS NOT NULL)) NOT VALID;
ALTER TABLE "users" ADD CONSTRAINT "fk_users_partner_institution" FOREIGN KEY ("partner_institution_id") REFERENCES "partner_institutions" ("id") ON DELETE RESTRICT NOT VALID;
ALTER TABLE "users" ADD CONSTRAINT "fk_users_partner_branch" FOREIGN KEY ("partner_branch_id", "partner_institution_id") REFERENCES "partner_branches" ("id", "institution_id") ON DELETE RESTRICT NOT VALID;
CREATE INDEX "ix_users_partner_institution" ON "users" ("partner_institution_id");
CREATE INDEX "ix_users_partner_branch" ON "users" ("partner_branch_id");
-- Without partner accounts (every new database) nothing can break the three rules: validate them for good. A database
-- that has some keeps them NOT VALID until an operator has placed those accounts (then VALIDATE CONSTRAINT).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "users" WHERE "role" IN ('PARTNER_HQ', 'PARTNER_BRANCH')) THEN
    ALTER TABLE "users" VALIDATE CONSTRAINT "ck_users_partner_branch";
    ALTER TABLE "users" VALIDATE CONSTRAINT "fk_users_partner_institution";
    ALTER TABLE "users" VALIDATE CONSTRAINT "fk_users_partner_branch";
  END IF;
END
$$;
