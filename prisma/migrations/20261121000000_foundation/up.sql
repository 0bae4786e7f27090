-- Foundation: reference code lists, the Center's offices, companies and user accounts.
-- Reviewed SQL; entity metadata must agree with it (libs/platform's schema-drift test proves it).
-- UUIDs come from gen_random_uuid(), built into PostgreSQL 13+ and PGlite: no extension needed.

-- 日本標準産業分類 大分類 (A..T)
CREATE TABLE "jsic_major_groups" (
  "code"    character(1)           NOT NULL,
  "name_ja" character varying(100) NOT NULL,
  "name_en" character varying(100) NOT NULL,
  CONSTRAINT "pk_jsic_major_groups" PRIMARY KEY ("code")
);

-- 都道府県 by JIS X 0401 code
CREATE TABLE "prefectures" (
  "code"      character(2)          NOT NULL,
  "name_ja"   character varying(10) NOT NULL,
  "name_en"   character varying(20) NOT NULL,
  "region_ja" character varying(10) NOT NULL,
  CONSTRAINT "pk_prefectures" PRIMARY KEY ("code")
);

-- 本部 and 地方事務所
CREATE TABLE "offices" (
  "id"              uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "code"            character varying(8)     NOT NULL,
  "kind"            character varying(16)    NOT NULL,
  "name_ja"         character varying(50)    NOT NULL,
  "name_en"         character varying(80)    NOT NULL,
  "prefecture_code" character(2),
  "region_ja"       character varying(10),
  "created_at"      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_offices" PRIMARY KEY ("id"),
  CONSTRAINT "uq_offices_code" UNIQUE ("code"),
  CONSTRAINT "uq_offices_prefecture_code" UNIQUE ("prefecture_code"),
  CONSTRAINT "ck_offices_kind" CHECK ("kind" IN ('HEADQUARTERS', 'REGIONAL')),
  CONSTRAINT "ck_offices_regional_has_prefecture" CHECK (("kind" = 'HEADQUARTERS') = ("prefecture_code" IS NULL)),
  CONSTRAINT "fk_offices_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT
);

CREATE TABLE "companies" (
  "id"               uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "legal_name"       character varying(200)   NOT NULL,
  "legal_name_kana"  character varying(200),
  "name_search_key"  character varying(200)   NOT NULL,
  "kana_search_key"  character varying(200)   NOT NULL DEFAULT '',
  "corporate_number" character(13),
  "jsic_major_code"  character(1)             NOT NULL,
  "jsic_middle_code" character varying(3),
  "prefecture_code"  character(2)             NOT NULL,
  "address"          character varying(300),
  "size"             character varying(8)     NOT NULL,
  "employee_count"   integer,
  "contact_name"     character varying(100),
  "contact_phone"    character varying(30),
  "contact_email"    character varying(254),
  "owning_office_id" uuid                     NOT NULL,
  "notes"            text,
  "version"          integer                  NOT NULL,
  "created_at"       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_companies" PRIMARY KEY ("id"),
  -- NULLs are distinct: many companies may have no corporate number, none may share one.
  CONSTRAINT "uq_companies_corporate_number" UNIQUE ("corporate_number"),
  CONSTRAINT "ck_companies_corporate_number_format" CHECK ("corporate_number" IS NULL OR "corporate_number" ~ '^[0-9]{13}$'),
  CONSTRAINT "ck_companies_employee_count" CHECK ("employee_count" IS NULL OR "employee_count" >= 0),
  CONSTRAINT "ck_companies_size" CHECK ("size" IN ('SME', 'LARGE')),
  CONSTRAINT "fk_companies_jsic_major" FOREIGN KEY ("jsic_major_code") REFERENCES "jsic_major_groups" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_companies_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefectures" ("code") ON DELETE RESTRICT,
  CONSTRAINT "fk_companies_owning_office" FOREIGN KEY ("owning_office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_companies_owning_office" ON "companies" ("owning_office_id");
CREATE INDEX "ix_companies_prefecture" ON "companies" ("prefecture_code");
CREATE INDEX "ix_companies_jsic_major" ON "companies" ("jsic_major_code");

CREATE TABLE "users" (
  "id"                     uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "email"                  character varying(254)   NOT NULL,
  "name"                   character varying(100)   NOT NULL,
  "role"                   character varying(32)    NOT NULL,
  "office_id"              uuid,
  -- The partner institutions table and this column's foreign key arrive with the partner feature.
  "partner_institution_id" uuid,
  "password_hash"          character varying(255)   NOT NULL,
  "is_active"              boolean                  NOT NULL DEFAULT true,
  "token_version"          integer                  NOT NULL DEFAULT 0,
  "last_login_at"          TIMESTAMP WITH TIME ZONE,
  "version"                integer                  NOT NULL,
  "created_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updated_at"             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_users" PRIMARY KEY ("id"),
  CONSTRAINT "uq_users_email" UNIQUE ("email"),
  CONSTRAINT "ck_users_role" CHECK ("role" IN ('ADMIN', 'HQ_COORDINATOR', 'CONSULTANT', 'EXECUTIVE', 'PARTNER_HQ', 'PARTNER_BRANCH')),
  CONSTRAINT "ck_users_consultant_office" CHECK ("role" <> 'CONSULTANT' OR "office_id" IS NOT NULL),
  CONSTRAINT "ck_users_partner_institution" CHECK (("role" IN ('PARTNER_HQ', 'PARTNER_BRANCH')) = ("partner_institution_id" IS NOT NULL)),
  CONSTRAINT "fk_users_office" FOREIGN KEY ("office_id") REFERENCES "offices" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_users_office" ON "users" ("office_id");
