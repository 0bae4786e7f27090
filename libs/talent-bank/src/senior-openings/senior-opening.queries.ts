// The raw SQL of senior openings and the receiving offers they mark: the offer's facts and lock, the list's pages,
// what the matching reads of the offer, and a place filled by a re-employment.
import type { OfferSkill, OfferStatus } from '@kakehashi/offers';
import type { Queryable } from '../shared/talent-bank-records';

/** What an opening's receiving offer says for the matching. */
export interface OpeningOfferRow {
  receivingOfferId: string;
  occupationCode: string;
  workplacePrefectureCode: string;
  offerMonthlyWage: number | null;
  requiredSkills: OfferSkill[];
  preferredSkills: OfferSkill[];
  startBy: string | null;
  receivedOn: string;
}

const OPENING_OFFER_COLUMNS = `r."id" AS "receivingOfferId", r."occupation_code" AS "occupationCode",
  r."workplace_prefecture_code" AS "workplacePrefectureCode", r."monthly_wage" AS "offerMonthlyWage",
  r."required_skills" AS "requiredSkills", r."preferred_skills" AS "preferredSkills",
  r."start_by"::text AS "startBy", r."received_on"::text AS "receivedOn"`;

/** The offers of the openings that may be matched (open, places left, a hiring accepted) in the prefectures given. */
export function matchableOpeningOffers(db: Queryable, prefectureCodes: readonly string[]) {
  return db.query<OpeningOfferRow[]>(
    `SELECT ${OPENING_OFFER_COLUMNS}
       FROM "senior_openings" s JOIN "receiving_offers" r ON r."id" = s."receiving_offer_id"
      WHERE r."status" = 'OPEN' AND r."people_remaining" > 0 AND r."accepts_transfer"
        AND (cardinality($1::text[]) = 0 OR r."workplace_prefecture_code" = ANY($1::text[]))`,
    [prefectureCodes],
  );
}

/** The offer of an existing senior opening (the opening refers to it, so it is there). */
export async function openingOffer(db: Queryable, receivingOfferId: string): Promise<OpeningOfferRow> {
  const [row] = await db.query<OpeningOfferRow[]>(
    `SELECT ${OPENING_OFFER_COLUMNS} FROM "receiving_offers" r WHERE r."id" = $1`,
    [receivingOfferId],
  );
  return row;
}

export interface OfferFacts {
  owningOfficeId: string;
  acceptsTransfer: boolean;
}

export async function offerFacts(db: Queryable, receivingOfferId: string): Promise<OfferFacts | undefined> {
  const rows = await db.query<OfferFacts[]>(
    `SELECT "owning_office_id" AS "owningOfficeId", "accepts_transfer" AS "acceptsTransfer"
       FROM "receiving_offers" WHERE "id" = $1`,
    [receivingOfferId],
  );
  return rows[0];
}

/** The offer's status, its row share-locked until the caller's transaction ends. */
export async function lockedOfferStatus(
  db: Queryable,
  receivingOfferId: string,
): Promise<OfferStatus | undefined> {
  const [locked] = await db.query<{ status: OfferStatus }[]>(
    `SELECT "status" FROM "receiving_offers" WHERE "id" = $1 FOR SHARE`,
    [receivingOfferId],
  );
  return locked?.status;
}

/** The company of a senior opening's offer; none when the offer is no senior opening. */
export async function openingCompanyId(db: Queryable, receivingOfferId: string): Promise<string | undefined> {
  const rows = await db.query<{ companyId: string }[]>(
    `SELECT r."company_id" AS "companyId" FROM "senior_openings" s
       JOIN "receiving_offers" r ON r."id" = s."receiving_offer_id" WHERE s."receiving_offer_id" = $1`,
    [receivingOfferId],
  );
  return rows[0]?.companyId;
}

export interface SeniorOpeningPageQuery {
  openOnly: boolean;
  prefectureCode: string | null;
  occupationCode: string | null;
  first: number;
  /** The cursor's receiving day and offer id: the page starts after them. */
  after: { receivedOn: string; id: string } | null;
}

/** The keys of one page of senior openings, newest receiving offer first, and how many match in all. */
export async function seniorOpeningPage(
  db: Queryable,
  query: SeniorOpeningPageQuery,
): Promise<{ count: number; keys: { id: string; receivedOn: string }[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.openOnly) where.push(`r."status" = 'OPEN' AND r."people_remaining" > 0`);
  if (query.prefectureCode) where.push(`r."workplace_prefecture_code" = ${param(query.prefectureCode)}`);
  if (query.occupationCode) where.push(`r."occupation_code" = ${param(query.occupationCode)}`);
  const from = `FROM "senior_openings" s JOIN "receiving_offers" r ON r."id" = s."receiving_offer_id"`;
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ count }] = await db.query<{ count: number }[]>(
    `SELECT count(*)::int AS "count" ${from} ${filtered}`,
    params,
  );
  if (query.after) {
    where.push(
      `(r."received_on", s."receiving_offer_id") < (${param(query.after.receivedOn)}::date, ${param(query.after.id)}::uuid)`,
    );
  }
  const keys = await db.query<{ id: string; receivedOn: string }[]>(
    `SELECT s."receiving_offer_id" AS "id", r."received_on"::text AS "receivedOn" ${from}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r."received_on" DESC, s."receiving_offer_id" DESC LIMIT ${param(query.first + 1)}`,
    params,
  );
  return { count, keys };
}
