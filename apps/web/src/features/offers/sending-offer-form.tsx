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
import type {
  AgeBand,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  WorkplaceCondition,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { CompanyPicker } from './company-picker';
import { offersMessages } from './messages';
import { FormSection, OfferFormFrame, useOfferForm } from './offer-form-frame';
import { offerFieldId as fid, type OfferFormErrors } from './offer-form-support';
import {
  AGE_BANDS,
  MOVE_TYPES_WANTED,
  OFFER_STATUSES,
  optionsOf,
  SENDING_REASONS,
  WORKPLACE_CONDITIONS,
} from './offer-values';
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
  owningOfficeId?: string;
}

export interface SendingOfferFormProps {
  title: string;
  initial: SendingOfferValues;
  isEdit: boolean;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
  /** A consultant picks among their own office's companies. */
  owningOfficeId?: string;
  /** Saves, or throws the API's error (shown at the fields). */
  save: (values: SendingOfferValues) => Promise<void>;
  onReload?: () => void;
}

/** Recording or editing sending information: every field the API takes, each with the API's error beside it. */
export function SendingOfferForm(props: SendingOfferFormProps) {
  const form = useOfferForm(props.initial, SENDING_FIELD_ORDER);
  const reference = useOfferReferenceData();
  const section: SectionProps = {
    ...form,
    reference,
    isEdit: props.isEdit,
    owningOfficeId: props.owningOfficeId,
  };
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

function BasicsSection({ values, set, errors, reference, isEdit, owningOfficeId }: SectionProps) {
  const status = useEnumLabel('OfferStatus');
  const moveType = useEnumLabel('MoveTypeWanted');
  const reason = useEnumLabel('SendingReason');
  return (
    <FormSection id="offer-basics" heading={text.basics}>
      {isEdit ? (
        <div className="flex flex-col gap-1">
          <span className="font-bold">{fields.company}</span>
          <span>{values.company?.legalName}</span>
          <span className="text-sm text-solid-gray-700">{text.companyFixed}</span>
        </div>
      ) : (
        <CompanyPicker
          id={fid('companyId')}
          label={fields.company}
          isRequired
          value={values.company}
          onChange={set('company')}
          owningOfficeId={owningOfficeId}
          errorMessage={errors.at('companyId')}
        />
      )}
      {isEdit ? (
        <Select
          id={fid('status')}
          label={fields.status}
          options={optionsOf(OFFER_STATUSES, status)}
          value={values.status}
          onChange={(value) => value && set('status')(value as OfferStatus)}
          errorMessage={errors.at('status')}
        />
      ) : null}
      <DatePicker
        id={fid('receivedOn')}
        label={fields.receivedOn}
        value={values.receivedOn}
        onChange={set('receivedOn')}
        description={isEdit ? undefined : text.receivedOnHint}
        errorMessage={errors.at('receivedOn')}
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
        options={optionsOf(MOVE_TYPES_WANTED, moveType)}
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
        options={optionsOf(SENDING_REASONS, reason)}
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
  const ageBand = useEnumLabel('AgeBand');
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
        options={[{ value: NONE, label: offersMessages.none }, ...optionsOf(AGE_BANDS, ageBand)]}
        value={values.ageBand ?? NONE}
        onChange={(value) => set('ageBand')(value === NONE ? null : (value as AgeBand | null))}
        errorMessage={errors.at('ageBand')}
      />
    </FormSection>
  );
}

function ConditionsSection({ values, set, errors, reference }: SectionProps) {
  const condition = useEnumLabel('WorkplaceCondition');
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
          options={optionsOf(WORKPLACE_CONDITIONS, condition)}
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
