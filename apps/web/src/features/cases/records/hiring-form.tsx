import { formatYen, RadioGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseHiringAgreementDocument,
  type CaseDetailFragment,
  type CaseEmploymentType,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useRecordForm } from '../form-kit';
import { RecordFormFrame } from '../form-frame';
import { DateField, showValue, WholeNumberField } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, numberText, orNull, wholeNumber } from './record-values';

const text = caseMessages.hiring;

function read(kase: CaseDetailFragment) {
  const hiring = kase.hiringAgreement;
  return {
    agreedOn: hiring?.agreedOn ?? '',
    plannedHireOn: hiring?.plannedHireOn ?? '',
    jobTitle: hiring?.jobTitle ?? '',
    employmentType: hiring?.employmentType ?? null,
    monthlyWage: numberText(hiring?.monthlyWage),
    workingHours: hiring?.workingHours ?? '',
    notes: hiring?.notes ?? '',
  };
}
type Draft = ReturnType<typeof read>;

const LABELS: Record<keyof Draft, string> = {
  agreedOn: text.agreedOn,
  plannedHireOn: text.plannedHireOn,
  jobTitle: text.jobTitle,
  employmentType: text.employmentType,
  monthlyWage: text.monthlyWage,
  workingHours: text.workingHours,
  notes: text.notes,
};

/** 採用内定 of a transfer: when, the planned hire day, the job, the employment type and the wage. */
export function HiringForm() {
  const employmentLabel = useEnumLabel('CaseEmploymentType');
  const employmentOptions = useEnumOptions('CaseEmploymentType');
  const form = useRecordForm({
    prefix: 'hiring',
    document: RecordCaseHiringAgreementDocument,
    read,
    write: (draft: Draft) => {
      const wage = wholeNumber('monthlyWage', draft.monthlyWage);
      if (wage.problem) return { problems: [wage.problem] };
      return {
        agreedOn: dayOrNull(draft.agreedOn),
        plannedHireOn: dayOrNull(draft.plannedHireOn),
        jobTitle: orNull(draft.jobTitle),
        employmentType: draft.employmentType,
        monthlyWage: wage.value,
        workingHours: orNull(draft.workingHours),
        notes: orNull(draft.notes),
      };
    },
  });
  const { draft } = form.draft;
  const set = form.draft.set;
  return (
    <RecordFormFrame
      form={form}
      heading={text.heading}
      labels={LABELS}
      show={(key, value) => showValue(value, key === 'employmentType' ? employmentLabel : undefined)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <DateField
          id={form.idFor('agreedOn')}
          label={text.agreedOn}
          value={draft.agreedOn}
          onChange={(value) => set('agreedOn', value)}
          errorMessage={form.errorFor('agreedOn')}
        />
        <DateField
          id={form.idFor('plannedHireOn')}
          label={text.plannedHireOn}
          value={draft.plannedHireOn}
          onChange={(value) => set('plannedHireOn', value)}
          errorMessage={form.errorFor('plannedHireOn')}
        />
      </div>
      <TextField
        id={form.idFor('jobTitle')}
        label={text.jobTitle}
        value={draft.jobTitle}
        onChange={(value) => set('jobTitle', value)}
        errorMessage={form.errorFor('jobTitle')}
      />
      <RadioGroup
        id={form.idFor('employmentType')}
        label={text.employmentType}
        orientation="horizontal"
        options={employmentOptions}
        value={draft.employmentType}
        onChange={(value) => set('employmentType', value as CaseEmploymentType)}
        errorMessage={form.errorFor('employmentType')}
      />
      <WholeNumberField
        id={form.idFor('monthlyWage')}
        label={text.monthlyWage}
        value={draft.monthlyWage}
        onChange={(value) => set('monthlyWage', value)}
        readBack={formatYen}
        errorMessage={form.errorFor('monthlyWage')}
      />
      <TextField
        id={form.idFor('workingHours')}
        label={text.workingHours}
        value={draft.workingHours}
        onChange={(value) => set('workingHours', value)}
        errorMessage={form.errorFor('workingHours')}
      />
      <TextField
        id={form.idFor('notes')}
        label={text.notes}
        multiline
        value={draft.notes}
        onChange={(value) => set('notes', value)}
        errorMessage={form.errorFor('notes')}
      />
    </RecordFormFrame>
  );
}
