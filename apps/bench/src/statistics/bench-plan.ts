// What the benchmark generates: ten complete fiscal years of live months and the current one up to today (the
// cut-over month is set to the first April, so every month is counted live and any fiscal year can be asked for),
// cut into fiscal-year windows with the yearly rates scaled to each window's days.
import { addDays, addMonths, daysBetween } from '@kakehashi/calendar';

export interface BenchRates {
  /** Receiving offers received per year. */
  receiving: number;
  /** Sending offers received per year. */
  sending: number;
  /** People established per year (events carry 1-3 people). */
  established: number;
}

export interface BenchWindow {
  /** First and last day, both included. */
  from: string;
  to: string;
  days: number;
  receiving: number;
  sending: number;
  /** Establishment events (people ÷ the mean people per event). */
  events: number;
}

export interface BenchPlan {
  /** STATISTICS_LIVE_FROM: the first generated month. */
  liveFrom: string;
  today: string;
  /** Live months, the first to this one. */
  months: number;
  windows: BenchWindow[];
  /** Fiscal years touched, oldest first. */
  fiscalYears: number[];
}

/** People per establishment event: 1 (2/3), 2 (1/4), 3 (1/12), mean 1.42. */
export const PEOPLE_PER_EVENT = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3] as const;
export const MEAN_PEOPLE_PER_EVENT =
  PEOPLE_PER_EVENT.reduce<number>((a, b) => a + b, 0) / PEOPLE_PER_EVENT.length;

function fiscalYearOfDay(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

export function benchPlan(today: string, years: number, rates: BenchRates): BenchPlan {
  const firstDay = `${fiscalYearOfDay(today) - years}-04-01`;
  const windows: BenchWindow[] = [];
  for (let from = firstDay; from <= today; from = addMonths(from, 12)) {
    const next = addMonths(from, 12);
    const to = next > today ? today : addDays(next, -1);
    const days = daysBetween(from, to) + 1;
    const share = days / 365.25;
    windows.push({
      from,
      to,
      days,
      receiving: Math.round(rates.receiving * share),
      sending: Math.round(rates.sending * share),
      events: Math.round((rates.established * share) / MEAN_PEOPLE_PER_EVENT),
    });
  }
  const fiscalYears: number[] = [];
  for (let fy = fiscalYearOfDay(firstDay); fy <= fiscalYearOfDay(today); fy += 1) fiscalYears.push(fy);
  const months =
    (Number(today.slice(0, 4)) - Number(firstDay.slice(0, 4))) * 12 +
    (Number(today.slice(5, 7)) - Number(firstDay.slice(5, 7))) +
    1;
  return { liveFrom: firstDay.slice(0, 7), today, months, windows, fiscalYears };
}
