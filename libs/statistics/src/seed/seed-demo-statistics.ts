// Living demo figures for the statistics: sending and receiving information received in every live month (from the
// cut-over to last month) in six regional offices, so the dashboard's live years are not empty. The offers are
// closed with nobody left to place (matching and assignment skip them) and carry a 統計デモ title; Tokyo, the demo
// consultants' office, is left alone. Dated relative to the demo clock when first loaded; loading the demo again, even
// months later, adds nothing (as every demo seed). The statistics triggers mark the months and the drain job counts
// them.
import type { DemoClock } from '@kakehashi/database';
import type { EntityManager } from 'typeorm';
import { DEFAULT_STATISTICS_LIVE_FROM } from '../statistics-settings';

/** 北海道, 宮城, 愛知, 大阪, 広島, 福岡: one office in each of six regions. */
export const DEMO_STATISTICS_OFFICES = ['01', '04', '23', '27', '34', '40'];

const MONTHS = `
  SELECT m::date AS "month", o."id" AS "office_id", o."code",
         to_char(m, 'YYYY-MM') AS "ym", cs."ids"
    FROM generate_series($1::date, $2::date, interval '1 month') AS m
   CROSS JOIN "offices" o
   CROSS JOIN (SELECT array_agg("id" ORDER BY "corporate_number") AS "ids" FROM "companies") cs
   WHERE o."code" = ANY($3::text[]) AND cardinality(cs."ids") > 0`;

// A stable pseudo-random number per office, month and purpose: the same figures on every seeding.
const pick = (purpose: string, modulo: number) =>
  `abs(hashtext('${purpose}' || x."code" || x."ym")) % ${modulo}`;

const SENDING = `
  INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
    "people_available", "reason", "occupation_code", "job_title", "status", "version")
  SELECT x."ids"[1 + ${pick('c', 1000)} % cardinality(x."ids")], x."office_id",
         x."month" + ${pick('d', 20)} + 2,
         (ARRAY['SECONDMENT', 'TRANSFER', 'EITHER'])[1 + ${pick('m', 3)}],
         1 + ${pick('p', 12)}, 0, 'EMPLOYMENT_ADJUSTMENT', 'H', '統計デモ 送出情報 ' || x."code" || ' ' || x."ym",
         'CLOSED', 1
    FROM (${MONTHS}) x
   WHERE NOT EXISTS (SELECT 1 FROM "sending_offers" s
                      WHERE s."owning_office_id" = x."office_id"
                        AND s."job_title" = '統計デモ 送出情報 ' || x."code" || ' ' || x."ym")
  RETURNING 1`;

const RECEIVING = `
  INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
    "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
    "workplace_prefecture_code", "status", "version")
  SELECT x."ids"[1 + ${pick('C', 1000)} % cardinality(x."ids")], x."office_id",
         x."month" + ${pick('D', 20)} + 2,
         ${pick('S', 3)} <> 1, ${pick('S', 3)} <> 0,
         2 + ${pick('P', 18)}, 0, 'K', '統計デモ 受入情報 ' || x."code" || ' ' || x."ym", x."code", 'CLOSED', 1
    FROM (${MONTHS}) x
   WHERE NOT EXISTS (SELECT 1 FROM "receiving_offers" r
                      WHERE r."owning_office_id" = x."office_id"
                        AND r."job_title" = '統計デモ 受入情報 ' || x."code" || ' ' || x."ym")
  RETURNING 1`;

/** The first day of the month before `day`'s (YYYY-MM-DD). */
function lastEndedMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  const previous = new Date(Date.UTC(year, month - 2, 1));
  return previous.toISOString().slice(0, 10);
}

/** Inserts the demo offers of every ended live month, once; returns how many offers were added. */
export async function seedDemoStatistics(
  manager: Pick<EntityManager, 'query'>,
  clock: DemoClock,
): Promise<number> {
  const from = `${DEFAULT_STATISTICS_LIVE_FROM}-01`;
  const to = lastEndedMonth(clock.today);
  if (to < from) return 0;
  const seeded: unknown[] = await manager.query(
    `SELECT 1 FROM "sending_offers" WHERE "job_title" LIKE '統計デモ %' LIMIT 1`,
  );
  if (seeded.length) return 0;
  const params = [from, to, DEMO_STATISTICS_OFFICES];
  const sending: unknown[] = await manager.query(SENDING, params);
  const receiving: unknown[] = await manager.query(RECEIVING, params);
  return sending.length + receiving.length;
}
