// The board's SQL: the exact count of every stage, and the first `perStage` cards of each as summaries with their
// offers' companies. Set-based whatever the board's size; the cards are read as the few columns a summary has (not
// whole case rows with their stage records) and mapped straight to the model.
import type { Repository } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';
import { toCaseSummaryModel, type CaseSummaryModel } from '../cases/case.model';
import type { CaseStage } from '../workflow/case-stage';
import { applyCaseQuery, type CaseQuery } from './case-filter';
import { orderSql, type CaseSort } from './case-sort';

export async function countByStage(
  cases: Repository<CaseEntity>,
  query: CaseQuery,
): Promise<Map<CaseStage, number>> {
  const qb = cases
    .createQueryBuilder('c')
    .select('"c"."stage"', 'stage')
    .addSelect('CAST(COUNT(*) AS integer)', 'count')
    .groupBy('"c"."stage"');
  applyCaseQuery(qb, query);
  const rows = await qb.getRawMany<{ stage: CaseStage; count: number }>();
  return new Map(rows.map((row) => [row.stage, Number(row.count)]));
}

/** A card as the board's query reads it. */
interface CardRow {
  id: string;
  number: number;
  move_type: CaseEntity['moveType'];
  stage: CaseStage;
  stage_entered_at: Date;
  sending_offer_id: string;
  receiving_offer_id: string;
  sending_office_id: string;
  receiving_office_id: string;
  sending_consultant_id: string | null;
  receiving_consultant_id: string | null;
  people_planned: number;
  people_established: number;
  established_on: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  sending_company_id: string;
  receiving_company_id: string;
}

const CARD_COLUMNS = [
  'id',
  'number',
  'move_type',
  'stage',
  'stage_entered_at',
  'sending_offer_id',
  'receiving_offer_id',
  'sending_office_id',
  'receiving_office_id',
  'sending_consultant_id',
  'receiving_consultant_id',
  'people_planned',
  'people_established',
  'version',
  'created_at',
  'updated_at',
] as const;

/**
 * The first `perStage` cases of every stage in the sort order, in one query: the window ranks the matching cases,
 * and only the kept ones are joined to their offers for the companies the cards show.
 */
export async function firstOfEachStage(
  cases: Repository<CaseEntity>,
  query: CaseQuery,
  sort: CaseSort,
  perStage: number,
): Promise<CaseSummaryModel[]> {
  const ranked = cases.createQueryBuilder('c').select([]);
  for (const column of CARD_COLUMNS) ranked.addSelect(`"c"."${column}"`, column);
  // A date column travels as its YYYY-MM-DD text, as the entity reads it.
  ranked.addSelect('CAST("c"."established_on" AS text)', 'established_on');
  ranked.addSelect(
    `CAST(ROW_NUMBER() OVER (PARTITION BY "c"."stage" ORDER BY ${orderSql(sort, 'c')}) AS integer)`,
    'position',
  );
  applyCaseQuery(ranked, query);
  const rows = await cases.manager
    .createQueryBuilder()
    .select('"r".*')
    .addSelect('"so"."company_id"', 'sending_company_id')
    .addSelect('"ro"."company_id"', 'receiving_company_id')
    .from(`(${ranked.getQuery()})`, 'r')
    .innerJoin('sending_offers', 'so', '"so"."id" = "r"."sending_offer_id"')
    .innerJoin('receiving_offers', 'ro', '"ro"."id" = "r"."receiving_offer_id"')
    .where('"r"."position" <= :perStage')
    .orderBy('"r"."stage"')
    .addOrderBy('"r"."position"')
    .setParameters({ ...ranked.getParameters(), perStage })
    .getRawMany<CardRow>();
  return rows.map(toCard);
}

function toCard(row: CardRow): CaseSummaryModel {
  return {
    ...toCaseSummaryModel({
      id: row.id,
      number: row.number,
      moveType: row.move_type,
      stage: row.stage,
      stageEnteredAt: row.stage_entered_at,
      sendingOfferId: row.sending_offer_id,
      receivingOfferId: row.receiving_offer_id,
      sendingOfficeId: row.sending_office_id,
      receivingOfficeId: row.receiving_office_id,
      sendingConsultantId: row.sending_consultant_id,
      receivingConsultantId: row.receiving_consultant_id,
      peoplePlanned: row.people_planned,
      peopleEstablished: row.people_established,
      establishedOn: row.established_on,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
    sendingCompanyId: row.sending_company_id,
    receivingCompanyId: row.receiving_company_id,
  };
}
