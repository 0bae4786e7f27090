// Which reminders a case should have, from its dates and the administrator's defaults: pure, so the scheduler only
// has to reconcile the database with it.
import { MoveType } from '@kakehashi/offers';
import { addDays, addMonths } from '@kakehashi/calendar';
import { isEstablishedStage, isTerminal, type CaseStage } from '../workflow/case-stage';
import { CaseTaskKind } from './case-task.entity';

export interface FollowUpSettings {
  firstAfterMonths: number;
  intervalMonths: number;
  beforeEndMonths: number;
  transferHorizonMonths: number;
}

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = {
  firstAfterMonths: 1,
  intervalMonths: 3,
  beforeEndMonths: 1,
  transferHorizonMonths: 12,
};

/** What the plan reads of a case. */
export interface PlanSubject {
  moveType: MoveType;
  /** 成立日: the secondment's actual start or the transfer's hire. */
  establishedOn: string | null;
  contract: { startOn: string | null; endOn: string | null } | null;
}

export interface PlannedTask {
  kind: CaseTaskKind;
  dueOn: string;
}

/**
 * Whether a case has reminders at all: established (成立 recorded, at or past the establishing stage) and still open.
 * A completed or not-established case has none planned; the tasks already due stay as they are.
 */
export function remindersApply(subject: {
  moveType: MoveType;
  stage: CaseStage;
  establishedOn: string | null;
}): boolean {
  return (
    subject.establishedOn !== null &&
    !isTerminal(subject.stage) &&
    isEstablishedStage(subject.moveType, subject.stage)
  );
}

/** A guard against absurd inputs (a contract ending in 9999): no real case needs more. */
const MAX_FOLLOW_UPS = 240;

/**
 * A secondment: the first follow-up `firstAfterMonths` after the start, then every `intervalMonths` while before
 * (end − `beforeEndMonths`), plus that day itself; none after the end; and an END_DATE_PASSED check the day after the
 * end. The start is the actual one (成立日) when recorded, else the contract's. Without an end date the follow-ups run
 * as a transfer's do. A transfer: from the hire, every `intervalMonths` up to `transferHorizonMonths` after it.
 * Every date counts whole months from the start itself (1/31 → 2/28 → 5/31), so month ends do not drift.
 */
export function planCaseTasks(subject: PlanSubject, settings: FollowUpSettings): PlannedTask[] {
  const start =
    subject.moveType === MoveType.SECONDMENT
      ? (subject.establishedOn ?? subject.contract?.startOn ?? null)
      : subject.establishedOn;
  if (!start) return [];
  const end = subject.moveType === MoveType.SECONDMENT ? (subject.contract?.endOn ?? null) : null;
  if (end === null) {
    return followUps(
      periodic(start, settings, (day) => day <= addMonths(start, settings.transferHorizonMonths)),
    );
  }
  if (end < start) return [];

  const beforeEnd = settings.beforeEndMonths > 0 ? addMonths(end, -settings.beforeEndMonths) : null;
  const limit = beforeEnd ?? end;
  const days = periodic(start, settings, (day) => day < limit);
  if (beforeEnd && beforeEnd > start) days.push(beforeEnd);
  return [...followUps(days), { kind: CaseTaskKind.END_DATE_PASSED, dueOn: addDays(end, 1) }];
}

function periodic(start: string, settings: FollowUpSettings, keep: (day: string) => boolean): string[] {
  const days: string[] = [];
  for (let k = 0; k < MAX_FOLLOW_UPS; k++) {
    const day = addMonths(start, settings.firstAfterMonths + k * settings.intervalMonths);
    if (!keep(day)) break;
    days.push(day);
  }
  return days;
}

function followUps(days: string[]): PlannedTask[] {
  return [...new Set(days)].sort().map((dueOn) => ({ kind: CaseTaskKind.FOLLOW_UP, dueOn }));
}

/** The key a planned or stored task is matched on (the live unique index's columns, less the case). */
export function taskKey(task: { kind: CaseTaskKind; dueOn: string }): string {
  return `${task.kind}/${task.dueOn}`;
}
