// What each stage needs, as a checklist the case shows at every step, and the guards that refuse a move while a
// required item is missing. Pure: the use cases gather the facts, this decides.
import { MoveType } from '@kakehashi/offers';
import {
  MEETING_CONDITION_LABELS,
  MeetingCondition,
  SocialInsuranceHandling,
  UnionAgreementStatus,
  WageShareUnit,
  type CaseWorker,
  type ContractRecord,
  type HiringAgreementRecord,
  type InternalProcedureRecord,
  type MeetingRecord,
  type WorkplaceTourRecord,
} from './case-details';
import { contractMonths } from './case-dates';
import { CASE_FLOWS, CaseStage, stageIndex } from './case-stage';

/** What the offers allow, for the contract period check. */
export interface OfferLimits {
  sendingDesiredPeriodMonths: number | null;
  sendingEarliestStartOn: string | null;
  receivingPeriodMonths: number | null;
}

export interface CaseFacts {
  moveType: MoveType;
  stage: CaseStage;
  sendingConsultantId: string | null;
  receivingConsultantId: string | null;
  workers: CaseWorker[];
  meeting: MeetingRecord | null;
  internalProcedure: InternalProcedureRecord | null;
  workplaceTour: WorkplaceTourRecord | null;
  contract: ContractRecord | null;
  hiringAgreement: HiringAgreementRecord | null;
  establishedOn: string | null;
  followUpCount: number;
  limits: OfferLimits;
}

export interface ChecklistItem {
  key: string;
  stage: CaseStage;
  label: string;
  done: boolean;
  /** Required items block leaving the stage (or entering the one that needs them); the others are advice. */
  required: boolean;
  /** What exactly is missing, when there is more to say than the label. */
  detail: string | null;
  /**
   * The stage a required item must be done before, when that is not simply the next one: consent and the union's
   * agreement belong to the internal procedure but block only the contract (STEP4), so the tour can happen meanwhile.
   */
  requiredBefore: CaseStage | null;
}

type ItemSpec = Omit<ChecklistItem, 'stage' | 'requiredBefore'> & { requiredBefore?: CaseStage };

const filled = (value: string | null | undefined): boolean => !!value && value.trim().length > 0;

/** Workers who must consent: everyone not withdrawn. */
function consentMissing(workers: CaseWorker[]): string[] {
  return workers.filter((w) => !w.withdrawnOn && !w.consentOn).map((w) => w.label);
}

function workerConsentItem(workers: CaseWorker[]): ItemSpec {
  const missing = consentMissing(workers);
  const active = workers.filter((w) => !w.withdrawnOn);
  return {
    key: 'workerConsent',
    label: '対象労働者全員の同意',
    done: active.length > 0 && missing.length === 0,
    required: true,
    detail:
      active.length === 0
        ? '対象労働者が登録されていません。'
        : missing.length
          ? `同意が未確認の対象労働者: ${missing.join('、')}`
          : null,
  };
}

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

function stageItems(stage: CaseStage, facts: CaseFacts): ItemSpec[] {
  const secondment = facts.moveType === MoveType.SECONDMENT;
  switch (stage) {
    case CaseStage.INFORMATION_COLLECTION:
      return [
        {
          key: 'consultantsAssigned',
          label: '担当コンサルタント(送出側・受入側)の決定',
          done: !!facts.sendingConsultantId && !!facts.receivingConsultantId,
          required: false,
          detail: null,
        },
      ];
    case CaseStage.INTER_COMPANY_MEETING: {
      const meeting = facts.meeting;
      const presented = meeting?.conditionsPresented ?? [];
      const missingConditions = Object.values(MeetingCondition)
        .filter((condition) => !presented.includes(condition))
        .map((condition) => MEETING_CONDITION_LABELS[condition]);
      return [
        {
          key: 'meetingHeld',
          label: '企業間面談の実施日',
          done: !!meeting?.heldOn,
          required: true,
          detail: null,
        },
        {
          key: 'meetingAttendees',
          label: '面談の出席者',
          done: filled(meeting?.attendees),
          required: false,
          detail: null,
        },
        {
          key: 'conditionsPresented',
          label: '諸条件(期間・賃金・労働時間)の提示',
          done: missingConditions.length === 0,
          required: true,
          detail: missingConditions.length ? `未提示: ${missingConditions.join('、')}` : null,
        },
        {
          key: 'subsidyExplained',
          label: '助成金の周知と活用勧奨',
          done: !!meeting?.subsidyExplained,
          required: secondment,
          detail: null,
        },
      ];
    }
    case CaseStage.INTERNAL_PROCEDURE: {
      const procedure = facts.internalProcedure;
      const union = procedure?.unionAgreement ?? UnionAgreementStatus.PENDING;
      return [
        {
          key: 'conditionsStated',
          label: '出向期間・賃金・労働時間等の労働条件の明示',
          done: !!procedure?.conditionsStated,
          required: true,
          detail: null,
        },
        {
          key: 'workersSelected',
          label: '出向対象労働者の選定・募集',
          done: !!procedure?.workerSelection && facts.workers.some((w) => !w.withdrawnOn),
          required: true,
          detail: facts.workers.length === 0 ? '対象労働者が登録されていません。' : null,
        },
        { ...workerConsentItem(facts.workers), requiredBefore: CaseStage.CONTRACT },
        {
          key: 'unionAgreement',
          requiredBefore: CaseStage.CONTRACT,
          label: '労働組合との合意(労働組合がない場合はその旨)',
          done:
            union === UnionAgreementStatus.NO_UNION ||
            (union === UnionAgreementStatus.AGREED && !!procedure?.unionAgreedOn),
          required: true,
          detail: null,
        },
        {
          key: 'workRulesClause',
          label: '就業規則等の出向規定の整備',
          done: !!procedure?.workRulesClause,
          required: false,
          detail: null,
        },
      ];
    }
    case CaseStage.WORKPLACE_TOUR:
      return [
        {
          key: 'tourHeld',
          label: '職場見学の実施日',
          done: !!facts.workplaceTour?.heldOn,
          required: true,
          detail: null,
        },
        {
          key: 'tourAttendees',
          label: '見学の参加者(出向元人事担当・対象労働者・労働組合)',
          done: (facts.workplaceTour?.attendees.length ?? 0) > 0,
          required: false,
          detail: null,
        },
      ];
    case CaseStage.CONTRACT:
      return contractItems(facts);
    case CaseStage.HIRING_AGREED:
      return hiringItems(facts);
    case CaseStage.STARTED:
    case CaseStage.HIRED:
      return [
        {
          key: 'established',
          label: secondment ? '出向開始日と開始した人数の記録' : '採用日と採用された人数の記録',
          done: !!facts.establishedOn,
          required: true,
          detail: null,
        },
      ];
    case CaseStage.FOLLOW_UP:
      return [
        {
          key: 'followUpRecorded',
          label: 'フォローアップの記録(1回以上)',
          done: facts.followUpCount > 0,
          required: true,
          detail: null,
        },
      ];
    case CaseStage.COMPLETED:
    case CaseStage.NOT_ESTABLISHED:
      return [];
    default: {
      const unhandled: never = stage;
      throw new Error(`no checklist for stage ${String(unhandled)}`);
    }
  }
}

function contractItems(facts: CaseFacts): ItemSpec[] {
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

function hiringItems(facts: CaseFacts): ItemSpec[] {
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

/** The checklist of one stage of the case's flow. */
export function checklistOf(stage: CaseStage, facts: CaseFacts): ChecklistItem[] {
  return stageItems(stage, facts).map((item) => ({
    ...item,
    stage,
    requiredBefore: item.requiredBefore ?? null,
  }));
}

/**
 * Items of any stage that must be done before entering `target` (the law's and the process's guards): no secondment
 * contract without every worker's consent and the union's agreement (or no union).
 */
function entryGuards(target: CaseStage, facts: CaseFacts): ChecklistItem[] {
  return flowChecklists(facts).flatMap(({ items }) =>
    items.filter((item) => item.required && item.requiredBefore === target),
  );
}

/**
 * The required items missing to go from the current stage to `target` (the next stage of the flow): the current
 * stage's own required items (except those due only before a later stage), plus the guards of the stage entered.
 * Empty means the move is allowed.
 */
export function missingToEnter(target: CaseStage, facts: CaseFacts): ChecklistItem[] {
  const leaving = checklistOf(facts.stage, facts).filter(
    (item) => item.required && !item.done && (item.requiredBefore === null || item.requiredBefore === target),
  );
  const guards = entryGuards(target, facts).filter((item) => !item.done);
  const seen = new Set(leaving.map((item) => item.key));
  return [...leaving, ...guards.filter((item) => !seen.has(item.key))];
}

/** The stages of the case's flow, each with its checklist. */
export function flowChecklists(facts: CaseFacts): { stage: CaseStage; items: ChecklistItem[] }[] {
  return CASE_FLOWS[facts.moveType]
    .filter((stage) => stageIndex(facts.moveType, stage) >= 0)
    .map((stage) => ({ stage, items: checklistOf(stage, facts) }));
}

/** One Japanese sentence naming every missing item, for the error message. */
export function describeMissing(target: string, missing: ChecklistItem[]): string {
  const parts = missing.map((item) =>
    item.detail ? `${item.label}(${item.detail.replace(/。$/, '')})` : item.label,
  );
  return `${target}に進めません。不足している項目: ${parts.join('、')}`;
}
