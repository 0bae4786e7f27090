import type { AuthUser } from '@kakehashi/authz';
import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ReferralDuplicateEntity } from '../duplicates/referral-duplicate.entity';
import { ReferralEventEntity } from './referral-event.entity';
import { ReferralNoteEntity } from './referral-note.entity';
import { partnerNamesByIds, userNamesByIds } from './referrals.queries';
import { ReferralTransactions } from './services/referral-transactions';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * The relations of a page of referrals, one query per kind and request. The referral tables are read in the
 * viewer's database scope, like everything else here; the ids come from referrals the viewer was allowed to read.
 */
@Injectable()
export class ReferralLoaders {
  constructor(
    private readonly transactions: ReferralTransactions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Oldest first. */
  eventsOf(loaders: RequestLoaders, viewer: AuthUser): DataLoader<string, ReferralEventEntity[]> {
    return loaders.get<string, ReferralEventEntity[]>(`referrals.events:${viewer.id}`, (ids) =>
      this.transactions.run(viewer, async (tx) => {
        const rows = await tx.find(ReferralEventEntity, {
          where: { referralId: In([...ids]) },
          order: { occurredAt: 'ASC', id: 'ASC' },
        });
        return groupBy(ids, rows, (row) => row.referralId);
      }),
    );
  }

  /** Newest first; Center viewers only (the policy shows a partner none). */
  notesOf(loaders: RequestLoaders, viewer: AuthUser): DataLoader<string, ReferralNoteEntity[]> {
    return loaders.get<string, ReferralNoteEntity[]>(`referrals.notes:${viewer.id}`, (ids) =>
      this.transactions.run(viewer, async (tx) => {
        const rows = await tx.find(ReferralNoteEntity, {
          where: { referralId: In([...ids]) },
          order: { createdAt: 'DESC', id: 'DESC' },
        });
        return groupBy(ids, rows, (row) => row.referralId);
      }),
    );
  }

  /**
   * One row per referral and target (a resubmitted referral finds the same targets again), earliest first; Center
   * viewers only.
   */
  duplicatesOf(loaders: RequestLoaders, viewer: AuthUser): DataLoader<string, ReferralDuplicateEntity[]> {
    return loaders.get<string, ReferralDuplicateEntity[]>(`referrals.duplicates:${viewer.id}`, (ids) =>
      this.transactions.run(viewer, async (tx) => {
        const rows = await tx
          .createQueryBuilder(ReferralDuplicateEntity, 'd')
          .distinctOn([
            'd.referral_id',
            'd.duplicate_referral_id',
            'd.duplicate_sending_offer_id',
            'd.duplicate_receiving_offer_id',
          ])
          .where('d.referral_id IN (:...ids)', { ids: [...ids] })
          .orderBy('d.referral_id')
          .addOrderBy('d.duplicate_referral_id')
          .addOrderBy('d.duplicate_sending_offer_id')
          .addOrderBy('d.duplicate_receiving_offer_id')
          .addOrderBy('d.found_at', 'ASC')
          .getMany();
        rows.sort((a, b) => a.foundAt.getTime() - b.foundAt.getTime() || a.id.localeCompare(b.id));
        return groupBy(ids, rows, (row) => row.referralId);
      }),
    );
  }

  /** Users' display names (partner and Center accounts; the users table is not a referral table). */
  userNames(loaders: RequestLoaders): DataLoader<string, string | null> {
    return loaders.get<string, string | null>('referrals.userNames', async (ids) => {
      const rows = await userNamesByIds(this.dataSource, ids);
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    });
  }

  /** Institution and branch names by id. */
  partnerNames(loaders: RequestLoaders): DataLoader<string, string | null> {
    return loaders.get<string, string | null>('referrals.partnerNames', async (ids) => {
      const rows = await partnerNamesByIds(this.dataSource, ids);
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    });
  }
}
