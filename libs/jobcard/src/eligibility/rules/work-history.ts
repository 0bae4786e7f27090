import { companyNameSearchKey, normalizeText } from '@kakehashi/text';
import type { RuleFinding } from '../../shared/rule-finding';
import { ELIGIBILITY_MESSAGES } from '../eligibility.messages';
import type { WorkHistoryEntry } from './trainee-facts';
import { clipSpan, monthIndex, type MonthSpan, spanLength } from './year-month';

// The two work-history counts of R-EL-1 (spec §5.12), over months: the regular months in the training's field inside the
// 5-year window, and the longest continuous regular employment at one company inside the 10-year window.

/** A history entry read as months; `to` of an ongoing entry is the last month of the windows (the month before start). */
export interface HistorySpan extends MonthSpan {
  readonly index: number;
  readonly entry: WorkHistoryEntry;
}

/**
 * The entries as month spans, with a finding for each entry whose months cannot be read or end before they begin
 * (such an entry is left out of the counts).
 */
export function historySpans(
  history: readonly WorkHistoryEntry[],
  lastMonth: number,
): { spans: HistorySpan[]; findings: RuleFinding[] } {
  const spans: HistorySpan[] = [];
  const findings: RuleFinding[] = [];
  history.forEach((entry, index) => {
    const from = monthIndex(entry.from);
    const to = entry.to === null ? lastMonth : monthIndex(entry.to);
    if (from === null || to === null) {
      const field = from === null ? `history.${index}.from` : `history.${index}.to`;
      findings.push(
        historyFinding('HISTORY_MONTH_INVALID', field, ELIGIBILITY_MESSAGES.historyMonthInvalid()),
      );
    } else if (entry.to !== null && to < from) {
      const message = ELIGIBILITY_MESSAGES.historyEndsBeforeStart(entry.from, entry.to);
      findings.push(historyFinding('HISTORY_ENDS_BEFORE_START', `history.${index}.to`, message));
    } else {
      // An ongoing entry that starts after the windows gives from > to: it has no month inside them.
      spans.push({ index, entry, from, to });
    }
  });
  return { spans, findings };
}

function historyFinding(code: string, field: string, message: string): RuleFinding {
  return { code, severity: 'ERROR', field, message, rule: 'R-EL-1', seed: 'S003:24' };
}

const sameField = (entryField: string | null, trainingField: string): boolean => {
  if (entryField === null) return false;
  const a = normalizeText(entryField);
  return a !== '' && a === normalizeText(trainingField);
};

/**
 * Regular-employment months in the training's field inside `window`, each calendar month counted once: two regular jobs
 * overlapping in a month (a change of job within the month, or a second job) are one month of experience, not two, so
 * "通算して3年" (S003:24) measures time, as the seed's years do.
 */
export function regularMonthsInField(
  spans: readonly HistorySpan[],
  trainingField: string,
  window: MonthSpan,
): number {
  const months = new Set<number>();
  for (const span of spans) {
    if (span.entry.employmentKind !== 'REGULAR' || !sameField(span.entry.field, trainingField)) continue;
    const inside = clipSpan(span, window);
    if (inside === null) continue;
    for (let month = inside.from; month <= inside.to; month += 1) months.add(month);
  }
  return months.size;
}

/** Regular entries inside `window` whose field is not recorded: the 5-year count cannot see them. */
export function regularSpansWithoutField(spans: readonly HistorySpan[], window: MonthSpan): HistorySpan[] {
  return spans.filter(
    (span) =>
      span.entry.employmentKind === 'REGULAR' &&
      (span.entry.field === null || normalizeText(span.entry.field) === '') &&
      clipSpan(span, window) !== null,
  );
}

/** One continuous regular employment at one company: its first entry and its months inside the window. */
export interface ContinuousRun {
  readonly index: number;
  readonly companyName: string;
  /** The part inside the window. */
  readonly inside: MonthSpan;
  readonly months: number;
}

/**
 * The longest continuous regular employment at one company, counting only its months inside `window` (spec §5.12
 * [adopted]). Regular entries at the same company (name compared as the company search key, so 「(株)山田」 and
 * 「山田株式会社」 are one company) that touch or overlap are one employment: a transfer or a new job title within the same
 * employer does not break "継続して" (S003:25). Another company, or a gap of a month, does.
 */
export function longestContinuousRegular(
  spans: readonly HistorySpan[],
  window: MonthSpan,
): ContinuousRun | null {
  const regular = spans
    .filter((span) => span.entry.employmentKind === 'REGULAR' && span.from <= span.to)
    .map((span) => ({ span, company: companyNameSearchKey(span.entry.companyName) }))
    .sort((a, b) => a.company.localeCompare(b.company) || a.span.from - b.span.from);
  const runs: { first: HistorySpan; company: string; from: number; to: number }[] = [];
  for (const { span, company } of regular) {
    const run = runs.at(-1);
    if (run !== undefined && run.company === company && span.from <= run.to + 1) {
      run.to = Math.max(run.to, span.to);
    } else {
      runs.push({ first: span, company, from: span.from, to: span.to });
    }
  }
  let longest: ContinuousRun | null = null;
  for (const run of runs) {
    const inside = clipSpan(run, window);
    if (inside === null || (longest !== null && spanLength(inside) <= longest.months)) continue;
    longest = {
      index: run.first.index,
      companyName: run.first.entry.companyName,
      inside,
      months: spanLength(inside),
    };
  }
  return longest;
}
