import type { Role } from '@kakehashi/authz';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import {
  REFERRAL_COORDINATORS,
  REFERRAL_FORWARDERS,
  REFERRAL_PARTNERS,
  REFERRAL_WORKERS,
} from '../../referrals-roles';

// The referral flow as data: which action may start from which status, where it leads, who may take it and which
// timestamp it sets. The command runner enforces it; the unit spec walks it.

export type ReferralCommandAction = Exclude<ReferralAction, ReferralAction.CREATED | ReferralAction.IMPORTED>;

export interface ReferralTransition {
  from: readonly ReferralStatus[];
  /** null: the status stays (an edit). */
  to: ReferralStatus | null;
  /** Who may take it; null (AUTO_FORWARDED) is the system alone. */
  roles: readonly Role[] | null;
  /** The operation in Japanese, for refusals (「…はできません」). */
  label: string;
}

/** Every status before the consultant has taken it up: the partner may still withdraw. */
const WITHDRAWABLE = [
  ReferralStatus.DRAFT,
  ReferralStatus.SUBMITTED,
  ReferralStatus.FORWARDED,
  ReferralStatus.ACCEPTED,
  ReferralStatus.RETURNED,
  ReferralStatus.ASSIGNED,
] as const;

export const REFERRAL_TRANSITIONS: Record<ReferralCommandAction, ReferralTransition> = {
  [ReferralAction.UPDATED]: {
    from: [ReferralStatus.DRAFT, ReferralStatus.RETURNED],
    to: null,
    roles: REFERRAL_PARTNERS,
    label: '内容の修正',
  },
  [ReferralAction.SUBMITTED]: {
    from: [ReferralStatus.DRAFT, ReferralStatus.RETURNED],
    to: ReferralStatus.SUBMITTED,
    roles: REFERRAL_PARTNERS,
    label: '提出',
  },
  [ReferralAction.FORWARDED]: {
    from: [ReferralStatus.SUBMITTED],
    to: ReferralStatus.FORWARDED,
    roles: REFERRAL_FORWARDERS,
    label: 'センターへの送付',
  },
  [ReferralAction.AUTO_FORWARDED]: {
    from: [ReferralStatus.SUBMITTED],
    to: ReferralStatus.FORWARDED,
    roles: null,
    label: 'センターへの自動送付',
  },
  [ReferralAction.ACCEPTED]: {
    from: [ReferralStatus.FORWARDED],
    to: ReferralStatus.ACCEPTED,
    roles: REFERRAL_COORDINATORS,
    label: '受付',
  },
  [ReferralAction.RETURNED]: {
    from: [ReferralStatus.FORWARDED],
    to: ReferralStatus.RETURNED,
    roles: REFERRAL_COORDINATORS,
    label: '差戻し',
  },
  [ReferralAction.ASSIGNED]: {
    from: [ReferralStatus.ACCEPTED, ReferralStatus.ASSIGNED],
    to: ReferralStatus.ASSIGNED,
    roles: REFERRAL_COORDINATORS,
    label: '担当事務所の決定',
  },
  [ReferralAction.CONVERTED]: {
    from: [ReferralStatus.ASSIGNED],
    to: ReferralStatus.CONVERTED,
    roles: REFERRAL_WORKERS,
    label: '企業・求人情報との紐付け',
  },
  [ReferralAction.OUTCOME_REPORTED]: {
    from: [ReferralStatus.CONVERTED],
    to: ReferralStatus.CLOSED,
    roles: REFERRAL_WORKERS,
    label: '結果の報告',
  },
  [ReferralAction.WITHDRAWN]: {
    from: WITHDRAWABLE,
    to: ReferralStatus.CLOSED,
    roles: REFERRAL_PARTNERS,
    label: '取下げ',
  },
};

/** Where `action` leads from `status`, or null when the flow does not allow it there. */
export function transitionTarget(
  action: ReferralCommandAction,
  status: ReferralStatus,
): ReferralStatus | null {
  const transition = REFERRAL_TRANSITIONS[action];
  if (!transition.from.includes(status)) return null;
  return transition.to ?? status;
}

/** Whether `role` may take `action` at all (the referral's scope is checked separately). */
export function roleMayTake(action: ReferralCommandAction, role: Role | null): boolean {
  const roles = REFERRAL_TRANSITIONS[action].roles;
  return roles === null ? role === null : role !== null && roles.includes(role);
}

/** The timestamp column entering `status` sets (DRAFT has none: it is the creation). */
export const STATUS_TIMESTAMP: Record<
  Exclude<ReferralStatus, ReferralStatus.DRAFT>,
  'submittedAt' | 'forwardedAt' | 'acceptedAt' | 'returnedAt' | 'assignedAt' | 'convertedAt' | 'closedAt'
> = {
  [ReferralStatus.SUBMITTED]: 'submittedAt',
  [ReferralStatus.FORWARDED]: 'forwardedAt',
  [ReferralStatus.ACCEPTED]: 'acceptedAt',
  [ReferralStatus.RETURNED]: 'returnedAt',
  [ReferralStatus.ASSIGNED]: 'assignedAt',
  [ReferralStatus.CONVERTED]: 'convertedAt',
  [ReferralStatus.CLOSED]: 'closedAt',
};
