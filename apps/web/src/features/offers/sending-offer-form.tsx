import {
  CheckboxGroup,
  DatePicker,
  NumberField,
  RadioGroup,
  Select,
  TextField,
  YenField,
} from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import type { AgeBand, MoveTypeWanted, SendingReason, WorkplaceCondition } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { offersMessages } from './messages';
import { FormSection, OfferFormFrame, useOfferForm } from './offer-form-frame';
import { offerFieldId as fid, type OfferFormErrors } from './offer-form-support';
import { OfferIdentityFields } from './offer-identity-fields';
import { PrefecturePicker } from './prefecture-picker';
import { SENDING_FIELD_ORDER, type SendingOfferValues } from './sending-offer-values';
import { SkillPicker } from './skill-picker';
import { useOfferReferenceData, type OfferReferenceOptions } from './use-offer-reference-data';

const text = offersMessages.form;
const fields = offersMessages.fields;
const units = offersMessages.units;
/** The "no value" choice of an optional Select. */
const NONE = '*';

interface SectionProps {
  values: SendingOfferValues;
  set: <K extends keyof SendingOfferValues>(key: K) => (value: SendingOfferValues[K]) => void;
  errors: OfferFormErrors;
  reference: OfferReferenceOptions | null;
  isEdit: boolean;
}

export interface SendingOfferFormProps {
  title: string;
  initial: SendingOfferValues;
  isEdit: boolean;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
  /** Saves, or throws the API's error (shown at the fields). */
  save: (values: SendingOfferValues) => Promise<void>;
  onReload?: () => void;
}

/** Recording or editing sending information: every field the API takes, each with the API's error beside it. */
export function SendingOfferForm(props: SendingOfferFormProps) {
  const form = useOfferForm(props.initial, SENDING_FIELD_ORDER);
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
      <PeopleSection {...section} />
      <ConditionsSection {...section} />
    </OfferFormFrame>
  );
}

function BasicsSection({ values, set, errors, reference, isEdit }: SectionProps) {
  const moveTypes = useEnumOptions('MoveTypeWanted');
  const reasons = useEnumOptions('SendingReason');
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
      <RadioGroup
        id={fid('moveType')}
        label={fields.moveType}
        isRequired
        options={moveTypes}
        value={values.moveType}
        onChange={(value) => set('moveType')(value as MoveTypeWanted)}
        errorMessage={errors.at('moveType')}
      />
      <NumberField
        id={fid('peopleCount')}
        label={fields.peopleCount}
        unit={units.people}
        isRequired
        value={values.peopleCount}
        onChange={set('peopleCount')}
        errorMessage={errors.at('peopleCount')}
      />
      <Select
        id={fid('reason')}
        label={fields.reason}
        isRequired
        options={reasons}
        value={values.reason}
        onChange={(value) => set('reason')(value as SendingReason | null)}
        errorMessage={errors.at('reason')}
      />
      <TextField
        id={fid('reasonDetail')}
        label={fields.reasonDetail}
        description={fields.reasonDetailHint}
        multiline
        value={values.reasonDetail}
        onChange={set('reasonDetail')}
        errorMessage={errors.at('reasonDetail')}
      />
    </FormSection>
  );
}

function PeopleSection({ values, set, errors }: SectionProps) {
  const ageBands = useEnumOptions('AgeBand');
  return (
    <FormSection id="offer-people" heading={text.people}>
      <div className="md:col-span-2">
        <SkillPicker
          id={fid('skills')}
          label={fields.skills}
          selected={values.skills}
          onChange={set('skills')}
          errorMessage={errors.at('skills')}
        />
      </div>
      <NumberField
        id={fid('experienceYears')}
        label={fields.experienceYears}
        unit={units.years}
        value={values.experienceYears}
        onChange={set('experienceYears')}
        errorMessage={errors.at('experienceYears')}
      />
      <Select
        id={fid('ageBand')}
        label={fields.ageBand}
        description={fields.ageBandHint}
        options={[{ value: NONE, label: offersMessages.none }, ...ageBands]}
        value={values.ageBand ?? NONE}
        onChange={(value) => set('ageBand')(value === NONE ? null : (value as AgeBand | null))}
        errorMessage={errors.at('ageBand')}
      />
    </FormSection>
  );
}

function ConditionsSection({ values, set, errors, reference }: SectionProps) {
  const conditions = useEnumOptions('WorkplaceCondition');
  return (
    <FormSection id="offer-conditions" heading={text.conditions}>
      <YenField
        id={fid('monthlyWage')}
        label={fields.monthlyWage.sending}
        value={values.monthlyWage}
        onChange={set('monthlyWage')}
        errorMessage={errors.at('monthlyWage')}
      />
      <NumberField
        id={fid('desiredPeriodMonths')}
        label={fields.desiredPeriodMonths}
        unit={units.months}
        description={fields.periodHint}
        value={values.desiredPeriodMonths}
        onChange={set('desiredPeriodMonths')}
        errorMessage={errors.at('desiredPeriodMonths')}
      />
      <div className="md:col-span-2">
        <PrefecturePicker
          id={fid('acceptablePrefectureCodes')}
          prefectures={reference?.prefectures ?? []}
          value={values.acceptablePrefectureCodes}
          onChange={set('acceptablePrefectureCodes')}
          errorMessage={errors.at('acceptablePrefectureCodes')}
        />
      </div>
      <DatePicker
        id={fid('earliestStartOn')}
        label={fields.earliestStartOn}
        value={values.earliestStartOn}
        onChange={set('earliestStartOn')}
        errorMessage={errors.at('earliestStartOn')}
      />
      <div className="md:col-span-2">
        <CheckboxGroup
          id={fid('conditions')}
          label={fields.conditions.sending}
          options={conditions}
          value={values.conditions}
          onChange={(value) => set('conditions')(value as WorkplaceCondition[])}
          errorMessage={errors.at('conditions')}
        />
      </div>
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
