import { missingData, offeredWage, verdict, wageText, yen, type FactorScorer } from './factor';

/** Loss of value per unit of wage shortfall: as the offer engine scores a transfer (a hiring), 0 at 60% of the wish. */
export const WAGE_SLOPE = 2.5;

/** Wage: at least the wish is 1 (as is a wish of 0); below it loses value fast. */
export const wageFactor: FactorScorer = (registrant, opening) => {
  const offered = offeredWage(opening);
  if (registrant.monthlyWage === null || offered === null) return missingData();
  const pay = `賃金（${wageText(opening)}）が希望（${yen(registrant.monthlyWage)}）`;
  if (registrant.monthlyWage === 0 || offered >= registrant.monthlyWage)
    return verdict(1, { reasons: [`${pay}以上`] });
  const v = Math.max(0, 1 - WAGE_SLOPE * (1 - offered / registrant.monthlyWage));
  return verdict(v, { gaps: [`${pay}${v >= 0.75 ? 'をやや下回る' : 'を下回る'}`] });
};
