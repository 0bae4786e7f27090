// Off-JT hours (R-TR-13, spec §5.7): where the institution's unit time is 45 minutes or more and under 1 hour (breaks
// excluded), each unit may be counted as 1 hour (S001:480); meals and travel are never training time (S001:481).
// [adopted] counted = units × 60 for 45 ≤ unit ≤ 59, else the minutes as they are; Off-JT only (the seed's heading).
// The counting itself is the logs' countedOffJtMinutes; this file adds what a planned row needs (its findings).
import type { RuleFinding } from '../../shared/rule-finding';
import { countedOffJtMinutes, isHourUnit } from '../../training-logs/rules/off-jt-counting';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { planError, planWarning } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { CurriculumRow } from './training-plan.types';

/** A row's minutes are usable: a whole number above zero (R-TR-8 reports the others). */
export const isPositiveMinutes = (minutes: number): boolean => Number.isInteger(minutes) && minutes > 0;

export const isOffJt = (row: CurriculumRow): boolean => row.kind !== 'OJT';

/**
 * The minutes a row counts for the plan's hours: Off-JT through countedOffJtMinutes. A planned row whose minutes are
 * not whole 45–59-minute units is a finding (OFF_JT_UNITS_NOT_WHOLE): until it is corrected it counts its minutes as
 * typed, so a typing slip never adds hours to the 425-hour check. OJT counts its minutes; 0 when unusable.
 */
export function countedMinutes(row: CurriculumRow): number {
  if (!isPositiveMinutes(row.minutes)) return 0;
  if (!isOffJt(row)) return row.minutes;
  if (isHourUnit(row.unitMinutes) && row.minutes % row.unitMinutes !== 0) return row.minutes;
  return countedOffJtMinutes(row.minutes, row.unitMinutes);
}

export interface Session {
  /** HH:MM. */
  readonly from: string;
  readonly to: string;
}

const clockMinutes = (time: string): number => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match || Number(match[1]) > 24 || Number(match[2]) > 59)
    throw new RangeError(`not a time (HH:MM): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** The attended minutes of a day's sessions (breaks, lunch and travel fall between sessions, so are left out). */
export function attendedMinutes(sessions: readonly Session[]): number {
  return sessions.reduce((sum, { from, to }) => {
    const minutes = clockMinutes(to) - clockMinutes(from);
    if (minutes <= 0) throw new RangeError(`a session must end after it starts: ${from}–${to}`);
    return sum + minutes;
  }, 0);
}

function rowUnitFindings(row: CurriculumRow, index: number): RuleFinding[] {
  const unit = row.unitMinutes;
  if (unit === null) return [];
  const field = `curriculum.${index}.unitMinutes`;
  if (!isOffJt(row)) return [planWarning(F.UNIT_MINUTES_ON_OJT, field, M.unitMinutesOnOjt(index, row.name))];
  if (!isPositiveMinutes(unit))
    return [planError(F.UNIT_MINUTES_INVALID, field, M.unitMinutesInvalid(index, row.name, unit))];
  if (isHourUnit(unit) && isPositiveMinutes(row.minutes) && row.minutes % unit !== 0) {
    return [
      planError(
        F.OFF_JT_UNITS_NOT_WHOLE,
        `curriculum.${index}.minutes`,
        M.unitsNotWhole(index, row.name, row.minutes, unit),
      ),
    ];
  }
  return [];
}

export function validateOffJtUnits(rows: readonly CurriculumRow[]): RuleFinding[] {
  return rows.flatMap(rowUnitFindings);
}
