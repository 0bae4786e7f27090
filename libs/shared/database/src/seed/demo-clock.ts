import { addDays, todayInJapan } from '@kakehashi/calendar';

/**
 * "Now" for the demo data whose dates are relative to the day it is loaded (the demo office's offers, decisions and
 * cases), so that a first start always shows today's work. Days are days in Japan (YYYY-MM-DD); moments are Japan
 * office hours on a day, never after `now`.
 */
export class DemoClock {
  readonly today: string;

  constructor(readonly now: Date = new Date()) {
    this.today = todayInJapan(now);
  }

  /** The day `days` before today (negative: after). */
  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  /** `day` at hh:mm in Japan, or a minute before now when that has not come yet (something done today). */
  at(day: string, hour = 10, minute = 0): Date {
    const moment = new Date(`${day}T${pad(hour)}:${pad(minute)}:00+09:00`);
    const latest = new Date(this.now.getTime() - 60_000);
    return moment.getTime() <= latest.getTime() ? moment : latest;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
