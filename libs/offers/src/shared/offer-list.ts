// Listing shared by both kinds of offer: newest received first, then id (a stable keyset, so cursors never skip or
// repeat an offer while others are added), and the filters they have in common.
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { normalizeText } from '@kakehashi/text';
import { isUUID } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OfferException } from '../offer.exception';
import { parseCalendarDate } from '@kakehashi/calendar';
import type { MoveType, OfferStatus } from './offer-enums';
import { normalizePrefectureCode } from './offer-field-rules';

export interface OfferFilter {
  status?: OfferStatus | null;
  owningOfficeId?: string | null;
  /** Sending: the company's prefecture; receiving: the workplace's. */
  prefectureCode?: string | null;
  /** The company's JSIC major group. */
  jsicMajorCode?: string | null;
  occupationCode?: string | null;
  moveType?: MoveType | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  companyId?: string | null;
}

export interface OfferPage {
  first: number;
  after?: string | null;
}

/** Filters every offer table has; `o` is the offer, the company is joined as `c` when a filter needs it. */
export function applyCommonOfferFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: OfferFilter,
): void {
  const problems: { field: string; message: string }[] = [];
  if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
  if (filter.owningOfficeId) {
    if (!isUUID(filter.owningOfficeId))
      problems.push({ field: 'filter.owningOfficeId', message: '担当事務所の指定が正しくありません。' });
    else qb.andWhere('o.owningOfficeId = :owningOfficeId', { owningOfficeId: filter.owningOfficeId });
  }
  if (filter.companyId) {
    if (!isUUID(filter.companyId))
      problems.push({ field: 'filter.companyId', message: '企業の指定が正しくありません。' });
    else qb.andWhere('o.companyId = :companyId', { companyId: filter.companyId });
  }
  if (filter.jsicMajorCode) {
    qb.andWhere('c.jsicMajorCode = :jsicMajorCode', {
      jsicMajorCode: normalizeText(filter.jsicMajorCode).toUpperCase(),
    });
  }
  if (filter.occupationCode) {
    qb.andWhere('o.occupationCode = :occupationCode', {
      occupationCode: normalizeText(filter.occupationCode).toUpperCase(),
    });
  }
  for (const [field, bound, op] of [
    ['receivedFrom', filter.receivedFrom, '>='],
    ['receivedTo', filter.receivedTo, '<='],
  ] as const) {
    if (!bound) continue;
    const date = parseCalendarDate(bound);
    if (!date)
      problems.push({
        field: `filter.${field}`,
        message: '受付日は「2026-04-01」の形式で入力してください。',
      });
    else qb.andWhere(`o.receivedOn ${op} :${field}`, { [field]: date });
  }
  if (problems.length) throw OfferException.invalidInput(problems);
}

export function prefectureParam(code: string): string {
  return normalizePrefectureCode(code);
}

/**
 * One page, newest received first, with the count of the whole filter. The count rides in the page's query as a
 * scalar subquery of the same filter (taken before the cursor narrows it): one round trip, each part planned on its
 * own (the page stops at its limit, the count needs no row's columns). Only an empty page after a cursor asks again.
 */
export async function offerPage<T extends ObjectLiteral & { id: string; receivedOn: string }>(
  qb: SelectQueryBuilder<T>,
  page: OfferPage,
): Promise<Connection<T>> {
  // A filter joins at most the offer's one company, so counting rows counts offers.
  const count = qb.clone().select('CAST(COUNT(*) AS integer)', 'count');
  if (page.after) {
    const [receivedOn, id] = decodeCursor(page.after, 2);
    if (
      typeof receivedOn !== 'string' ||
      !parseCalendarDate(receivedOn) ||
      typeof id !== 'string' ||
      !isUUID(id)
    ) {
      throw new BadUserInputError([{ field: 'after', message: 'ページ位置(カーソル)が正しくありません。' }]);
    }
    qb.andWhere('(o.receivedOn, o.id) < (CAST(:afterReceivedOn AS date), CAST(:afterId AS uuid))', {
      afterReceivedOn: receivedOn,
      afterId: id,
    });
  }
  const { entities, raw } = await qb
    .addSelect(`(${count.getQuery()})`, 'offer_total_count')
    .orderBy('o.receivedOn', 'DESC')
    .addOrderBy('o.id', 'DESC')
    .take(page.first + 1)
    .getRawAndEntities<{ offer_total_count: number }>();
  const totalCount = raw.length
    ? Number(raw[0].offer_total_count)
    : page.after
      ? Number((await count.getRawOne<{ count: number }>())?.count ?? 0)
      : 0;
  return toConnection(entities, page.first, totalCount, (row) => [row.receivedOn, row.id]);
}
