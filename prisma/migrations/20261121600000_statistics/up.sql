-- Statistics (統計): the Center's published figures as historical aggregates, rollups of the live records maintained
-- from the triggers' change log by a job, and the months headquarters has closed. Reviewed SQL; libs/platform's
-- schema-drift test proves the entities agree. Months are stored as their first day (date, day 1).

-- Published annual results (出向・移籍の実績の推移), one row per fiscal year (April to March). Reference data loaded
-- by every db:migrate from prisma/seed/statistics/annual-results.csv. source_label keeps the source's own year label,
-- which is shifted by one (see the CSV's note); months_covered < 12 when the published year was not over.
CREATE TABLE "statistics_published_years" (
  "fiscal_year"             smallint                 NOT NULL,
  "source_label"            character varying(16)    NOT NULL,
  "months_covered"          smallint                 NOT NULL,
  "secondment_established"  integer                  NOT NULL,
  "transfer_established"    integer                  NOT NULL,
  "total_established"       integer                  NOT NULL,
  "receiving_info"          integer                  NOT NULL,
  "sending_info"            integer                  NOT NULL,
  "preliminary"             boolean                  NOT NULL,
  "source"                  text                     NOT NULL,
  CONSTRAINT "pk_statistics_published_years" PRIMARY KEY ("fiscal_year"),
  CONSTRAINT "ck_statistics_published_years_months" CHECK ("months_covered" BETWEEN 1 AND 12),
  CONSTRAINT "ck_statistics_published_years_total" CHECK ("total_established" = "secondment_established" + "transfer_established"),
  CONSTRAINT "ck_statistics_published_years_counts" CHECK ("secondment_established" >= 0 AND "transfer_established" >= 0 AND "receiving_info" >= 0 AND "sending_info" >= 0)
);

-- Published monthly on-loan secondment series (在籍型出向の月別推移): people established, and the receiving and
-- sending information concerning secondment (published from April 2020 only: null before).
CREATE TABLE "statistics_published_months" (
  "year_month"                 date                     NOT NULL,
  "secondment_established"     integer                  NOT NULL,
  "secondment_receiving_info"  integer,
  "secondment_sending_info"    integer,
  "preliminary"                boolean                  NOT NULL,
  "source"                     text                     NOT NULL,
  CONSTRAINT "pk_statistics_published_months" PRIMARY KEY ("year_month"),
  CONSTRAINT "ck_statistics_published_months_first_day" CHECK (EXTRACT(DAY FROM "year_month") = 1),
  CONSTRAINT "ck_statistics_published_months_counts" CHECK ("secondment_established" >= 0 AND ("secondment_receiving_info" IS NULL OR "secondment_receiving_info" >= 0) AND ("secondment_sending_info" IS NULL OR "secondment_sending_info" >= 0))
);

-- Published industry highlights of established secondments for a period (first and last month): only the top
-- industries of each side were published.
CREATE TABLE "statistics_published_industries" (
  "period_from"  date                     NOT NULL,
  "period_to"    date                     NOT NULL,
  "side"         character varying(16)    NOT NULL,
  "rank"         smallint                 NOT NULL,
  "jsic_code"    character(1)             NOT NULL,
  "people"       integer                  NOT NULL,
  "source"       text                     NOT NULL,
  CONSTRAINT "pk_statistics_published_industries" PRIMARY KEY ("period_from", "period_to", "side", "rank"),
  CONSTRAINT "ck_statistics_published_industries_side" CHECK ("side" IN ('SENDING', 'RECEIVING')),
  CONSTRAINT "ck_statistics_published_industries_period" CHECK ("period_from" <= "period_to"),
  CONSTRAINT "ck_statistics_published_industries_people" CHECK ("rank" >= 1 AND "people" >= 0),
  CONSTRAINT "fk_statistics_published_industries_jsic" FOREIGN KEY ("jsic_code") REFERENCES "jsic_major_groups" ("code") ON DELETE RESTRICT
);

-- Published cross-industry shares of established secondments (異なる業種間で成立した割合), in percent as published.
CREATE TABLE "statistics_published_cross_industry" (
  "period_from"    date                     NOT NULL,
  "period_to"      date                     NOT NULL,
  "share_percent"  numeric(4,1)             NOT NULL,
  "source"         text                     NOT NULL,
  CONSTRAINT "pk_statistics_published_cross_industry" PRIMARY KEY ("period_from", "period_to"),
  CONSTRAINT "ck_statistics_published_cross_industry_period" CHECK ("period_from" <= "period_to"),
  CONSTRAINT "ck_statistics_published_cross_industry_share" CHECK ("share_percent" BETWEEN 0 AND 100)
);

-- Offers received per month (by received_on), office (the offer's owning office), side and move scope: SECONDMENT /
-- TRANSFER when the offer is open to that move only, EITHER when it is open to both (a sending offer's EITHER, a
-- receiving offer accepting both). Derived data: rebuilt from the offers at any time. people: the people the offers
-- were received for (people_count / people_wanted), not what remains.
CREATE TABLE "statistics_offer_rollups" (
  "year_month"  date                     NOT NULL,
  "office_id"   uuid                     NOT NULL,
  "side"        character varying(16)    NOT NULL,
  "move_scope"  character varying(16)    NOT NULL,
  "offers"      integer                  NOT NULL,
  "people"      integer                  NOT NULL,
  CONSTRAINT "pk_statistics_offer_rollups" PRIMARY KEY ("year_month", "office_id", "side", "move_scope"),
  CONSTRAINT "ck_statistics_offer_rollups_side" CHECK ("side" IN ('SENDING', 'RECEIVING')),
  CONSTRAINT "ck_statistics_offer_rollups_move_scope" CHECK ("move_scope" IN ('SECONDMENT', 'TRANSFER', 'EITHER'))
);

-- People established per month (by occurred_on: corrections count in the month they happened), counted under the
-- sending side's office (one office per event, so that offices add up to the country), by move type and the two
-- companies' JSIC major groups as recorded. people = established_people + corrected_people (signed).
CREATE TABLE "statistics_establishment_rollups" (
  "year_month"           date                     NOT NULL,
  "office_id"            uuid                     NOT NULL,
  "move_type"            character varying(16)    NOT NULL,
  "sending_jsic_code"    character(1)             NOT NULL,
  "receiving_jsic_code"  character(1)             NOT NULL,
  "people"               integer                  NOT NULL,
  "established_people"   integer                  NOT NULL,
  "corrected_people"     integer                  NOT NULL,
  CONSTRAINT "pk_statistics_establishment_rollups" PRIMARY KEY ("year_month", "office_id", "move_type", "sending_jsic_code", "receiving_jsic_code"),
  CONSTRAINT "ck_statistics_establishment_rollups_move_type" CHECK ("move_type" IN ('SECONDMENT', 'TRANSFER')),
  CONSTRAINT "ck_statistics_establishment_rollups_people" CHECK ("people" = "established_people" + "corrected_people")
);

-- The change log the rollups are kept from: the triggers below append the months a statement touched, inside the
-- writer's transaction (so a change can never be committed without its mark, and the offers and cases code knows
-- nothing of statistics); the drain job takes the marks and recomputes those months from the raw rows. Append-only
-- inserts, so concurrent writers never wait on one another here.
CREATE TABLE "statistics_changes" (
  "id"           BIGSERIAL                NOT NULL,
  "kind"         character varying(16)    NOT NULL,
  "year_month"   date                     NOT NULL,
  "recorded_at"  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT "pk_statistics_changes" PRIMARY KEY ("id"),
  CONSTRAINT "ck_statistics_changes_kind" CHECK ("kind" IN ('OFFERS', 'ESTABLISHMENTS'))
);

-- Months headquarters has closed (締め): their figures are final, no longer preliminary (速報値). figures keeps the
-- national figures as they were at closing.
CREATE TABLE "statistics_month_closings" (
  "year_month"         date                     NOT NULL,
  "closed_by_user_id"  uuid                     NOT NULL,
  "closed_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "figures"            jsonb                    NOT NULL,
  CONSTRAINT "pk_statistics_month_closings" PRIMARY KEY ("year_month"),
  CONSTRAINT "ck_statistics_month_closings_first_day" CHECK (EXTRACT(DAY FROM "year_month") = 1),
  CONSTRAINT "fk_statistics_month_closings_closed_by" FOREIGN KEY ("closed_by_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

-- Statement-level triggers with transition tables: one mark per month a statement touched, however many rows (a bulk
-- load of a year of offers adds twelve rows, not a hundred thousand). An UPDATE marks both the old and the new month,
-- and only when a counted column changed (people_available, status and the like do not move any figure).
CREATE FUNCTION "statistics_note_offers_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_changes" ("kind", "year_month")
  SELECT DISTINCT 'OFFERS', date_trunc('month', n."received_on")::date FROM new_rows n;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "statistics_note_offers_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_changes" ("kind", "year_month")
  SELECT DISTINCT 'OFFERS', date_trunc('month', o."received_on")::date FROM old_rows o;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "statistics_note_sending_offers_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_changes" ("kind", "year_month")
  SELECT DISTINCT 'OFFERS', date_trunc('month', m."day")::date
    FROM old_rows o
    JOIN new_rows n ON n."id" = o."id"
    CROSS JOIN LATERAL (VALUES (o."received_on"), (n."received_on")) AS m("day")
   WHERE (o."received_on", o."owning_office_id", o."move_type", o."people_count")
         IS DISTINCT FROM (n."received_on", n."owning_office_id", n."move_type", n."people_count");
  RETURN NULL;
END;
$$;

CREATE FUNCTION "statistics_note_receiving_offers_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_changes" ("kind", "year_month")
  SELECT DISTINCT 'OFFERS', date_trunc('month', m."day")::date
    FROM old_rows o
    JOIN new_rows n ON n."id" = o."id"
    CROSS JOIN LATERAL (VALUES (o."received_on"), (n."received_on")) AS m("day")
   WHERE (o."received_on", o."owning_office_id", o."accepts_secondment", o."accepts_transfer", o."people_wanted")
         IS DISTINCT FROM (n."received_on", n."owning_office_id", n."accepts_secondment", n."accepts_transfer", n."people_wanted");
  RETURN NULL;
END;
$$;

CREATE FUNCTION "statistics_note_establishments_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "statistics_changes" ("kind", "year_month")
  SELECT DISTINCT 'ESTABLISHMENTS', date_trunc('month', n."occurred_on")::date FROM new_rows n;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "tg_sending_offers_statistics_insert" AFTER INSERT ON "sending_offers"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_note_offers_inserted"();
CREATE TRIGGER "tg_sending_offers_statistics_update" AFTER UPDATE ON "sending_offers"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "statistics_note_sending_offers_updated"();
CREATE TRIGGER "tg_sending_offers_statistics_delete" AFTER DELETE ON "sending_offers"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_note_offers_deleted"();

CREATE TRIGGER "tg_receiving_offers_statistics_insert" AFTER INSERT ON "receiving_offers"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_note_offers_inserted"();
CREATE TRIGGER "tg_receiving_offers_statistics_update" AFTER UPDATE ON "receiving_offers"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "statistics_note_receiving_offers_updated"();
CREATE TRIGGER "tg_receiving_offers_statistics_delete" AFTER DELETE ON "receiving_offers"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_note_offers_deleted"();

-- case_establishments is append-only (UPDATE and DELETE are refused), so inserts are all there is to follow.
CREATE TRIGGER "tg_case_establishments_statistics_insert" AFTER INSERT ON "case_establishments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_note_establishments_inserted"();

-- The rows already there when the statistics arrive: every month they touch is marked, so the first drain (or a
-- rebuild) counts them.
INSERT INTO "statistics_changes" ("kind", "year_month")
SELECT DISTINCT 'OFFERS', date_trunc('month', "received_on")::date FROM "sending_offers"
UNION
SELECT DISTINCT 'OFFERS', date_trunc('month', "received_on")::date FROM "receiving_offers"
UNION
SELECT DISTINCT 'ESTABLISHMENTS', date_trunc('month', "occurred_on")::date FROM "case_establishments";
