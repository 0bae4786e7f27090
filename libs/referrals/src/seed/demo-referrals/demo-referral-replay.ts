// Replays a demo referral scenario step by step through the referral flow's rules, as the use cases apply them: the
// content checked as CreateReferralService checks it, each action allowed only from where the flow allows it, to the
// roles it names and to users who may see the referral (mayReadReferral), the return reason, the office and the
// conversion's links checked as their services check them, and the outcome's day. Returns the referral as it ends and
// its history, each row with the moment the scenario gives it; a broken rule throws, naming the scenario.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import type { DemoClock } from '@kakehashi/database';
import { OfficeKind } from '@kakehashi/organisations';
import type { Role } from '@kakehashi/authz';
import type { ReferralEntity } from '../../referrals/referral.entity';
import { ReferralAction, ReferralNeed, ReferralOutcome, ReferralStatus } from '../../referral-enums';
import { normaliseReferralContent } from '../../referrals/rules/referral-content';
import { optionalText, requiredText } from '../../referrals/rules/referral-reason';
import {
  REFERRAL_TRANSITIONS,
  roleMayTake,
  STATUS_TIMESTAMP,
  transitionTarget,
  type ReferralCommandAction,
} from '../../referrals/rules/referral-transitions';
import { mayReadReferral } from '../../referrals/rules/referral-visibility';
import { partnerOwnerOf } from '../../referrals/services/referral-actors';
import type { DemoOfferRef, DemoReferralScenario, DemoReferralStep } from './demo-referral-scenario';

/** The referral's columns as the referrals table stores them. */
export type DemoReferral = ReferralEntity;

export interface DemoReferralEvent {
  action: ReferralAction;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorUserId: string | null;
  actorRole: Role | null;
  reason: string | null;
  occurredAt: Date;
}

/** A transition as ReferralNotifier.transitioned hears of it: the referral right after it. */
export interface DemoReferralMove {
  referral: DemoReferral;
  action: ReferralAction;
  reason: string | null;
  actorUserId: string | null;
  at: Date;
}

export interface DemoReferralRows {
  referral: DemoReferral;
  events: DemoReferralEvent[];
  moves: DemoReferralMove[];
}

/** What the replay reads of the database, loaded beforehand (see seed-demo-referrals.ts). */
export interface DemoReferralFacts {
  users: Map<string, AuthUser>;
  offices: Map<string, { id: string; kind: OfficeKind; nameJa: string }>;
  /** By institution id. */
  hasHqStep: Map<string, boolean>;
  companies: Map<string, string>;
  /** By `${table}:${corporateNumber}:${jobTitle}`. */
  offers: Map<string, { id: string; companyId: string }>;
  /** The demo case of an offer, by the offer's id. */
  cases: Map<string, { id: string; number: number; establishedOn: string | null; endedOn: string | null }>;
}

export const offerKey = (table: 'sending_offers' | 'receiving_offers', ref: DemoOfferRef): string =>
  `${table}:${ref.corporateNumber}:${ref.jobTitle}`;

export function replayDemoReferral(
  scenario: DemoReferralScenario,
  facts: DemoReferralFacts,
  clock: DemoClock,
): DemoReferralRows {
  const fail = (message: string): never => {
    throw new Error(`demo referral "${scenario.title}": ${message}`);
  };
  const rows = created(scenario, facts, fail);
  for (const step of scenario.steps) {
    const user = userOf(facts, step.by, fail);
    if (step.action === ReferralAction.OUTCOME_REPORTED) {
      const { patch, reason, at } = outcome(rows.referral, step, facts, clock, fail);
      take(rows, user, ReferralAction.OUTCOME_REPORTED, at, patch, reason, fail);
      continue;
    }
    const { patch, reason } = decide(rows.referral, step, facts, fail);
    take(rows, user, step.action, step.at, patch, reason, fail);
    if (step.action === ReferralAction.SUBMITTED && !facts.hasHqStep.get(rows.referral.institutionId)) {
      // SubmitReferralService: a partner without a head office step is forwarded at once, by the system.
      take(rows, null, ReferralAction.AUTO_FORWARDED, step.at, {}, null, fail);
    }
  }
  return rows;
}

/** CreateReferralService: the partner's own draft, its content checked on the day it was written. */
function created(
  scenario: DemoReferralScenario,
  facts: DemoReferralFacts,
  fail: (message: string) => never,
): DemoReferralRows {
  const user = userOf(facts, scenario.createdBy, fail);
  const owner = partnerOwnerOf(user);
  const { values, errors } = normaliseReferralContent(scenario.content, {
    today: todayInJapan(scenario.createdAt),
  });
  if (!values) return fail(errors.map((e) => `${e.field}: ${e.message}`).join(' / '));
  const referral: DemoReferral = {
    id: scenario.id,
    ...owner,
    ...values,
    createdByUserId: user.id,
    status: ReferralStatus.DRAFT,
    possibleDuplicate: false,
    returnReason: null,
    assignedOfficeId: null,
    companyId: null,
    sendingOfferId: null,
    receivingOfferId: null,
    outcome: null,
    outcomeOn: null,
    outcomeCaseId: null,
    outcomeNoCaseReason: null,
    importId: null,
    importRowNumber: null,
    submittedAt: null,
    forwardedAt: null,
    acceptedAt: null,
    returnedAt: null,
    assignedAt: null,
    convertedAt: null,
    closedAt: null,
    version: 1,
    createdAt: scenario.createdAt,
    updatedAt: scenario.createdAt,
  };
  const event: DemoReferralEvent = {
    action: ReferralAction.CREATED,
    fromStatus: null,
    toStatus: ReferralStatus.DRAFT,
    actorUserId: user.id,
    actorRole: user.role,
    reason: null,
    occurredAt: scenario.createdAt,
  };
  return { referral, events: [event], moves: [] };
}

/** ReferralCommandRunner.run and apply: who may, from where, the status and its moment, the version, the event. */
function take(
  rows: DemoReferralRows,
  user: AuthUser | null,
  action: ReferralCommandAction,
  at: Date,
  patch: Partial<DemoReferral>,
  reason: string | null,
  fail: (message: string) => never,
): void {
  const current = rows.referral;
  const label = REFERRAL_TRANSITIONS[action].label;
  if (user && !mayReadReferral(user, current)) fail(`${user.email} cannot see the referral to take ${label}`);
  if (!roleMayTake(action, user?.role ?? null)) fail(`${user?.email ?? 'the system'} may not take ${label}`);
  const target = transitionTarget(action, current.status);
  if (!target) return fail(`${label} is not allowed from ${current.status}`);
  if (at.getTime() < current.updatedAt.getTime()) fail(`${label} is dated before the step before it`);
  const next: DemoReferral = { ...current, ...patch, version: current.version + 1, updatedAt: at };
  if (REFERRAL_TRANSITIONS[action].to !== null && target !== ReferralStatus.DRAFT) {
    next.status = target;
    next[STATUS_TIMESTAMP[target]] = at;
  }
  rows.referral = next;
  if (REFERRAL_TRANSITIONS[action].to !== null) {
    rows.moves.push({ referral: next, action, reason, actorUserId: user?.id ?? null, at });
  }
  rows.events.push({
    action,
    fromStatus: current.status,
    toStatus: next.status,
    actorUserId: user?.id ?? null,
    actorRole: user?.role ?? null,
    reason,
    occurredAt: at,
  });
}

/** What each service decides besides the move: the reason, the office, the links. */
function decide(
  current: DemoReferral,
  step: Exclude<DemoReferralStep, { action: ReferralAction.OUTCOME_REPORTED }>,
  facts: DemoReferralFacts,
  fail: (message: string) => never,
): { patch: Partial<DemoReferral>; reason: string | null } {
  switch (step.action) {
    case ReferralAction.SUBMITTED:
      return { patch: { returnReason: null }, reason: null };
    case ReferralAction.FORWARDED:
    case ReferralAction.ACCEPTED:
      return { patch: {}, reason: null };
    case ReferralAction.RETURNED: {
      const reason = requiredText(step.reason, 'input.reason', '差戻しの理由');
      if (reason.error) return fail(reason.error.message);
      return { patch: { returnReason: reason.value }, reason: reason.value };
    }
    case ReferralAction.ASSIGNED: {
      const office = facts.offices.get(step.officeCode);
      if (!office || office.kind !== OfficeKind.REGIONAL)
        return fail(`office ${step.officeCode} is not regional`);
      if (current.assignedOfficeId === office.id) fail(`already assigned to ${office.nameJa}`);
      return { patch: { assignedOfficeId: office.id }, reason: null };
    }
    case ReferralAction.CONVERTED:
      return { patch: links(current, step, facts, fail), reason: null };
  }
}

/** ConvertReferralService's checks: the referred company, and an offer of it for each side the need names. */
function links(
  current: DemoReferral,
  step: Extract<DemoReferralStep, { action: ReferralAction.CONVERTED }>,
  facts: DemoReferralFacts,
  fail: (message: string) => never,
): Partial<DemoReferral> {
  const companyId = current.clientCorporateNumber ? facts.companies.get(current.clientCorporateNumber) : null;
  if (!companyId) return fail('the referred company is not among the companies');
  const wantsSending = current.need !== ReferralNeed.SHORTAGE;
  const wantsReceiving = current.need !== ReferralNeed.SURPLUS;
  const offerOf = (
    table: 'sending_offers' | 'receiving_offers',
    ref: DemoOfferRef | undefined,
    wanted: boolean,
  ) => {
    if (!wanted) return ref ? fail(`the need takes no ${table}`) : null;
    const offer = ref ? facts.offers.get(offerKey(table, ref)) : undefined;
    if (!offer) return fail(`${table} offer not found (seed the demo office offers first)`);
    if (offer.companyId !== companyId) fail(`the ${table} offer is another company's`);
    return offer.id;
  };
  return {
    companyId,
    sendingOfferId: offerOf('sending_offers', step.sending, wantsSending),
    receivingOfferId: offerOf('receiving_offers', step.receiving, wantsReceiving),
  };
}

/** ReportReferralOutcomeService's checks, with the outcome and day of the case made from the referral's offers. */
function outcome(
  current: DemoReferral,
  step: Extract<DemoReferralStep, { action: ReferralAction.OUTCOME_REPORTED }>,
  facts: DemoReferralFacts,
  clock: DemoClock,
  fail: (message: string) => never,
): { patch: Partial<DemoReferral>; reason: string | null; at: Date } {
  const offerId = current.sendingOfferId ?? current.receivingOfferId;
  const made = offerId ? facts.cases.get(offerId) : undefined;
  if (!made) return fail('no demo case was made from its offers (seed the demo cases first)');
  const outcomeOn = step.outcome === ReferralOutcome.ESTABLISHED ? made.establishedOn : made.endedOn;
  if (!outcomeOn) return fail(`case ${made.number} did not end as ${step.outcome}`);
  const convertedOn = current.convertedAt ? todayInJapan(current.convertedAt) : null;
  if (outcomeOn > clock.today || (convertedOn && outcomeOn < convertedOn))
    fail(`outcome day ${outcomeOn} is not between the conversion and today`);
  const comment = optionalText(step.comment.replace('{case}', String(made.number)), 'input.comment', '補足');
  if (comment.error) return fail(comment.error.message);
  return {
    // 成立 names the case that established it (as reportReferralOutcome requires); other outcomes name none.
    patch: {
      outcome: step.outcome,
      outcomeOn,
      outcomeCaseId: step.outcome === ReferralOutcome.ESTABLISHED ? made.id : null,
    },
    reason: comment.value,
    at: clock.at(addDays(outcomeOn, 1), 11),
  };
}

function userOf(facts: DemoReferralFacts, email: string, fail: (message: string) => never): AuthUser {
  return facts.users.get(email) ?? fail(`no active demo user ${email} (seed the demo users first)`);
}
