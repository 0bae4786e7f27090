import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { isCalendarDay } from '@kakehashi/calendar';
import { companyNameSearchKey, escapeLikePattern } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import type { ReferralFilter } from '../dtos/referrals.args';
import { mayReadReferral, referralVisibilitySql } from '../rules/referral-visibility';
import { ReferralTransactions } from './referral-transactions';

/** Keeps `IN (...)` well-formed when no id given is a UUID (matches nothing). */
const NO_ID = '00000000-0000-0000-0000-000000000000';
const BAD_CURSOR = 'ページ位置(カーソル)が正しくありません。';
const BAD_DAY = '存在しない日付です。';
/** CAST(timestamptz AS text), e.g. 2026-11-21 10:00:00.123456+09. */
const POSTGRES_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

/**
 * Reads referrals in the caller's database scope and visibility: one by id (not found when hidden, whatever the
 * reason) and pages newest first with an opaque (created_at, id) keyset cursor. A filter naming another partner's
 * institution, branch or anything malformed simply matches nothing.
 */
@Injectable()
export class ReferralQueryService {
  constructor(private readonly transactions: ReferralTransactions) {}

  async get(user: AuthUser, id: string): Promise<ReferralEntity> {
    if (!isUUID(id)) throw ReferralException.notFound(id);
    const referral = await this.transactions.run(user, (tx) => tx.findOne(ReferralEntity, { where: { id } }));
    if (!referral || !mayReadReferral(user, referral)) throw ReferralException.notFound(id);
    return referral;
  }

  async list(
    user: AuthUser,
    filter: ReferralFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ReferralEntity>> {
    const after = page.after ? this.decode(page.after) : null;
    checkDates(filter);
    return this.transactions.run(user, async (tx) => {
      const qb = filtered(tx, user, filter);
      const totalCount = await qb.getCount();
      if (after) {
        qb.andWhere('(r.created_at, r.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', after);
      }
      const { entities, raw } = await qb
        .addSelect('CAST(r.created_at AS text)', 'cursor_at')
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(page.first + 1)
        .getRawAndEntities<{ r_id: string; cursor_at: string }>();
      // The cursor keeps PostgreSQL's own text of created_at: microseconds survive (a Date would keep milliseconds).
      const cursorAt = new Map(raw.map((row) => [row.r_id, row.cursor_at]));
      return toConnection(entities, page.first, totalCount, (row) => [cursorAt.get(row.id) ?? '', row.id]);
    });
  }

  /**
   * The referrals a bulk action aims at, as the caller sees them (visibility and filter, or the ids given), newest
   * first, at most `limit` (one more is read so that the caller can tell there are too many).
   */
  async targets(
    user: AuthUser,
    aim: { filter: ReferralFilter } | { ids: readonly string[] },
    limit: number,
  ): Promise<Pick<ReferralEntity, 'id' | 'version' | 'clientName'>[]> {
    return this.transactions.run(user, (tx) => {
      const qb = tx.createQueryBuilder(ReferralEntity, 'r').select(['r.id', 'r.version', 'r.clientName']);
      const visibility = referralVisibilitySql(user);
      qb.where(`(${visibility.sql})`, visibility.params);
      if ('filter' in aim) applyFilter(qb, aim.filter);
      else qb.andWhere('r.id IN (:...ids)', { ids: aim.ids.filter((id) => isUUID(id)).concat(NO_ID) });
      return qb
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(limit + 1)
        .getMany();
    });
  }

  /**
   * Every referral of the list under the same filter and in the same order (newest first), up to `limit`, each with
   * its branch's name: what an export writes. Runs in the caller's database scope like the list.
   */
  async listAll(
    user: AuthUser,
    filter: ReferralFilter | null | undefined,
    limit: number,
  ): Promise<{ referral: ReferralEntity; branchName: string | null }[]> {
    checkDates(filter);
    return this.transactions.run(user, async (tx) => {
      const { entities, raw } = await filtered(tx, user, filter)
        .leftJoin('partner_branches', 'b', 'b.id = r.branch_id')
        .addSelect('b.name', 'branch_name')
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(limit)
        .getRawAndEntities<{ r_id: string; branch_name: string | null }>();
      const names = new Map(raw.map((row) => [row.r_id, row.branch_name]));
      return entities.map((referral) => ({ referral, branchName: names.get(referral.id) ?? null }));
    });
  }

  private decode(cursor: string): { afterAt: string; afterId: string } {
    const [afterAt, afterId] = decodeCursor(cursor, 2);
    if (
      typeof afterAt !== 'string' ||
      typeof afterId !== 'string' ||
      !isUUID(afterId) ||
      !POSTGRES_TIMESTAMPTZ.test(afterAt)
    ) {
      throw new BadUserInputError([{ field: 'after', message: BAD_CURSOR }]);
    }
    return { afterAt, afterId };
  }
}

/** The caller's visible referrals under the filter, as a query to page or export. */
function filtered(
  tx: EntityManager,
  user: AuthUser,
  filter: ReferralFilter | null | undefined,
): SelectQueryBuilder<ReferralEntity> {
  const qb = tx.createQueryBuilder(ReferralEntity, 'r');
  const visibility = referralVisibilitySql(user);
  qb.where(`(${visibility.sql})`, visibility.params);
  applyFilter(qb, filter ?? {});
  return qb;
}

/** The decorators check the form; a day that does not exist (2027-02-30) is refused here, at its field. */
function checkDates(filter: ReferralFilter | null | undefined): void {
  const fields = (['createdFrom', 'createdTo'] as const)
    .filter((key) => filter?.[key] && !isCalendarDay(filter[key]))
    .map((key) => ({ field: `filter.${key}`, message: BAD_DAY }));
  if (fields.length) throw new BadUserInputError(fields);
}

function applyFilter(qb: SelectQueryBuilder<ReferralEntity>, filter: ReferralFilter): void {
  if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.need) qb.andWhere('r.need = :need', { need: filter.need });
  if (typeof filter.possibleDuplicate === 'boolean') {
    qb.andWhere('r.possible_duplicate = :possibleDuplicate', { possibleDuplicate: filter.possibleDuplicate });
  }
  idFilter(qb, 'r.institution_id', 'institutionId', filter.institutionId);
  idFilter(qb, 'r.branch_id', 'branchId', filter.branchId);
  idFilter(qb, 'r.assigned_office_id', 'assignedOfficeId', filter.assignedOfficeId);
  if (filter.assignedToAnOffice) qb.andWhere('r.assigned_office_id IS NOT NULL');
  idFilter(qb, 'r.import_id', 'importId', filter.importId);
  // Days in Japan: from the start of `createdFrom` to the end of `createdTo`, whatever the server's time zone.
  if (filter.createdFrom) {
    qb.andWhere(`r.created_at >= (CAST(:createdFrom AS date) + time '00:00') AT TIME ZONE 'Asia/Tokyo'`, {
      createdFrom: filter.createdFrom,
    });
  }
  if (filter.createdTo) {
    qb.andWhere(`r.created_at < (CAST(:createdTo AS date) + 1 + time '00:00') AT TIME ZONE 'Asia/Tokyo'`, {
      createdTo: filter.createdTo,
    });
  }
  const key = filter.clientName ? companyNameSearchKey(filter.clientName) : '';
  if (key) {
    qb.andWhere('r.client_name_search_key LIKE :clientKey', { clientKey: `%${escapeLikePattern(key)}%` });
  }
}

function idFilter(
  qb: SelectQueryBuilder<ReferralEntity>,
  column: string,
  name: string,
  value?: string | null,
) {
  if (value === undefined || value === null) return;
  if (!isUUID(value)) qb.andWhere('false');
  else qb.andWhere(`${column} = :${name}`, { [name]: value });
}
