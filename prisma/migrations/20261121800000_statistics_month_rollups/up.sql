-- Statistics: one row per month and office with exactly the figures monthlyStatistics and annualStatistics read
-- (people in offers received by side and move scope; people established by move type, net of corrections), so a
-- national fiscal year sums 12 × 48 rows instead of the thousands of office × side × scope and JSIC-pair rows of the
-- detailed rollups (ten years at national scale: 6,000 rows instead of 107,000; see BENCHMARKS.md "Statistics").
-- Derived from the two detailed rollups inside the transaction that rewrites them (drain and rebuild, under the rollup
-- lock), so the three tables always agree; industryFlows keeps reading the JSIC pairs.
CREATE TABLE "statistics_month_rollups" (
  "year_month"              date                     NOT NULL,
  "office_id"               uuid                     NOT NULL,
  "receiving_secondment"    integer                  NOT NULL,
  "receiving_transfer"      integer                  NOT NULL,
  "receiving_either"        integer                  NOT NULL,
  "sending_secondment"      integer                  NOT NULL,
  "sending_transfer"        integer                  NOT NULL,
  "sending_either"          integer                  NOT NULL,
  "established_secondment"  integer                  NOT NULL,
  "established_transfer"    integer                  NOT NULL,
  CONSTRAINT "pk_statistics_month_rollups" PRIMARY KEY ("year_month", "office_id")
);

-- A database migrated earlier already has detailed rollups: derive the month rows from them now.
INSERT INTO "statistics_month_rollups" ("year_month", "office_id", "receiving_secondment", "receiving_transfer",
  "receiving_either", "sending_secondment", "sending_transfer", "sending_either", "established_secondment",
  "established_transfer")
SELECT "year_month", "office_id",
       coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:SECONDMENT'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:TRANSFER'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:EITHER'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:SECONDMENT'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:TRANSFER'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:EITHER'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'ESTABLISHED:SECONDMENT'), 0),
       coalesce(sum("people") FILTER (WHERE "part" = 'ESTABLISHED:TRANSFER'), 0)
  FROM (SELECT "year_month", "office_id", "side" || ':' || "move_scope" AS "part", "people"
          FROM "statistics_offer_rollups"
        UNION ALL
        SELECT "year_month", "office_id", 'ESTABLISHED:' || "move_type", "people"
          FROM "statistics_establishment_rollups") AS parts
 GROUP BY "year_month", "office_id";
