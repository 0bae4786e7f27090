// Who heard of each demo referral's moves, as ReferralNotifier tells them, delivered at the moment of the move: the
// partner (the submitter and the head office, never of what they did themselves), Center headquarters when a
// referral reaches it (and of a possible duplicate), the consultants of the office it is assigned to. What is older
// than four days has been read; the recent ones are waiting.
import { Role, type AuthUser } from '@kakehashi/authz';
import { deliverDatedNotification, type DatedDelivery } from '@kakehashi/notifications';
import type { EntityManager } from 'typeorm';
import {
  assignedText,
  forwardedText,
  possibleDuplicateForCenterText,
  possibleDuplicateForPartnerText,
  REFERRAL_SUBJECT,
  ReferralNotificationKind,
  statusChangeText,
  type NotificationText,
} from '../../notifications/referral-notification-texts';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import type { DemoReferral, DemoReferralMove, DemoReferralRows } from './demo-referral-replay';

export interface DemoNoticeFacts {
  users: AuthUser[];
  /** Institution and branch names, by id. */
  partnerNames: Map<string, string>;
  officeNames: Map<string, string>;
  now: Date;
}

const READ_AFTER_MS = 4 * 24 * 3600 * 1000;

export async function deliverDemoReferralNotices(
  tx: EntityManager,
  rows: DemoReferralRows,
  flagged: boolean,
  facts: DemoNoticeFacts,
): Promise<void> {
  const send = (
    userIds: string[],
    kind: ReferralNotificationKind,
    key: string,
    text: NotificationText,
    at: Date,
  ) =>
    deliverDatedNotification(
      tx,
      userIds.map((userId): DatedDelivery => ({ userId, readAt: readAt(at, facts.now) })),
      { kind, ...text, subjectType: REFERRAL_SUBJECT, subjectId: rows.referral.id, dedupeKey: key },
      at,
    );
  for (const move of rows.moves) {
    const r = move.referral;
    const key = `referral:${r.id}:${move.action}:v${r.version}`;
    const partnerSide = partnerRecipients(facts, r);
    const officeName = r.assignedOfficeId ? (facts.officeNames.get(r.assignedOfficeId) ?? null) : null;
    await send(
      partnerSide.filter((id) => id !== move.actorUserId),
      ReferralNotificationKind.STATUS_CHANGED,
      key,
      statusChangeText({
        clientName: r.clientName,
        action: move.action,
        toStatus: r.status,
        reason: move.reason,
        outcome: r.outcome,
        outcomeOn: r.outcomeOn,
        assignedOfficeName: move.action === ReferralAction.ASSIGNED ? officeName : null,
      }),
      move.at,
    );
    await centerNotices(send, facts, move, key, flagged);
    if (move.action === ReferralAction.SUBMITTED && flagged) {
      const text = possibleDuplicateForPartnerText({ clientName: r.clientName });
      await send(partnerSide, ReferralNotificationKind.POSSIBLE_DUPLICATE, duplicateKey(r), text, move.at);
    }
  }
}

type Send = (
  userIds: string[],
  kind: ReferralNotificationKind,
  key: string,
  text: NotificationText,
  at: Date,
) => Promise<number>;

/** Headquarters hears of a referral reaching it (and of its possible duplicate); an office of its assignment. */
async function centerNotices(
  send: Send,
  facts: DemoNoticeFacts,
  move: DemoReferralMove,
  key: string,
  flagged: boolean,
): Promise<void> {
  const r = move.referral;
  const partnerName = [
    facts.partnerNames.get(r.institutionId),
    r.branchId && facts.partnerNames.get(r.branchId),
  ]
    .filter(Boolean)
    .join(' ');
  if (r.status === ReferralStatus.FORWARDED) {
    const coordinators = usersWith(facts, (u) => u.role === Role.HQ_COORDINATOR);
    const text = forwardedText({ clientName: r.clientName, partnerName });
    await send(coordinators, ReferralNotificationKind.FORWARDED, `${key}:center`, text, move.at);
    if (flagged) {
      const duplicate = possibleDuplicateForCenterText({ clientName: r.clientName, partnerName });
      await send(
        coordinators,
        ReferralNotificationKind.POSSIBLE_DUPLICATE,
        duplicateKey(r),
        duplicate,
        move.at,
      );
    }
  }
  if (move.action === ReferralAction.ASSIGNED && r.assignedOfficeId) {
    const office = r.assignedOfficeId;
    const consultants = usersWith(facts, (u) => u.role === Role.CONSULTANT && u.officeId === office);
    const text = assignedText({ clientName: r.clientName, partnerName });
    await send(consultants, ReferralNotificationKind.ASSIGNED, `${key}:office:${office}`, text, move.at);
  }
}

const duplicateKey = (r: DemoReferral): string => `referral:${r.id}:possible-duplicate`;

/** The submitter and the institution's head office accounts. */
function partnerRecipients(facts: DemoNoticeFacts, r: DemoReferral): string[] {
  return usersWith(
    facts,
    (u) =>
      u.id === r.createdByUserId ||
      (u.role === Role.PARTNER_HQ && u.partnerInstitutionId === r.institutionId),
  );
}

function usersWith(facts: DemoNoticeFacts, test: (user: AuthUser) => boolean): string[] {
  return facts.users.filter(test).map((u) => u.id);
}

function readAt(at: Date, now: Date): Date | null {
  return now.getTime() - at.getTime() > READ_AFTER_MS ? new Date(at.getTime() + 3 * 3600 * 1000) : null;
}
