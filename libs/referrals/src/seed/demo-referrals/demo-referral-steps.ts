// The steps of the demo referrals, by who takes them: the partner's branch or head office, Center headquarters, the
// consultant of the assigned office.
import { ReferralAction, type ReferralOutcome } from '../../referral-enums';
import { CENTER_HQ, TOKYO_CONSULTANT } from './demo-referral-refs';
import type { DemoOfferRef, DemoReferralStep } from './demo-referral-scenario';

export const submitted = (at: Date, by: string): DemoReferralStep => ({
  action: ReferralAction.SUBMITTED,
  at,
  by,
});

/** トスアップ: the partner's head office sends it on to the Center. */
export const forwarded = (at: Date, by: string): DemoReferralStep => ({
  action: ReferralAction.FORWARDED,
  at,
  by,
});

export const accepted = (at: Date): DemoReferralStep => ({
  action: ReferralAction.ACCEPTED,
  at,
  by: CENTER_HQ,
});

export const returned = (at: Date, reason: string): DemoReferralStep => ({
  action: ReferralAction.RETURNED,
  at,
  by: CENTER_HQ,
  reason,
});

export const assigned = (at: Date, officeCode: string): DemoReferralStep => ({
  action: ReferralAction.ASSIGNED,
  at,
  by: CENTER_HQ,
  officeCode,
});

/** The Tokyo consultant links a surplus referral to the sending offer it became. */
export const convertedToSending = (at: Date, sending: DemoOfferRef): DemoReferralStep => ({
  action: ReferralAction.CONVERTED,
  at,
  by: TOKYO_CONSULTANT,
  sending,
});

/** The Tokyo consultant reports how the case made from it ended. */
export const outcomeOfCase = (outcome: ReferralOutcome, comment: string): DemoReferralStep => ({
  action: ReferralAction.OUTCOME_REPORTED,
  by: TOKYO_CONSULTANT,
  outcome,
  comment,
});
