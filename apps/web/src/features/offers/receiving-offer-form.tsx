import { CheckboxGroup, DatePicker, NumberField, Select, TextField, YenField } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import type { MoveType, ShiftPattern, WorkplaceCondition } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { offersMessages } from './messages';
import { FormSection, OfferFormFrame, useOfferForm } from './offer-form-frame';
import { offerFieldId as fid, type OfferFormErrors } from './offer-form-support';
import { OfferIdentityFields } from './offer-identity-fields';
import { RECEIVING_FIELD_ORDER, type ReceivingOfferValues } from './receiving-offer-values';
import { SkillPicker } from './skill-picker';
import { useOfferReferenceData, type OfferReferenceOptions } from './use-offer-reference-data';

const text = offersMessages.form;
const fields = offersMessages.fields;
const units = offersMessages.units;
/** The "no value" choice of an optional Select. */
const NONE = '*';

interface SectionProps {
  values: ReceivingOfferValues;
  set: <K extends keyof ReceivingOfferValues>(key: K) => (value: ReceivingOfferValues[K]) => void;
  errors: OfferFormErrors;
  reference: OfferReferenceOptions | null;
  isEdit: boolean;
}

export interface ReceivingOfferFormProps {
  title: string;
  initial: ReceivingOfferValues;
  isEdit: boolean;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
  save: (values: ReceivingOfferValues) => Promise<void>;
  onReload?: () => void;
}

/** Recording or editing receiving information: every field the API takes, each with the API's error beside it. */
export function ReceivingOfferForm(props: ReceivingOfferFormProps) {
  const form = useOfferForm(props.initial, RECEIVING_FIELD_ORDER);
  const reference = useOfferReferenceData();
  const section: SectionProps = { ...form, reference, isEdit: props.isEdit };
  return (
    <OfferFormFrame
      title={props.title}
      notice={props.notice}
      errors={form.errors}
      failure={form.failure}
      pending={form.pending}
      submitLabel={props.submitLabel}
      cancel={props.cancel}
      onSubmit={() => void form.submit(props.save)}
      onReload={props.onReload}
    >
      <BasicsSection {...section} />
      <SkillsSection {...section} />
      <WorkplaceSection {...section} />
      <ConditionsSection {...section} />
    </OfferFormFrame>
  );
}

function BasicsSection({ values, set, errors, reference, isEdit }: SectionProps) {
  const moveTypes = useEnumOptions('MoveType');
  return (
    <FormSection id="offer-basics" heading={text.basics}>
      <OfferIdentityFields
        isEdit={isEdit}
        company={values.company}
        onCompany={set('company')}
        status={values.status}
        onStatus={set('status')}
        receivedOn={values.receivedOn}
        onReceivedOn={set('receivedOn')}
        errors={errors}
      />
      <TextField
        id={fid('jobTitle')}
        label={fields.jobTitle}
        isRequired
        value={values.jobTitle}
        onChange={set('jobTitle')}
        errorMessage={errors.at('jobTitle')}
      />
      <Select
        id={fid('occupationCode')}
        label={fields.occupationCode}
        isRequired
        options={reference?.occupations ?? []}
        value={values.occupationCode}
        onChange={set('occupationCode')}
        errorMessage={errors.at('occupationCode')}
      />
      <CheckboxGroup
        id={fid('moveTypes')}
        label={fields.moveTypes}
        isRequired
        options={moveTypes}
        value={values.moveTypes}
        onChange={(value) => set('moveTypes')(value as MoveType[])}
        errorMessage={errors.at('moveTypes')}
      />
      <NumberField
        id={fid('peopleWanted')}
        label={fields.peopleWanted}
        unit={units.people}
        isRequired
        value={values.peopleWanted}
        onChange={set('peopleWanted')}
        errorMessage={errors.at('peopleWanted')}
      />
      <div className="md:col-span-2">
        <TextField
          id={fid('duties')}
          label={fields.duties}
          multiline
          value={values.duties}
          onChange={set('duties')}
          errorMessage={errors.at('duties')}
        />
      </div>
    </FormSection>
  );
}

function SkillsSection({ values, set, errors }: SectionProps) {
  return (
    <FormSection id="offer-skills-section" heading={text.people}>
      <div className="md:col-span-2">
        <SkillPicker
          id={fid('requiredSkills')}
          label={fields.requiredSkills}
          selected={values.requiredSkills}
          onChange={set('requiredSkills')}
          errorMessage={errors.at('requiredSkills')}
        />
      </div>
      <div className="md:col-span-2">
        <SkillPicker
          id={fid('preferredSkills')}
          label={fields.preferredSkills}
          selected={values.preferredSkills}
          onChange={set('preferredSkills')}
          errorMessage={errors.at('preferredSkills')}
        />
      </div>
      <NumberField
        id={fid('minExperienceYears')}
        label={fields.minExperienceYears}
        unit={units.years}
        value={values.minExperienceYears}
        onChange={set('minExperienceYears')}
        errorMessage={errors.at('minExperienceYears')}
      />
    </FormSection>
  );
}

function ConditionsSection({ values, set, errors }: SectionProps) {
  return (
    <FormSection id="offer-conditions" heading={text.conditions}>
      <YenField
        id={fid('monthlyWage')}
        label={fields.monthlyWage.receiving}
        value={values.monthlyWage}
        onChange={set('monthlyWage')}
        errorMessage={errors.at('monthlyWage')}
      />
      <NumberField
        id={fid('periodMonths')}
        label={fields.periodMonths}
        unit={units.months}
        description={fields.periodHint}
        value={values.periodMonths}
        onChange={set('periodMonths')}
        errorMessage={errors.at('periodMonths')}
      />
      <DatePicker
        id={fid('startBy')}
        label={fields.startBy}
        value={values.startBy}
        onChange={set('startBy')}
        errorMessage={errors.at('startBy')}
      />
      <div className="md:col-span-2">
        <TextField
          id={fid('notes')}
          label={fields.notes}
          multiline
          value={values.notes}
          onChange={set('notes')}
          errorMessage={errors.at('notes')}
        />
      </div>
    </FormSection>
  );
}

function WorkplaceSection({ values, set, errors, reference }: SectionProps) {
  const shifts = useEnumOptions('ShiftPattern');
  const conditions = useEnumOptions('WorkplaceCondition');
  return (
    <FormSection id="offer-workplace" heading={text.workplace}>
      <Select
        id={fid('workplacePrefectureCode')}
        label={fields.workplacePrefectureCode}
        isRequired
        options={reference?.prefectures ?? []}
        value={values.workplacePrefectureCode}
        onChange={set('workplacePrefectureCode')}
        errorMessage={errors.at('workplacePrefectureCode')}
      />
      <TextField
        id={fid('workplaceCity')}
        label={fields.workplaceCity}
        value={values.workplaceCity}
        onChange={set('workplaceCity')}
        errorMessage={errors.at('workplaceCity')}
      />
      <TextField
        id={fid('workingHours')}
        label={fields.workingHours}
        description={fields.workingHoursHint}
        value={values.workingHours}
        onChange={set('workingHours')}
        errorMessage={errors.at('workingHours')}
      />
      <Select
        id={fid('shiftPattern')}
        label={fields.shiftPattern}
        options={[{ value: NONE, label: offersMessages.none }, ...shifts]}
        value={values.shiftPattern ?? NONE}
        onChange={(value) => set('shiftPattern')(value === NONE ? null : (value as ShiftPattern | null))}
        errorMessage={errors.at('shiftPattern')}
      />
      <div className="md:col-span-2">
        <CheckboxGroup
          id={fid('conditions')}
          label={fields.conditions.receiving}
          options={conditions}
          value={values.conditions}
          onChange={(value) => set('conditions')(value as WorkplaceCondition[])}
          errorMessage={errors.at('conditions')}
        />
      </div>
    </FormSection>
  );
}
