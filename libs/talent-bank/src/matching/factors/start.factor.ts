import { daysBetween, japaneseDate } from '@kakehashi/calendar';
import { missingData, verdict, type FactorScorer } from './factor';

/** Days late after which the start factor is worth nothing. */
export const START_GRACE_DAYS = 90;

/** Start: in time for the opening is 1; later loses value day by day. */
export const startFactor: FactorScorer = (registrant, opening) => {
  if (registrant.earliestStartOn === null || opening.startBy === null) return missingData();
  if (registrant.earliestStartOn <= opening.startBy)
    return verdict(1, {
      reasons: [
        `就業可能日（${japaneseDate(registrant.earliestStartOn)}）が求人の開始時期（${japaneseDate(opening.startBy)}）に間に合う`,
      ],
    });
  const late = daysBetween(opening.startBy, registrant.earliestStartOn);
  return verdict(Math.max(0, 1 - late / START_GRACE_DAYS), {
    gaps: [`就業可能日が求人の開始時期より${late}日遅い`],
  });
};
