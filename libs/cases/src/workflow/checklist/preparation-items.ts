// The checklists of the stages before the contract: information, the companies' meeting, the sender's internal
// procedure and the workplace tour.
import { MoveType } from '@kakehashi/offers';
import { MEETING_CONDITION_LABELS, MeetingCondition, UnionAgreementStatus } from '../case-details';
import { CaseStage } from '../case-stage';
import { filled, workerConsentItem } from './checklist-items';
import type { CaseFacts, ItemSpec } from './checklist.types';

export function informationCollectionItems(facts: CaseFacts): ItemSpec[] {
  return [
    {
      key: 'consultantsAssigned',
      label: '担当コンサルタント(送出側・受入側)の決定',
      done: !!facts.sendingConsultantId && !!facts.receivingConsultantId,
      required: false,
      detail: null,
    },
  ];
}

export function interCompanyMeetingItems(facts: CaseFacts): ItemSpec[] {
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
      required: facts.moveType === MoveType.SECONDMENT,
      detail: null,
    },
  ];
}

export function internalProcedureItems(facts: CaseFacts): ItemSpec[] {
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

export function workplaceTourItems(facts: CaseFacts): ItemSpec[] {
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
}
