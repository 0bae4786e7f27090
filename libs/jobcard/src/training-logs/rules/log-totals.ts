import { countedOffJtMinutes } from './off-jt-counting';
import type { TrainingLog } from './training-log.types';

// The logs' totals (spec §5.14 R-LOG-3): the forms' ③/⑤ 総訓練時間数 are computed from the entries, never typed, and the
// subsidy's hours (§6) come only from entries the trainer confirmed (OJT) or the provider certified (Off-JT). The log
// is expected to have passed validateTrainingLog: the totals add what they are given.

export interface LogTotals {
  /** Σ 受講時間数 of the OJT diary. */
  readonly ojtMinutes: number;
  /** Σ 受講時間数 of the Off-JT report (clock time). */
  readonly offJtAttendedMinutes: number;
  /** Σ per day of the Off-JT minutes counted for the plan (R-TR-13: 45–59-minute units as an hour). */
  readonly offJtCountedMinutes: number;
  /** OJT minutes of the entries the trainer confirmed. */
  readonly subsidyOjtMinutes: number;
  /** Counted Off-JT minutes of the entries the provider certified. */
  readonly subsidyOffJtMinutes: number;
}

export function logTotals(log: Pick<TrainingLog, 'ojt' | 'offJt'>): LogTotals {
  let ojtMinutes = 0;
  let subsidyOjtMinutes = 0;
  for (const entry of log.ojt) {
    ojtMinutes += entry.attendedMinutes;
    if (entry.trainerConfirmedOn !== null) subsidyOjtMinutes += entry.attendedMinutes;
  }
  let offJtAttendedMinutes = 0;
  let offJtCountedMinutes = 0;
  let subsidyOffJtMinutes = 0;
  for (const entry of log.offJt) {
    // Counted per day, as the unit time is the provider's for that day's classes.
    const counted = countedOffJtMinutes(entry.attendedMinutes, entry.unitMinutes);
    offJtAttendedMinutes += entry.attendedMinutes;
    offJtCountedMinutes += counted;
    if (entry.providerCertifiedOn !== null) subsidyOffJtMinutes += counted;
  }
  return { ojtMinutes, offJtAttendedMinutes, offJtCountedMinutes, subsidyOjtMinutes, subsidyOffJtMinutes };
}
