import { NotifyUsersService } from '@kakehashi/notifications';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referrals/referral.entity';
import { ReferralAction, ReferralStatus } from '../referral-enums';
import {
  consultantIdsOf,
  coordinatorIds,
  officeNameOf,
  partnerNamesOf,
  partnerRecipientIds,
} from './notifications.queries';
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
    const partnerSide = (await partnerRecipientIds(tx, referral)).filter((id) => id !== notice.actorUserId);
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
      const coordinators = await coordinatorIds(tx);
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
        await consultantIdsOf(tx, referral.assignedOfficeId),
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
      await partnerRecipientIds(tx, referral),
      ReferralNotificationKind.POSSIBLE_DUPLICATE,
      referral.id,
      `referral:${referral.id}:possible-duplicate`,
      () => possibleDuplicateForPartnerText({ clientName: referral.clientName }),
    );
    if (referral.forwardedAt && referral.status !== ReferralStatus.DRAFT) {
      await this.duplicateToCenter(
        tx,
        referral,
        await coordinatorIds(tx),
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

  /** 「M銀行 新宿支店」, or the institution alone for its head office's referrals. */
  private async partnerName(tx: EntityManager, referral: ReferralEntity): Promise<string> {
    const row = await partnerNamesOf(tx, referral);
    return row ? [row.institution, row.branch].filter(Boolean).join(' ') : '提携機関';
  }

  private async officeName(tx: EntityManager, officeId: string | null): Promise<string | null> {
    if (!officeId) return null;
    return officeNameOf(tx, officeId);
  }
}
