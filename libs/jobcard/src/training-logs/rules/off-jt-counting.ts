// R-TR-13 (spec §5.7, S001:480): where the provider teaches in unit times of 45 minutes or more and under an hour
// (breaks excluded), each unit may be counted as one hour. Off-JT only: the seed's heading is about 教育訓練機関などで
// Off-JTを実施する場合. The one implementation of the counting: the plan's curriculum rows (training-plans/rules/
// off-jt-units.ts) and the Off-JT report's days (log-totals.ts) both count through it.

export const UNIT_COUNTED_AS_HOUR_MIN = 45;
export const UNIT_COUNTED_AS_HOUR_MAX = 59;

/** Whether a unit time counts as one hour: a whole number of minutes from 45 to 59. */
export const isHourUnit = (unitMinutes: number | null): unitMinutes is number =>
  unitMinutes !== null &&
  Number.isInteger(unitMinutes) &&
  unitMinutes >= UNIT_COUNTED_AS_HOUR_MIN &&
  unitMinutes <= UNIT_COUNTED_AS_HOUR_MAX;

/**
 * The minutes Off-JT time counts for the plan and the subsidy: each whole unit of 45–59 minutes as 60; a part of a
 * unit (a late arrival) as its real minutes, as the seed rounds whole units only. Other unit times, or none, count the
 * attended minutes as they are (units under 45 minutes are not rounded up; 90-minute blocks count 90).
 */
export function countedOffJtMinutes(attendedMinutes: number, unitMinutes: number | null): number {
  if (!isHourUnit(unitMinutes)) return attendedMinutes;
  const units = Math.floor(attendedMinutes / unitMinutes);
  return units * 60 + (attendedMinutes - units * unitMinutes);
}
