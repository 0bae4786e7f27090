import { hours, missingData, verdict, type FactorScorer } from './factor';

/** Within the wish (or fewer) is 1; more than wished loses value in proportion, 0 at twice the wish. */
export function notMoreThan(wished: number, offered: number): number {
  if (offered <= wished) return 1;
  return Math.max(0, 1 - (offered - wished) / wished);
}

/** Days a week and hours a day: at most what the registrant wishes; the mean of those both sides state. */
export const hoursFactor: FactorScorer = (registrant, opening) => {
  const parts: number[] = [];
  const reasons: string[] = [];
  const gaps: string[] = [];
  if (registrant.daysPerWeek !== null && opening.daysPerWeek !== null) {
    parts.push(notMoreThan(registrant.daysPerWeek, opening.daysPerWeek));
    if (opening.daysPerWeek <= registrant.daysPerWeek)
      reasons.push(
        `勤務日数が希望の範囲内（週${opening.daysPerWeek}日、希望は週${registrant.daysPerWeek}日まで）`,
      );
    else
      gaps.push(
        `勤務日数が希望より多い（週${opening.daysPerWeek}日、希望は週${registrant.daysPerWeek}日まで）`,
      );
  }
  if (registrant.hoursPerDay !== null && opening.hoursPerDay !== null) {
    parts.push(notMoreThan(registrant.hoursPerDay, opening.hoursPerDay));
    if (opening.hoursPerDay <= registrant.hoursPerDay)
      reasons.push(
        `1日の勤務時間が希望の範囲内（${hours(opening.hoursPerDay)}、希望は${hours(registrant.hoursPerDay)}まで）`,
      );
    else
      gaps.push(
        `1日の勤務時間が希望より長い（${hours(opening.hoursPerDay)}、希望は${hours(registrant.hoursPerDay)}まで）`,
      );
  }
  if (parts.length === 0) return missingData();
  return verdict(parts.reduce((a, b) => a + b, 0) / parts.length, { reasons, gaps });
};
