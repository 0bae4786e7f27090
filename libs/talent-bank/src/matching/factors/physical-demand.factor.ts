import { PHYSICAL_DEMAND_LABELS, PHYSICAL_DEMAND_ORDER } from '../../talent-bank-enums';
import { missingData, verdict, type FactorScorer } from './factor';

/** Physical demands: up to what the registrant can take; one step over is a little, two or more nothing. */
export const physicalDemandFactor: FactorScorer = (registrant, opening) => {
  if (registrant.maxPhysicalDemand === null) return missingData();
  const demand = PHYSICAL_DEMAND_LABELS[opening.physicalDemand];
  const over =
    PHYSICAL_DEMAND_ORDER[opening.physicalDemand] - PHYSICAL_DEMAND_ORDER[registrant.maxPhysicalDemand];
  if (over <= 0) return verdict(1, { reasons: [`身体的負担が対応できる範囲内（${demand}）`] });
  return verdict(over === 1 ? 0.3 : 0, {
    gaps: [
      `身体的負担が対応できる程度を超える（求人は${demand}、対応できるのは${PHYSICAL_DEMAND_LABELS[registrant.maxPhysicalDemand]}まで）`,
    ],
  });
};
