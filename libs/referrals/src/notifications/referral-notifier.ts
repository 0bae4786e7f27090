import { Role } from '@kakehashi/authz';
import { NotifyUsersService } from '@kakehashi/notifications';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referrals/referral.entity';
import { ReferralAction, ReferralStatus } from '../referral-enums';
import {
  assignedText,
  forwardedText,
  possibleDuplicateForCenterText,
  possibleDuplicateForPartnerText,
  REFERRAL_SUBJECT,
  ReferralNotificationKind,
  statusChangeText,
  type NotificationText,
} from './referral-notification-texts';

export interface ReferralTransitionNotice {
  /** The referral after the transition. */
  referral: ReferralEntity;
  action: ReferralAction;
  reason: string | null;
  /** Not notified of what they did themselves; null for the system. */
  actorUserId: string | null;
}

/**
 * Who hears of a referral's moves, written in the caller's transaction (a rollback leaves no notification). Dedupe
 * keys name the referral, the action and the version it produced: a retried transition notifies once, a repeated one
 * (a second forward after a return, a re-assignment) notifies again.
 */
@Injectable()
export class ReferralNotifier {
  constructor(private readonly notifications: NotifyUsersService) {}

  async transitioned(tx: EntityManager, notice: ReferralTransitionNotice): Promise<void> {
    const { referral, action } = notice;
    const key = `referral:${referral.id}:${action}:v${referral.version}`;
    const officeName =
      action === ReferralAction.ASSIGNED ? await this.officeName(tx, referral.assignedOfficeId) : null;
    const partnerSide = (await this.partnerRecipients(tx, referral)).filter(
      (id) => id !== notice.actorUserId,
    );
    await this.send(tx, partnerSide, ReferralNotificationKind.STATUS_CHANGED, referral.id, key, () =>
      statusChangeText({
        clientName: referral.clientName,
        action,
        toStatus: referral.status,
        reason: notice.reason,
        outcome: referral.outcome,
        outcomeOn: referral.outcomeOn,
        assignedOfficeName: officeName,
      }),
    );

    if (referral.status === ReferralStatus.FORWARDED) {
      const partnerName = await this.partnerName(tx, referral);
      const coordinators = await this.coordinators(tx);
      await this.send(
        tx,
        coordinators,
        ReferralNotificationKind.FORWARDED,
        referral.id,
        `${key}:center`,
        () => forwardedText({ clientName: referral.clientName, partnerName }),
      );
      // The Center learns of a possible duplicate when the referral reaches it (before, it cannot open it).
      if (referral.possibleDuplicate) await this.duplicateToCenter(tx, referral, coordinators, partnerName);
    }
    if (action === ReferralAction.ASSIGNED && referral.assignedOfficeId) {
      const partnerName = await this.partnerName(tx, referral);
      await this.send(
        tx,
        await this.consultantsOf(tx, referral.assignedOfficeId),
        ReferralNotificationKind.ASSIGNED,
        referral.id,
        `${key}:office:${referral.assignedOfficeId}`,
        () => assignedText({ clientName: referral.clientName, partnerName }),
      );
    }
  }

  /**
   * A referral was found to resemble an open referral or offer: the partner (submitter and head office) hears it at
   * once; Center headquarters when the referral is (or, with a head office step, once it is) forwarded.
   */
  async possibleDuplicate(tx: EntityManager, referral: ReferralEntity): Promise<void> {
    await this.send(
      tx,
      await this.partnerRecipients(tx, referral),
      ReferralNotificationKind.POSSIBLE_DUPLICATE,
      referral.id,
      `referral:${referral.id}:possible-duplicate`,
      () => possibleDuplicateForPartnerText({ clientName: referral.clientName }),
    );
    if (referral.forwardedAt && referral.status !== ReferralStatus.DRAFT) {
      await this.duplicateToCenter(
        tx,
        referral,
        await this.coordinators(tx),
        await this.partnerName(tx, referral),
      );
    }
  }

  private duplicateToCenter(
    tx: EntityManager,
    referral: ReferralEntity,
    coordinators: string[],
    partnerName: string,
  ): Promise<void> {
    return this.send(
      tx,
      coordinators,
      ReferralNotificationKind.POSSIBLE_DUPLICATE,
      referral.id,
      `referral:${referral.id}:possible-duplicate`,
      () => possibleDuplicateForCenterText({ clientName: referral.clientName, partnerName }),
    );
  }

  private async send(
    tx: EntityManager,
    userIds: string[],
    kind: ReferralNotificationKind,
    referralId: string,
    dedupeKey: string,
    text: () => NotificationText,
  ): Promise<void> {
    if (!userIds.length) return;
    await this.notifications.notify(
      userIds,
      { kind, ...text(), subjectType: REFERRAL_SUBJECT, subjectId: referralId, dedupeKey },
      tx,
    );
  }

  /** The submitter and the institution's head office accounts (active ones). */
  private async partnerRecipients(tx: EntityManager, referral: ReferralEntity): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users"
        WHERE "is_active" AND ("id" = $1 OR ("role" = $2 AND "partner_institution_id" = $3))`,
      [referral.createdByUserId, Role.PARTNER_HQ, referral.institutionId],
    );
    return rows.map((row) => row.id);
  }

  private async coordinators(tx: EntityManager): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users" WHERE "is_active" AND "role" = $1`,
      [Role.HQ_COORDINATOR],
    );
    return rows.map((row) => row.id);
  }

  private async consultantsOf(tx: EntityManager, officeId: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users" WHERE "is_active" AND "role" = $1 AND "office_id" = $2`,
      [Role.CONSULTANT, officeId],
    );
    return rows.map((row) => row.id);
  }

  /** 「M銀行 新宿支店」, or the institution alone for its head office's referrals. */
  private async partnerName(tx: EntityManager, referral: ReferralEntity): Promise<string> {
    const [row] = await tx.query<{ institution: string; branch: string | null }[]>(
      `SELECT i."name" AS "institution", b."name" AS "branch"
         FROM "partner_institutions" i LEFT JOIN "partner_branches" b ON b."id" = $2
        WHERE i."id" = $1`,
      [referral.institutionId, referral.branchId],
    );
    return row ? [row.institution, row.branch].filter(Boolean).join(' ') : '提携機関';
  }

  private async officeName(tx: EntityManager, officeId: string | null): Promise<string | null> {
    if (!officeId) return null;
    const [row] = await tx.query<{ name: string }[]>(
      `SELECT "name_ja" AS "name" FROM "offices" WHERE "id" = $1`,
      [officeId],
    );
    return row?.name ?? null;
  }
}
