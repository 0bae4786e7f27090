// The checklists of the agreement stages: a secondment's contract (STEP4), a transfer's hiring agreement.
import { SocialInsuranceHandling } from '../case-details';
import { filled, workerConsentItem } from './checklist-items';
import type { CaseFacts, ItemSpec } from './checklist.types';
import { contractPeriodProblems, wageSplitProblem } from './contract-rules';

export function contractItems(facts: CaseFacts): ItemSpec[] {
  const contract = facts.contract;
  const periodSet = !!contract?.startOn && !!contract.endOn && contract.endOn >= contract.startOn;
  const fit = contractPeriodProblems(contract, facts.limits);
  const wage = contract ? wageSplitProblem(contract) : '賃金負担の割合が入力されていません。';
  return [
    {
      key: 'contractPeriod',
      label: '出向期間(開始日・終了日)',
      done: periodSet,
      required: true,
      detail: null,
    },
    {
      key: 'contractPeriodFits',
      label: '出向期間が送出・受入情報の条件内(または理由を付した例外)',
      done: periodSet && (fit.length === 0 || filled(contract?.periodOverrideReason)),
      required: true,
      detail: fit.length && !filled(contract?.periodOverrideReason) ? fit.join('') : null,
    },
    {
      key: 'contractDuties',
      label: '職務内容',
      done: filled(contract?.duties),
      required: true,
      detail: null,
    },
    { key: 'wageSplit', label: '賃金負担の取り決め', done: wage === null, required: true, detail: wage },
    {
      key: 'workingHours',
      label: '勤務時間・時間外労働の取扱い',
      done: filled(contract?.workingHours) && filled(contract?.overtime),
      required: true,
      detail: null,
    },
    {
      key: 'socialInsurance',
      label: '社会保険等の取扱い',
      done:
        !!contract?.socialInsurance &&
        (contract.socialInsurance !== SocialInsuranceHandling.OTHER || filled(contract.socialInsuranceNote)),
      required: true,
      detail: null,
    },
    {
      key: 'subsidyPlan',
      label: '助成金申請の予定(有無)',
      done: contract?.subsidyApplicationPlanned !== null && contract?.subsidyApplicationPlanned !== undefined,
      required: true,
      detail: null,
    },
    {
      key: 'contractConcluded',
      label: '契約締結日',
      done: !!contract?.concludedOn,
      required: true,
      detail: null,
    },
    workerConsentItem(facts.workers),
  ];
}

export function hiringAgreedItems(facts: CaseFacts): ItemSpec[] {
  const hiring = facts.hiringAgreement;
  return [
    { key: 'hiringAgreed', label: '採用内定日', done: !!hiring?.agreedOn, required: true, detail: null },
    {
      key: 'plannedHireOn',
      label: '採用予定日',
      done: !!hiring?.plannedHireOn,
      required: true,
      detail: null,
    },
    {
      key: 'hiringJobTitle',
      label: '職種・職務',
      done: filled(hiring?.jobTitle),
      required: true,
      detail: null,
    },
    {
      key: 'employmentType',
      label: '雇用形態',
      done: !!hiring?.employmentType,
      required: true,
      detail: null,
    },
    {
      key: 'hiringWage',
      label: '賃金月額',
      done: hiring?.monthlyWage != null,
      required: false,
      detail: null,
    },
    workerConsentItem(facts.workers),
  ];
}
