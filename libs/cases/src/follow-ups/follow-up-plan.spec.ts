import { MoveType } from '@kakehashi/offers';
import { CaseTaskKind } from './case-task.entity';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  planCaseTasks,
  type FollowUpSettings,
  type PlanSubject,
} from './follow-up-plan';
import { todayInJapan } from '@kakehashi/calendar';
import { dueMomentOf, lastDueDayAt } from './reminder-time';

function secondment(
  startOn: string,
  endOn: string | null,
  establishedOn: string | null = startOn,
): PlanSubject {
  return { moveType: MoveType.SECONDMENT, establishedOn, contract: { startOn, endOn } };
}

function plan(subject: PlanSubject, settings: Partial<FollowUpSettings> = {}): string[] {
  return planCaseTasks(subject, { ...DEFAULT_FOLLOW_UP_SETTINGS, ...settings }).map((t) =>
    t.kind === CaseTaskKind.FOLLOW_UP ? t.dueOn : `END ${t.dueOn}`,
  );
}

describe('planCaseTasks', () => {
  it('plans a one-year secondment: start + 1 month, every 3 months before end − 1 month, end − 1 month, the day after the end', () => {
    expect(plan(secondment('2026-04-01', '2027-03-31'))).toEqual([
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
      '2027-02-01',
      '2027-02-28',
      'END 2027-04-01',
    ]);
  });

  it('counts every date from the start, so a start on the 31st keeps month ends (1/31 + 1 month = 2/28, then 5/31)', () => {
    expect(plan(secondment('2027-01-31', '2027-12-31'))).toEqual([
      '2027-02-28',
      '2027-05-31',
      '2027-08-31',
      '2027-11-30',
      'END 2028-01-01',
    ]);
  });

  it('takes 2/29 in a leap year, and end − 1 month of 3/31 is the last day of February', () => {
    expect(plan(secondment('2028-01-31', '2028-03-31'))).toEqual(['2028-02-29', 'END 2028-04-01']);
    expect(plan(secondment('2027-01-15', '2027-03-31'))).toEqual([
      '2027-02-15',
      '2027-02-28',
      'END 2027-04-01',
    ]);
  });

  it('does not plan the same day twice when a periodic follow-up falls on end − 1 month', () => {
    // 5/1 + 3 months = 8/1, and 9/1 − 1 month = 8/1: one follow-up.
    expect(plan(secondment('2026-04-01', '2026-09-01'))).toEqual([
      '2026-05-01',
      '2026-08-01',
      'END 2026-09-02',
    ]);
  });

  it('plans nothing after the end: a contract shorter than a month only gets the end-date check', () => {
    expect(plan(secondment('2026-04-01', '2026-04-20'))).toEqual(['END 2026-04-21']);
  });

  it('ends the year at 12/31 + 1 day = 1/1', () => {
    expect(plan(secondment('2026-10-01', '2026-12-31'))).toEqual([
      '2026-11-01',
      '2026-11-30',
      'END 2027-01-01',
    ]);
  });

  it('starts from the actual start (成立日) when it differs from the contract', () => {
    expect(plan(secondment('2026-04-01', '2026-09-30', '2026-04-10'))).toEqual([
      '2026-05-10',
      '2026-08-10',
      '2026-08-30',
      'END 2026-10-01',
    ]);
  });

  it('follows the administrator’s settings: no before-end follow-up with 0, other intervals', () => {
    expect(plan(secondment('2026-04-01', '2027-03-31'), { beforeEndMonths: 0, intervalMonths: 6 })).toEqual([
      '2026-05-01',
      '2026-11-01',
      'END 2027-04-01',
    ]);
    expect(plan(secondment('2026-04-01', '2026-07-31'), { firstAfterMonths: 0, intervalMonths: 1 })).toEqual([
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-06-30',
      'END 2026-08-01',
    ]);
  });

  it('plans a transfer from the hire, every 3 months up to 12 months after it, with no end-date check', () => {
    const transfer: PlanSubject = {
      moveType: MoveType.TRANSFER,
      establishedOn: '2027-01-31',
      contract: null,
    };
    expect(plan(transfer)).toEqual(['2027-02-28', '2027-05-31', '2027-08-31', '2027-11-30']);
    expect(plan(transfer, { transferHorizonMonths: 13 })).toEqual([
      '2027-02-28',
      '2027-05-31',
      '2027-08-31',
      '2027-11-30',
      '2028-02-29',
    ]);
    expect(plan(transfer, { transferHorizonMonths: 0 })).toEqual([]);
  });

  it('plans nothing before there is a start, and treats a secondment without an end like a transfer', () => {
    expect(plan({ moveType: MoveType.TRANSFER, establishedOn: null, contract: null })).toEqual([]);
    expect(plan(secondment('2026-04-01', null, null))).toEqual([
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
      '2027-02-01',
    ]);
    expect(plan({ moveType: MoveType.SECONDMENT, establishedOn: null, contract: null })).toEqual([]);
  });
});

describe('reminder time', () => {
  it('falls due at 09:00 in Japan, which is midnight UTC', () => {
    expect(dueMomentOf('2027-01-31').toISOString()).toBe('2027-01-31T00:00:00.000Z');
  });

  it('reads the day in Japan and the last day already due', () => {
    // 2027-02-01 08:59 JST: still the 31st's reminders are the latest due.
    const before = new Date('2027-01-31T23:59:00Z');
    expect(todayInJapan(before)).toBe('2027-02-01');
    expect(lastDueDayAt(before)).toBe('2027-01-31');
    const at = new Date('2027-02-01T00:00:00Z');
    expect(lastDueDayAt(at)).toBe('2027-02-01');
    // 2027-01-31 23:30 JST is the 31st in Japan although UTC is the same day too.
    expect(todayInJapan(new Date('2027-01-31T14:30:00Z'))).toBe('2027-01-31');
  });
});
