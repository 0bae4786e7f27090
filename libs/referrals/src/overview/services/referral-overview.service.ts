import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ReferralEventEntity } from '../../referrals/referral-event.entity';
import { ReferralEntity } from '../../referrals/referral.entity';
import { ReferralStatus } from '../../referral-enums';
import { referralVisibilitySql } from '../../referrals/rules/referral-visibility';
import { ReferralTransactions } from '../../referrals/services/referral-transactions';
import { advanceSeenMarker, transactionNow } from '../overview.queries';
import { ReferralSeenMarkerEntity } from '../referral-seen-marker.entity';

export interface StatusCount {
  status: ReferralStatus;
  count: number;
}

export interface ReferralChange {
  referral: ReferralEntity;
  event: ReferralEventEntity;
}

export interface ReferralChanges {
  since: Date | null;
  asOf: Date;
  totalCount: number;
  changes: ReferralChange[];
}

/**
 * The partner home's overview of the referrals a caller may read (the same visibility as the list): how many stand in
 * each status, and which changed status since the caller last looked — by someone else (the caller's own steps are
 * no news to them), newest first. "Last looked" is a per-user marker the home moves on once it has shown them.
 */
@Injectable()
export class ReferralOverviewService {
  constructor(private readonly transactions: ReferralTransactions) {}

  /** Every status, in the path's order, with its count (0 included). */
  statusCounts(user: AuthUser): Promise<StatusCount[]> {
    return this.transactions.run(user, async (tx) => {
      const visibility = referralVisibilitySql(user);
      const rows = await tx
        .createQueryBuilder(ReferralEntity, 'r')
        .select('r.status', 'status')
        .addSelect('COUNT(*)::int', 'count')
        .where(`(${visibility.sql})`, visibility.params)
        .groupBy('r.status')
        .getRawMany<{ status: ReferralStatus; count: number }>();
      const byStatus = new Map(rows.map((row) => [row.status, row.count]));
      return Object.values(ReferralStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
    });
  }

  changes(user: AuthUser, first: number): Promise<ReferralChanges> {
    return this.transactions.run(user, async (tx) => {
      const asOf = await transactionNow(tx);
      const marker = await tx.findOne(ReferralSeenMarkerEntity, { where: { userId: user.id } });
      const since = marker?.seenAt ?? null;
      const visibility = referralVisibilitySql(user);
      const qb = tx
        .createQueryBuilder(ReferralEventEntity, 'e')
        .innerJoin(ReferralEntity, 'r', 'r.id = e.referral_id')
        .where(`(${visibility.sql})`, visibility.params)
        .andWhere('e.from_status IS DISTINCT FROM e.to_status')
        .andWhere('e.actor_user_id IS DISTINCT FROM :me', { me: user.id })
        .andWhere('e.occurred_at <= :asOf', { asOf });
      if (since) qb.andWhere('e.occurred_at > :since', { since });
      const totalCount = await qb.getCount();
      const events = await qb
        .orderBy('e.occurred_at', 'DESC')
        .addOrderBy('e.id', 'DESC')
        .limit(first)
        .getMany();
      const ids = [...new Set(events.map((event) => event.referralId))];
      const referrals = ids.length ? await tx.find(ReferralEntity, { where: { id: In(ids) } }) : [];
      const byId = new Map(referrals.map((referral) => [referral.id, referral]));
      const changes = events.flatMap((event) => {
        const referral = byId.get(event.referralId);
        return referral ? [{ referral, event }] : [];
      });
      return { since, asOf, totalCount, changes };
    });
  }

  /**
   * Moves the caller's marker on to `seenAt` (the `asOf` of the changes shown): never back, never past now, so a
   * late or forged call can neither bring old changes back nor hide changes yet to come.
   */
  markSeen(user: AuthUser, seenAt: Date): Promise<Date> {
    return this.transactions.run(user, (tx) => advanceSeenMarker(tx, user.id, seenAt));
  }
}
