// When a day-dated reminder falls due: at 09:00 in Japan (no daylight saving), the start of the working day.
import { addDays, todayInJapan } from '@kakehashi/calendar';

const DUE_HOUR_JST = 9;

/** The instant a task dated `day` (YYYY-MM-DD) falls due: that day at 09:00 Asia/Tokyo. */
export function dueMomentOf(day: string): Date {
  return new Date(`${day}T${String(DUE_HOUR_JST).padStart(2, '0')}:00:00+09:00`);
}

/** The latest day whose due moment is at or before `now`: today in Japan from 09:00, yesterday before. */
export function lastDueDayAt(now: Date): string {
  const today = todayInJapan(now);
  return dueMomentOf(today).getTime() <= now.getTime() ? today : addDays(today, -1);
}
