// The demo partners' referrals as scenarios: who wrote each one when, what it says, and every step it went through
// (submitted, forwarded, accepted or returned, assigned, converted, its outcome), dated relative to the day the demo
// data is loaded. The replay (demo-referral-replay.ts) walks each step through the referral flow's own rules, so a
// scenario that breaks one fails the seed instead of storing a referral no user could have made.
import type { DemoClock } from '@kakehashi/database';
import type { ReferralAction, ReferralOutcome } from '../../referral-enums';
import type { ReferralContentInput } from '../../referrals/rules/referral-content';

/** An offer of the demo data: its company's corporate number and its job title (demo/office-*-offers.csv). */
export interface DemoOfferRef {
  corporateNumber: string;
  jobTitle: string;
}

interface Step {
  at: Date;
  /** E-mail of the demo user who did it (prisma/seed/demo/users.csv). */
  by: string;
}

export type DemoReferralStep =
  | (Step &
      (
        | { action: ReferralAction.SUBMITTED }
        | { action: ReferralAction.FORWARDED }
        | { action: ReferralAction.ACCEPTED }
        | { action: ReferralAction.RETURNED; reason: string }
        /** To the regional office with this code (offices.csv). */
        | { action: ReferralAction.ASSIGNED; officeCode: string }
        /** Linked to the offers it became (of the referred company). */
        | { action: ReferralAction.CONVERTED; sending?: DemoOfferRef; receiving?: DemoOfferRef }
      ))
  /**
   * How it ended, as the demo case made from the referral's offers ended: on the day it was established, reported
   * the next day. `{case}` in the comment is replaced by the case's number.
   */
  | { action: ReferralAction.OUTCOME_REPORTED; by: string; outcome: ReferralOutcome; comment: string };

export interface DemoReferralScenario {
  /** Fixed, so that loading the demo data again finds the referral whatever was done with it since. */
  id: string;
  /** For messages: which scenario broke a rule. */
  title: string;
  /** The partner user who wrote it: a branch account's referral is its branch's, a head office's belongs to none. */
  createdBy: string;
  createdAt: Date;
  /** As the partner typed it into the form (the replay checks it as CreateReferralService does). */
  content: ReferralContentInput;
  steps: DemoReferralStep[];
  /** The scenario whose referral this one must be found to duplicate when it is submitted. */
  duplicateOf?: string;
}

/** Days and moments for the scenarios. */
export class DemoReferralContext {
  constructor(readonly clock: DemoClock) {}

  get today(): string {
    return this.clock.today;
  }

  /** The day `days` before today. */
  ago(days: number): string {
    return this.clock.daysAgo(days);
  }

  /** `days` ago at hh:mm in Japan (never after now). */
  at(days: number, hour = 10, minute = 0): Date {
    return this.clock.at(this.clock.daysAgo(days), hour, minute);
  }
}
