// Ten years of live records at national scale, written with set-based SQL (generate_series) straight into the raw
// tables the statistics count: companies across the 47 regional offices and the JSIC major groups, sending and
// receiving offers, cases with their establishments, and a few corrections. One statement per table and twelve-month
// window, as the owner of the tables; the statistics triggers mark the touched months as they would for any writer.
// random() is seeded (setseed) so a run generates the same composition each time.
import type { Client } from 'pg';
import { PEOPLE_PER_EVENT, type BenchPlan } from './bench-plan';

/** Bigger offices (by prefecture code) get proportionally more companies; the others weigh 1. */
const OFFICE_WEIGHTS: Record<string, number> = {
  '13': 10,
  '27': 6,
  '23': 5,
  '14': 5,
  '11': 4,
  '12': 3,
  '28': 3,
  '40': 3,
  '01': 3,
  '22': 2,
  '34': 2,
  '04': 2,
};

/** Industries of the companies, manufacturing first, as among the Center's secondments. */
const JSIC_WEIGHTS: Record<string, number> = {
  E: 25,
  H: 12,
  I: 12,
  N: 8,
  R: 8,
  M: 6,
  P: 6,
  D: 5,
  G: 4,
  K: 3,
  L: 3,
  O: 2,
  J: 2,
  F: 1,
  A: 1,
  B: 1,
  C: 1,
  Q: 1,
  S: 1,
  T: 1,
};

export const BENCH_COMPANY_PREFIX = '統計ベンチ';
const SENDING_TITLE = '統計ベンチの送出';
const RECEIVING_TITLE = '統計ベンチの受入';

export interface GeneratedCounts {
  companies: number;
  sendingOffers: number;
  receivingOffers: number;
  cases: number;
  establishmentEvents: number;
  corrections: number;
  peopleEstablished: number;
  peopleCorrected: number;
  statisticsChanges: number;
}

export interface GenerateOptions {
  plan: BenchPlan;
  companies: number;
  /** Share of establishment events later corrected by one person (a withdrawal). */
  correctionShare: number;
  seed: number;
  /** The user recorded as the author of cases and establishments. */
  recordedByUserId: string;
  log: (line: string) => void;
}

export async function generateLiveData(client: Client, options: GenerateOptions): Promise<GeneratedCounts> {
  const { plan, log } = options;
  // setseed takes a value in [-1, 1]: the seed picks one.
  await client.query('SELECT setseed($1)', [((options.seed % 1000) / 1000) * 2 - 1]);
  await client.query(
    `CREATE TEMP TABLE bench_arrays AS
     SELECT (SELECT array_agg(o."id" ORDER BY o."code", g)
               FROM "offices" o
               CROSS JOIN LATERAL generate_series(1, coalesce(($1::jsonb ->> o."code")::int, 1)) g
              WHERE o."kind" = 'REGIONAL') AS "offices",
            (SELECT array_agg(o."prefecture_code" ORDER BY o."code", g)
               FROM "offices" o
               CROSS JOIN LATERAL generate_series(1, coalesce(($1::jsonb ->> o."code")::int, 1)) g
              WHERE o."kind" = 'REGIONAL') AS "prefectures",
            (SELECT array_agg(j."code" ORDER BY j."code", g)
               FROM "jsic_major_groups" j
               CROSS JOIN LATERAL generate_series(1, coalesce(($2::jsonb ->> j."code")::int, 0)) g) AS "jsic",
            (SELECT array_agg("code" ORDER BY "code") FROM "occupation_major_groups") AS "occupations"`,
    [JSON.stringify(OFFICE_WEIGHTS), JSON.stringify(JSIC_WEIGHTS)],
  );

  let started = Date.now();
  await client.query(
    `WITH a AS (SELECT * FROM bench_arrays),
     picks AS MATERIALIZED (
       SELECT g, 1 + floor(random() * cardinality(a."offices"))::int AS oi,
              1 + floor(random() * cardinality(a."jsic"))::int AS ji, random() < 0.1 AS large
         FROM generate_series(1, $1::int) g, a)
     INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     SELECT format('%s%s株式会社', $2::text, p.g), format('%s%s', $2::text, p.g), '', a."jsic"[p.ji],
            a."prefectures"[p.oi], CASE WHEN p.large THEN 'LARGE' ELSE 'SME' END, a."offices"[p.oi], 1
       FROM picks p, a`,
    [options.companies, BENCH_COMPANY_PREFIX],
  );
  await client.query(
    `CREATE TEMP TABLE bench_companies AS
     SELECT row_number() OVER (ORDER BY "id")::int AS n, "id", "owning_office_id" AS office_id,
            "jsic_major_code" AS jsic, "prefecture_code" AS prefecture
       FROM "companies" WHERE "legal_name" LIKE '${BENCH_COMPANY_PREFIX}%';
     CREATE UNIQUE INDEX ON bench_companies (n);`,
  );
  log(`  ${options.companies.toLocaleString('en-US')} companies in ${Date.now() - started} ms`);

  for (const [index, w] of plan.windows.entries()) {
    started = Date.now();
    const windowLabel = `${w.from}..${w.to}`;
    await client.query(
      `WITH a AS (SELECT * FROM bench_arrays), c AS (SELECT count(*)::int AS n FROM bench_companies),
       picks AS MATERIALIZED (
         SELECT 1 + floor(random() * c.n)::int AS cn,
                $2::date + floor(random() * $3::int)::int AS received_on,
                (ARRAY['SECONDMENT', 'TRANSFER', 'EITHER'])[1 + floor(random() * 3)::int] AS move_type,
                1 + floor(random() ^ 2 * 5)::int AS people,
                a."occupations"[1 + floor(random() * cardinality(a."occupations"))::int] AS occupation
           FROM generate_series(1, $1::int), c, a)
       INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
         "people_available", "reason", "occupation_code", "job_title", "status", "version")
       SELECT bc."id", bc.office_id, p.received_on, p.move_type, p.people, 0, 'EMPLOYMENT_ADJUSTMENT',
              p.occupation, $4, 'CLOSED', 1
         FROM picks p JOIN bench_companies bc ON bc.n = p.cn`,
      [w.sending, w.from, w.days, SENDING_TITLE],
    );
    await client.query(
      `WITH a AS (SELECT * FROM bench_arrays), c AS (SELECT count(*)::int AS n FROM bench_companies),
       picks AS MATERIALIZED (
         SELECT 1 + floor(random() * c.n)::int AS cn,
                $2::date + floor(random() * $3::int)::int AS received_on,
                random() AS accepts,
                1 + floor(random() ^ 2 * 4)::int AS people,
                a."occupations"[1 + floor(random() * cardinality(a."occupations"))::int] AS occupation
           FROM generate_series(1, $1::int), c, a)
       INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
         "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
         "workplace_prefecture_code", "status", "version")
       SELECT bc."id", bc.office_id, p.received_on, p.accepts < 0.7, p.accepts >= 0.3, p.people, 0,
              p.occupation, $4, bc.prefecture, 'CLOSED', 1
         FROM picks p JOIN bench_companies bc ON bc.n = p.cn`,
      [w.receiving, w.from, w.days, RECEIVING_TITLE],
    );
    log(
      `  window ${index + 1}/${plan.windows.length} (${windowLabel}): ${w.sending.toLocaleString('en-US')} sending, ` +
        `${w.receiving.toLocaleString('en-US')} receiving offers in ${Date.now() - started} ms`,
    );
  }

  started = Date.now();
  // The offers numbered in received order, so each window's offers are one range of numbers.
  await client.query(
    `CREATE TEMP TABLE bench_sending AS
     SELECT row_number() OVER (ORDER BY s."received_on", s."id")::int AS n, s."id", s."owning_office_id" AS office_id,
            c."jsic_major_code" AS jsic, s."received_on"
       FROM "sending_offers" s JOIN "companies" c ON c."id" = s."company_id" WHERE s."job_title" = '${SENDING_TITLE}';
     CREATE UNIQUE INDEX ON bench_sending (n);
     CREATE TEMP TABLE bench_receiving AS
     SELECT row_number() OVER (ORDER BY r."received_on", r."id")::int AS n, r."id", r."owning_office_id" AS office_id,
            c."jsic_major_code" AS jsic, r."received_on"
       FROM "receiving_offers" r JOIN "companies" c ON c."id" = r."company_id" WHERE r."job_title" = '${RECEIVING_TITLE}';
     CREATE UNIQUE INDEX ON bench_receiving (n);`,
  );
  log(`  offers numbered in ${Date.now() - started} ms`);

  for (const [index, w] of plan.windows.entries()) {
    started = Date.now();
    const range = async (table: string) => {
      const { rows } = await client.query<{ lo: number; hi: number }>(
        `SELECT min(n) AS lo, max(n) AS hi FROM ${table} WHERE received_on BETWEEN $1::date AND $2::date`,
        [w.from, w.to],
      );
      return rows[0];
    };
    const sending = await range('bench_sending');
    const receiving = await range('bench_receiving');
    // One case per event, established on a day of the window between offers received in it; the case and its
    // establishment are written by one statement (the foreign key is checked at its end).
    await client.query(
      `WITH picks AS MATERIALIZED (
         SELECT $1::int + floor(random() * ($2::int - $1::int + 1))::int AS sn,
                $3::int + floor(random() * ($4::int - $3::int + 1))::int AS rn,
                CASE WHEN random() < 0.4 THEN 'SECONDMENT' ELSE 'TRANSFER' END AS move_type,
                ($5::int[])[1 + floor(random() * cardinality($5::int[]))::int] AS people,
                $6::date + floor(random() * $7::int)::int AS occurred_on
           FROM generate_series(1, $8::int)),
       rows AS MATERIALIZED (
         SELECT gen_random_uuid() AS case_id, p.*, s."id" AS sending_offer_id, s.office_id AS sending_office_id,
                s.jsic AS sending_jsic, r."id" AS receiving_offer_id, r.office_id AS receiving_office_id,
                r.jsic AS receiving_jsic
           FROM picks p JOIN bench_sending s ON s.n = p.sn JOIN bench_receiving r ON r.n = p.rn),
       new_cases AS (
         INSERT INTO "cases" ("id", "move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
           "receiving_office_id", "people_planned", "stage", "established_on", "people_established",
           "created_by_user_id", "updated_by_user_id", "version")
         SELECT case_id, move_type, sending_offer_id, receiving_offer_id, sending_office_id, receiving_office_id,
                people, CASE WHEN move_type = 'SECONDMENT' THEN 'STARTED' ELSE 'HIRED' END, occurred_on, people,
                $9::uuid, $9::uuid, 1
           FROM rows
         RETURNING 1)
       INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type",
         "sending_offer_id", "receiving_offer_id", "sending_office_id", "receiving_office_id", "sending_jsic_code",
         "receiving_jsic_code", "recorded_by_user_id")
       SELECT case_id, 'ESTABLISHED', occurred_on, people, move_type, sending_offer_id, receiving_offer_id,
              sending_office_id, receiving_office_id, sending_jsic, receiving_jsic, $9::uuid
         FROM rows`,
      [
        sending.lo,
        sending.hi,
        receiving.lo,
        receiving.hi,
        [...PEOPLE_PER_EVENT],
        w.from,
        w.days,
        w.events,
        options.recordedByUserId,
      ],
    );
    log(
      `  window ${index + 1}/${plan.windows.length}: ${w.events.toLocaleString('en-US')} cases established in ${Date.now() - started} ms`,
    );
  }

  started = Date.now();
  // A few withdrawals, dated (like any correction) when they were recorded: 20-80 days later, never after today.
  await client.query(
    `INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type", "sending_offer_id",
       "receiving_offer_id", "sending_office_id", "receiving_office_id", "sending_jsic_code", "receiving_jsic_code",
       "reason", "recorded_by_user_id")
     SELECT e."case_id", 'CORRECTION', least(e."occurred_on" + 20 + floor(random() * 60)::int, $2::date), -1,
            e."move_type", e."sending_offer_id", e."receiving_offer_id", e."sending_office_id",
            e."receiving_office_id", e."sending_jsic_code", e."receiving_jsic_code", '成立の取消し（ベンチマーク）',
            e."recorded_by_user_id"
       FROM "case_establishments" e
      WHERE e."kind" = 'ESTABLISHED' AND e."recorded_by_user_id" = $3::uuid AND random() < $1::float8`,
    [options.correctionShare, plan.today, options.recordedByUserId],
  );
  log(`  corrections in ${Date.now() - started} ms`);

  started = Date.now();
  await client.query('ANALYZE');
  log(`  ANALYZE in ${Date.now() - started} ms`);
  const { rows } = await client.query<GeneratedCounts>(
    `SELECT (SELECT count(*) FROM bench_companies)::int AS "companies",
            (SELECT count(*) FROM bench_sending)::int AS "sendingOffers",
            (SELECT count(*) FROM bench_receiving)::int AS "receivingOffers",
            (SELECT count(*) FROM "cases" WHERE "created_by_user_id" = $1)::int AS "cases",
            (SELECT count(*) FROM "case_establishments" WHERE "kind" = 'ESTABLISHED' AND "recorded_by_user_id" = $1)::int
              AS "establishmentEvents",
            (SELECT count(*) FROM "case_establishments" WHERE "kind" = 'CORRECTION' AND "recorded_by_user_id" = $1)::int
              AS "corrections",
            (SELECT coalesce(sum("people"), 0) FROM "case_establishments"
              WHERE "kind" = 'ESTABLISHED' AND "recorded_by_user_id" = $1)::int AS "peopleEstablished",
            (SELECT coalesce(-sum("people"), 0) FROM "case_establishments"
              WHERE "kind" = 'CORRECTION' AND "recorded_by_user_id" = $1)::int AS "peopleCorrected",
            (SELECT count(*) FROM "statistics_changes")::int AS "statisticsChanges"`,
    [options.recordedByUserId],
  );
  return rows[0];
}
