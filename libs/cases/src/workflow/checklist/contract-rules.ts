// The contract's own rules, which the contract stage's checklist and the contract's form both apply.
import { WageShareUnit, type ContractRecord } from '../case-details';
import { contractMonths } from '../case-dates';
import type { OfferLimits } from './checklist.types';

/** Problems with the contract period against what the offers allow; empty when it fits. */
export function contractPeriodProblems(contract: ContractRecord | null, limits: OfferLimits): string[] {
  if (!contract?.startOn || !contract.endOn || contract.endOn < contract.startOn) return [];
  const months = contractMonths(contract.startOn, contract.endOn);
  const problems: string[] = [];
  if (limits.sendingDesiredPeriodMonths !== null && months > limits.sendingDesiredPeriodMonths) {
    problems.push(
      `出向期間(${months}か月)が送出情報の希望期間(${limits.sendingDesiredPeriodMonths}か月)を超えています。`,
    );
  }
  if (limits.receivingPeriodMonths !== null && months > limits.receivingPeriodMonths) {
    problems.push(
      `出向期間(${months}か月)が受入情報の期間(${limits.receivingPeriodMonths}か月)を超えています。`,
    );
  }
  if (limits.sendingEarliestStartOn !== null && contract.startOn < limits.sendingEarliestStartOn) {
    problems.push(`開始日が送出情報の開始可能日(${limits.sendingEarliestStartOn})より前です。`);
  }
  return problems;
}

/** Whether the wage shares add up to the whole (100%, or the monthly wage in yen). */
export function wageSplitProblem(contract: ContractRecord): string | null {
  const { wageShareUnit: unit, senderShare, receiverShare, monthlyWage } = contract;
  if (!unit || senderShare === null || receiverShare === null) return '賃金負担の割合が入力されていません。';
  if (senderShare < 0 || receiverShare < 0) return '賃金負担は0以上で入力してください。';
  if (unit === WageShareUnit.PERCENT && senderShare + receiverShare !== 100) {
    return `賃金負担の割合の合計が100%になっていません(現在${senderShare + receiverShare}%)。`;
  }
  if (unit === WageShareUnit.YEN) {
    if (monthlyWage === null) return '円で入力する場合は賃金月額を入力してください。';
    if (senderShare + receiverShare !== monthlyWage) {
      return `賃金負担の合計(${senderShare + receiverShare}円)が賃金月額(${monthlyWage}円)と一致しません。`;
    }
  }
  return null;
}
