// The SQL of the re-employment figures: counts of the outcome rows of a period (days inclusive).
import type { Queryable } from '../shared/talent-bank-records';
import type { EmploymentType } from '../talent-bank-enums';

export function reemploymentsByMonth(db: Queryable, from: string, to: string) {
  return db.query<{ month: string; count: number }[]>(
    `SELECT to_char("reemployed_on", 'YYYY-MM') AS "month", count(*)::int AS "count"
       FROM "talent_bank_reemployments" WHERE "reemployed_on" BETWEEN $1 AND $2 GROUP BY 1`,
    [from, to],
  );
}

/** Most first; occupation groups with none are left out. */
export function reemploymentsByOccupation(db: Queryable, from: string, to: string) {
  return db.query<{ occupationCode: string; occupationName: string; count: number }[]>(
    `SELECT t."occupation_code" AS "occupationCode", o."name_ja" AS "occupationName", count(*)::int AS "count"
       FROM "talent_bank_reemployments" t JOIN "occupation_major_groups" o ON o."code" = t."occupation_code"
      WHERE t."reemployed_on" BETWEEN $1 AND $2
      GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
    [from, to],
  );
}

export function reemploymentsByEmploymentType(db: Queryable, from: string, to: string) {
  return db.query<{ employmentType: EmploymentType; count: number }[]>(
    `SELECT "employment_type" AS "employmentType", count(*)::int AS "count"
       FROM "talent_bank_reemployments" WHERE "reemployed_on" BETWEEN $1 AND $2 GROUP BY 1`,
    [from, to],
  );
}
