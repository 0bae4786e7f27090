import { WORKING_STYLE_LABELS, WorkingStyleWanted } from '../../talent-bank-enums';
import { missingData, verdict, type FactorScorer } from './factor';

/** Working style: the one wished, or either. */
export const workingStyleFactor: FactorScorer = (registrant, opening) => {
  if (registrant.workingStyle === null) return missingData();
  const offeredStyle = WORKING_STYLE_LABELS[opening.workingStyle];
  if (
    registrant.workingStyle === WorkingStyleWanted.EITHER ||
    (registrant.workingStyle as string) === (opening.workingStyle as string)
  )
    return verdict(1, { reasons: [`勤務形態が希望に合う（${offeredStyle}）`] });
  return verdict(0, {
    gaps: [`希望は${WORKING_STYLE_LABELS[registrant.workingStyle]}、求人は${offeredStyle}`],
  });
};
