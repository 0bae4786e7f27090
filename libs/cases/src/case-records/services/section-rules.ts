// Field rules of each stage record: they turn an input into the stored record, or into field errors (all at once).
import type { FieldError } from '@kakehashi/graphql-core';
import type {
  RecordContractInput,
  RecordHiringAgreementInput,
  RecordInternalProcedureInput,
  RecordMeetingInput,
  RecordWorkplaceTourInput,
} from '../dtos/case-section.inputs';
import { contractPeriodProblems, type OfferLimits } from '../../workflow/case-checklist';
import {
  SocialInsuranceHandling,
  UnionAgreementStatus,
  WageShareUnit,
  type ContractRecord,
  type HiringAgreementRecord,
  type InternalProcedureRecord,
  type MeetingRecord,
  type WorkplaceTourRecord,
} from '../../workflow/case-details';
import { caseFieldLabel as label } from '../../history/case-history-fields';
import {
  clean,
  collect,
  dayError,
  intError,
  notAfterTodayError,
  textError,
} from '../../cases/services/case-input.rules';

export type SectionResult<T> = { record: T; problems: FieldError[] };

const NOTE_MAX = 2000;

export function meetingRecord(input: RecordMeetingInput, today: string): SectionResult<MeetingRecord> {
  const problems = collect(
    dayError('input.heldOn', input.heldOn, label('meeting.heldOn')),
    notAfterTodayError('input.heldOn', input.heldOn, label('meeting.heldOn'), today),
    textError('input.attendees', input.attendees, label('meeting.attendees'), 500),
    textError('input.conditionsNote', input.conditionsNote, label('meeting.conditionsNote'), NOTE_MAX),
    textError('input.notes', input.notes, label('meeting.notes'), NOTE_MAX),
  );
  return {
    problems,
    record: {
      heldOn: input.heldOn || null,
      attendees: clean(input.attendees),
      conditionsPresented: [...new Set(input.conditionsPresented ?? [])],
      conditionsNote: clean(input.conditionsNote),
      subsidyExplained: !!input.subsidyExplained,
      notes: clean(input.notes),
    },
  };
}

export function internalProcedureRecord(
  input: RecordInternalProcedureInput,
  today: string,
): SectionResult<InternalProcedureRecord> {
  const union = input.unionAgreement ?? UnionAgreementStatus.PENDING;
  const problems = collect(
    dayError('input.unionAgreedOn', input.unionAgreedOn, label('internalProcedure.unionAgreedOn')),
    notAfterTodayError(
      'input.unionAgreedOn',
      input.unionAgreedOn,
      label('internalProcedure.unionAgreedOn'),
      today,
    ),
    union === UnionAgreementStatus.AGREED && !input.unionAgreedOn
      ? { field: 'input.unionAgreedOn', message: '労働組合と合意済みの場合は合意日を入力してください。' }
      : null,
    textError('input.notes', input.notes, label('internalProcedure.notes'), NOTE_MAX),
  );
  return {
    problems,
    record: {
      conditionsStated: !!input.conditionsStated,
      workerSelection: input.workerSelection ?? null,
      unionAgreement: union,
      unionAgreedOn: union === UnionAgreementStatus.AGREED ? input.unionAgreedOn || null : null,
      workRulesClause: !!input.workRulesClause,
      notes: clean(input.notes),
    },
  };
}

export function workplaceTourRecord(
  input: RecordWorkplaceTourInput,
  today: string,
): SectionResult<WorkplaceTourRecord> {
  const problems = collect(
    dayError('input.heldOn', input.heldOn, label('workplaceTour.heldOn')),
    notAfterTodayError('input.heldOn', input.heldOn, label('workplaceTour.heldOn'), today),
    textError('input.notes', input.notes, label('workplaceTour.notes'), NOTE_MAX),
  );
  return {
    problems,
    record: {
      heldOn: input.heldOn || null,
      attendees: [...new Set(input.attendees ?? [])],
      notes: clean(input.notes),
    },
  };
}

/**
 * The contract as typed may be incomplete (a draft saved as the negotiation goes); what is typed must be right, and a
 * period outside what the offers allow needs the consultant's reason.
 */
export function contractRecord(
  input: RecordContractInput,
  today: string,
  limits: OfferLimits,
): SectionResult<ContractRecord> {
  const unit = input.wageShareUnit ?? null;
  const shareMax = unit === WageShareUnit.PERCENT ? 100 : 100_000_000;
  const problems = collect(
    dayError('input.startOn', input.startOn, label('contract.startOn')),
    dayError('input.endOn', input.endOn, label('contract.endOn')),
    dayError('input.concludedOn', input.concludedOn, label('contract.concludedOn')),
    notAfterTodayError('input.concludedOn', input.concludedOn, label('contract.concludedOn'), today),
    textError('input.duties', input.duties, label('contract.duties'), NOTE_MAX),
    intError('input.monthlyWage', input.monthlyWage, label('contract.monthlyWage'), 0, 100_000_000),
    intError('input.senderShare', input.senderShare, label('contract.senderShare'), 0, shareMax),
    intError('input.receiverShare', input.receiverShare, label('contract.receiverShare'), 0, shareMax),
    textError('input.workingHours', input.workingHours, label('contract.workingHours'), 500),
    textError('input.overtime', input.overtime, label('contract.overtime'), 500),
    textError(
      'input.socialInsuranceNote',
      input.socialInsuranceNote,
      label('contract.socialInsuranceNote'),
      NOTE_MAX,
    ),
    textError(
      'input.periodOverrideReason',
      input.periodOverrideReason,
      label('contract.periodOverrideReason'),
      NOTE_MAX,
    ),
  );
  if (input.startOn && input.endOn && input.endOn < input.startOn && !problems.length) {
    problems.push({ field: 'input.endOn', message: '出向終了日は開始日以降の日付を入力してください。' });
  }
  const shares = [input.senderShare, input.receiverShare];
  if (shares.some((share) => share !== null && share !== undefined) && !unit) {
    problems.push({ field: 'input.wageShareUnit', message: '賃金負担の単位(%または円)を選択してください。' });
  }
  if (unit && shares.every((share) => share !== null && share !== undefined) && !problems.length) {
    const total = (input.senderShare as number) + (input.receiverShare as number);
    if (unit === WageShareUnit.PERCENT && total !== 100) {
      problems.push({
        field: 'input.receiverShare',
        message: `賃金負担の割合は合計100%になるように入力してください(現在${total}%)。`,
      });
    }
    if (unit === WageShareUnit.YEN) {
      if (input.monthlyWage === null || input.monthlyWage === undefined) {
        problems.push({
          field: 'input.monthlyWage',
          message: '金額で負担を定める場合は賃金月額を入力してください。',
        });
      } else if (total !== input.monthlyWage) {
        problems.push({
          field: 'input.receiverShare',
          message: `賃金負担の合計(${total}円)が賃金月額(${input.monthlyWage}円)と一致しません。`,
        });
      }
    }
  }
  if (input.socialInsurance === SocialInsuranceHandling.OTHER && !clean(input.socialInsuranceNote)) {
    problems.push({
      field: 'input.socialInsuranceNote',
      message: '「その他」の場合は社会保険等の取扱いを入力してください。',
    });
  }
  const record: ContractRecord = {
    startOn: input.startOn || null,
    endOn: input.endOn || null,
    duties: clean(input.duties),
    wageShareUnit: unit,
    monthlyWage: input.monthlyWage ?? null,
    senderShare: input.senderShare ?? null,
    receiverShare: input.receiverShare ?? null,
    workingHours: clean(input.workingHours),
    overtime: clean(input.overtime),
    socialInsurance: input.socialInsurance ?? null,
    socialInsuranceNote: clean(input.socialInsuranceNote),
    subsidyApplicationPlanned: input.subsidyApplicationPlanned ?? null,
    periodOverrideReason: clean(input.periodOverrideReason),
    concludedOn: input.concludedOn || null,
  };
  if (!problems.length) {
    const outside = contractPeriodProblems(record, limits);
    if (outside.length && !record.periodOverrideReason) {
      problems.push({
        field: 'input.periodOverrideReason',
        message: `${outside.join('')}この期間とする場合は理由を入力してください。`,
      });
    }
  }
  return { problems, record };
}

export function hiringAgreementRecord(
  input: RecordHiringAgreementInput,
  today: string,
): SectionResult<HiringAgreementRecord> {
  const problems = collect(
    dayError('input.agreedOn', input.agreedOn, label('hiringAgreement.agreedOn')),
    notAfterTodayError('input.agreedOn', input.agreedOn, label('hiringAgreement.agreedOn'), today),
    dayError('input.plannedHireOn', input.plannedHireOn, label('hiringAgreement.plannedHireOn')),
    textError('input.jobTitle', input.jobTitle, label('hiringAgreement.jobTitle'), 200),
    intError('input.monthlyWage', input.monthlyWage, label('hiringAgreement.monthlyWage'), 0, 100_000_000),
    textError('input.workingHours', input.workingHours, label('hiringAgreement.workingHours'), 500),
    textError('input.notes', input.notes, label('hiringAgreement.notes'), NOTE_MAX),
  );
  if (input.agreedOn && input.plannedHireOn && input.plannedHireOn < input.agreedOn && !problems.length) {
    problems.push({
      field: 'input.plannedHireOn',
      message: '採用予定日は内定日以降の日付を入力してください。',
    });
  }
  return {
    problems,
    record: {
      agreedOn: input.agreedOn || null,
      plannedHireOn: input.plannedHireOn || null,
      jobTitle: clean(input.jobTitle),
      employmentType: input.employmentType ?? null,
      monthlyWage: input.monthlyWage ?? null,
      workingHours: clean(input.workingHours),
      notes: clean(input.notes),
    },
  };
}
