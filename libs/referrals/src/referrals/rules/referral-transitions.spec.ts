import { Role } from '@kakehashi/authz';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import {
  REFERRAL_TRANSITIONS,
  roleMayTake,
  transitionTarget,
  type ReferralCommandAction,
} from './referral-transitions';

const S = ReferralStatus;
const A = ReferralAction;
const ALL_STATUSES = Object.values(ReferralStatus);

describe('referral flow', () => {
  it('walks the whole path: draft → submitted → forwarded → accepted → assigned → converted → closed', () => {
    const path: [ReferralCommandAction, ReferralStatus][] = [
      [A.SUBMITTED, S.SUBMITTED],
      [A.FORWARDED, S.FORWARDED],
      [A.ACCEPTED, S.ACCEPTED],
      [A.ASSIGNED, S.ASSIGNED],
      [A.CONVERTED, S.CONVERTED],
      [A.OUTCOME_REPORTED, S.CLOSED],
    ];
    let status: ReferralStatus = S.DRAFT;
    for (const [action, expected] of path) {
      const next = transitionTarget(action, status);
      expect(next).toBe(expected);
      status = next as ReferralStatus;
    }
  });

  it('lets a returned referral be corrected and submitted again, and forwarded automatically from submitted', () => {
    expect(transitionTarget(A.RETURNED, S.FORWARDED)).toBe(S.RETURNED);
    expect(transitionTarget(A.UPDATED, S.RETURNED)).toBe(S.RETURNED);
    expect(transitionTarget(A.SUBMITTED, S.RETURNED)).toBe(S.SUBMITTED);
    expect(transitionTarget(A.AUTO_FORWARDED, S.SUBMITTED)).toBe(S.FORWARDED);
  });

  it('allows edits only while the partner holds the referral (draft or returned)', () => {
    const editable = ALL_STATUSES.filter((s) => transitionTarget(A.UPDATED, s) !== null);
    expect(editable.sort()).toEqual([S.DRAFT, S.RETURNED].sort());
  });

  it('allows withdrawal at every status before the consultant took it up, and never after', () => {
    const withdrawable = ALL_STATUSES.filter((s) => transitionTarget(A.WITHDRAWN, s) === S.CLOSED);
    expect(withdrawable.sort()).toEqual(
      [S.DRAFT, S.SUBMITTED, S.FORWARDED, S.ACCEPTED, S.RETURNED, S.ASSIGNED].sort(),
    );
    expect(transitionTarget(A.WITHDRAWN, S.CONVERTED)).toBeNull();
    expect(transitionTarget(A.WITHDRAWN, S.CLOSED)).toBeNull();
  });

  it('refuses skipping steps and anything on a closed referral', () => {
    expect(transitionTarget(A.ACCEPTED, S.SUBMITTED)).toBeNull();
    expect(transitionTarget(A.ASSIGNED, S.FORWARDED)).toBeNull();
    expect(transitionTarget(A.CONVERTED, S.ACCEPTED)).toBeNull();
    expect(transitionTarget(A.OUTCOME_REPORTED, S.ASSIGNED)).toBeNull();
    expect(transitionTarget(A.FORWARDED, S.DRAFT)).toBeNull();
    expect(transitionTarget(A.RETURNED, S.ACCEPTED)).toBeNull();
    for (const action of Object.keys(REFERRAL_TRANSITIONS) as ReferralCommandAction[]) {
      expect(transitionTarget(action, S.CLOSED)).toBeNull();
    }
  });

  it('allows re-assignment to another office until conversion', () => {
    expect(transitionTarget(A.ASSIGNED, S.ASSIGNED)).toBe(S.ASSIGNED);
    expect(transitionTarget(A.ASSIGNED, S.CONVERTED)).toBeNull();
  });

  it('gives each action to its roles only', () => {
    expect(roleMayTake(A.SUBMITTED, Role.PARTNER_BRANCH)).toBe(true);
    expect(roleMayTake(A.SUBMITTED, Role.PARTNER_HQ)).toBe(true);
    expect(roleMayTake(A.SUBMITTED, Role.HQ_COORDINATOR)).toBe(false);
    expect(roleMayTake(A.FORWARDED, Role.PARTNER_HQ)).toBe(true);
    expect(roleMayTake(A.FORWARDED, Role.PARTNER_BRANCH)).toBe(false);
    expect(roleMayTake(A.ACCEPTED, Role.HQ_COORDINATOR)).toBe(true);
    expect(roleMayTake(A.ACCEPTED, Role.CONSULTANT)).toBe(false);
    expect(roleMayTake(A.RETURNED, Role.PARTNER_HQ)).toBe(false);
    expect(roleMayTake(A.ASSIGNED, Role.CONSULTANT)).toBe(false);
    expect(roleMayTake(A.CONVERTED, Role.CONSULTANT)).toBe(true);
    expect(roleMayTake(A.CONVERTED, Role.HQ_COORDINATOR)).toBe(true);
    expect(roleMayTake(A.OUTCOME_REPORTED, Role.ADMIN)).toBe(false);
    expect(roleMayTake(A.WITHDRAWN, Role.HQ_COORDINATOR)).toBe(false);
    // Only the system forwards automatically; nobody signed in can claim to be it.
    expect(roleMayTake(A.AUTO_FORWARDED, null)).toBe(true);
    for (const role of Object.values(Role)) expect(roleMayTake(A.AUTO_FORWARDED, role)).toBe(false);
    // Executives take no action at all.
    for (const action of Object.keys(REFERRAL_TRANSITIONS) as ReferralCommandAction[]) {
      expect(roleMayTake(action, Role.EXECUTIVE)).toBe(false);
    }
  });
});
