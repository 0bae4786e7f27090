import { isCalendarDay } from '@kakehashi/calendar';
import type { FindingSeverity, RuleFinding } from '../../shared/rule-finding';
import { type LogKind, TRAINING_LOG_MESSAGES as M } from '../training-logs.messages';
import { clockMinutes } from './clock-time';

// The checks an OJT diary entry and an Off-JT report entry share (spec §5.14 R-LOG-3): the day inside the period, a
// time band that ends after it starts, the content written, and the certification not dated before the day.

/** An entry as the shared checks read it; `path` is its place in the input (`ojt.3`). */
export interface LogEntryView {
  readonly kind: LogKind;
  readonly path: string;
  readonly date: string;
  readonly from: string;
  readonly to: string;
  readonly content: string;
  /** The trainer's confirmation (OJT) or the provider's certification (Off-JT). */
  readonly certifiedOn: string | null;
}

/** The form's lines each check rests on: the OJT diary (別添様式2-5) and the Off-JT report (別添様式2-4a). */
export const LOG_SEEDS: Record<
  LogKind,
  { date: string; band: string; minutes: string; content: string; certified: string }
> = {
  OJT: {
    date: 'S001:991',
    band: 'S001:992',
    minutes: 'S001:992',
    content: 'S001:993',
    certified: 'S001:978',
  },
  OFF_JT: {
    date: 'S001:1047',
    band: 'S001:1048',
    minutes: 'S001:1049',
    content: 'S001:1050',
    certified: 'S001:1057',
  },
};

export function logFinding(
  code: string,
  field: string,
  message: string,
  seed: string,
  severity: FindingSeverity = 'ERROR',
): RuleFinding {
  return { code, severity, field, message, rule: 'R-LOG-3', seed };
}

/** The entry's band in minutes after midnight, or null when its times cannot be read or it is empty. */
export interface CheckedBand {
  readonly from: number;
  readonly to: number;
}

export function checkDate(entry: LogEntryView, period: { start: string; end: string }): RuleFinding[] {
  const seed = LOG_SEEDS[entry.kind].date;
  if (!isCalendarDay(entry.date))
    return [logFinding('LOG_DATE_INVALID', `${entry.path}.date`, M.dateInvalid(), seed)];
  if (entry.date < period.start || entry.date > period.end) {
    const message = M.dateOutsidePeriod(entry.date, period.start, period.end);
    return [logFinding('LOG_DATE_OUTSIDE_PERIOD', `${entry.path}.date`, message, seed)];
  }
  return [];
}

export function checkBand(entry: LogEntryView): { band: CheckedBand | null; findings: RuleFinding[] } {
  const seed = LOG_SEEDS[entry.kind].band;
  const from = clockMinutes(entry.from);
  const to = clockMinutes(entry.to);
  const findings: RuleFinding[] = [];
  if (from === null)
    findings.push(logFinding('LOG_TIME_INVALID', `${entry.path}.from`, M.timeInvalid(entry.kind), seed));
  if (to === null)
    findings.push(logFinding('LOG_TIME_INVALID', `${entry.path}.to`, M.timeInvalid(entry.kind), seed));
  if (from === null || to === null) return { band: null, findings };
  if (to <= from) {
    const message = M.bandEmpty(entry.kind, entry.from, entry.to);
    return { band: null, findings: [logFinding('LOG_TIME_BAND_EMPTY', `${entry.path}.to`, message, seed)] };
  }
  return { band: { from, to }, findings };
}

/** A count of minutes typed on the form: an integer of at least `least`. */
export function checkMinutes(
  entry: LogEntryView,
  name: string,
  label: string,
  value: number,
  least: number,
): RuleFinding[] {
  if (Number.isInteger(value) && value >= least) return [];
  const field = `${entry.path}.${name}`;
  return [
    logFinding('LOG_MINUTES_INVALID', field, M.minutesInvalid(label, least), LOG_SEEDS[entry.kind].minutes),
  ];
}

export function checkText(
  entry: LogEntryView,
  name: string,
  text: string,
  code: string,
  message: string,
  seed: string,
): RuleFinding[] {
  return text.trim() === '' ? [logFinding(code, `${entry.path}.${name}`, message, seed)] : [];
}

/**
 * The trainer checks the diary every day (S001:978) and the provider certifies the Off-JT report (S001:1057): a
 * certification cannot precede the day. An entry not yet certified is valid but counts for no subsidy hours (a warning).
 */
export function checkCertification(entry: LogEntryView, name: string): RuleFinding[] {
  const seed = LOG_SEEDS[entry.kind].certified;
  const field = `${entry.path}.${name}`;
  if (entry.certifiedOn === null) {
    const message = entry.kind === 'OJT' ? M.ojtNotConfirmed(entry.date) : M.offJtNotCertified(entry.date);
    const code = entry.kind === 'OJT' ? 'OJT_NOT_CONFIRMED' : 'OFFJT_NOT_CERTIFIED';
    return [logFinding(code, field, message, seed, 'WARNING')];
  }
  if (!isCalendarDay(entry.certifiedOn)) {
    return [
      logFinding('LOG_CERTIFICATION_DATE_INVALID', field, M.certificationDateInvalid(entry.kind), seed),
    ];
  }
  if (isCalendarDay(entry.date) && entry.certifiedOn < entry.date) {
    const message = M.certifiedBeforeDate(entry.kind, entry.certifiedOn, entry.date);
    return [logFinding('LOG_CERTIFIED_BEFORE_DATE', field, message, seed)];
  }
  return [];
}
