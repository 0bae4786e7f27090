import {
  Button,
  DatePicker,
  ErrorSummary,
  NumberField,
  RadioGroup,
  Select,
  TextField,
  type Option,
} from '@kakehashi/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { partnerMessages } from './messages';
import { referralFieldId, type ReferralFormErrors } from './referral-form-errors';
import { peopleFieldsFor, type ReferralField, type ReferralFormValues } from './referral-form-values';
import { useCorporateNumberCheck } from './use-corporate-number-check';

const text = partnerMessages.form;
const labels = text.labels;

export interface ReferralFormLists {
  industries: Option[];
  prefectures: Option[];
  sizes: Option[];
  needs: Option[];
}

export interface ReferralFormProps {
  values: ReferralFormValues;
  onChange: <F extends ReferralField>(field: F, value: ReferralFormValues[F]) => void;
  lists: ReferralFormLists;
  errors: ReferralFormErrors;
  submitLabel: string;
  isSubmitting: boolean;
  onSubmit: () => void;
  /** A link back, beside the submit button. */
  cancel: ReactNode;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-16 bg-white p-6 shadow-sm">
      <legend className="float-left mb-4 w-full text-xl font-bold">{legend}</legend>
      <div className="clear-both grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * A referral's content in plain Japanese, grouped as a branch officer thinks of it: the company, what it needs, its
 * consent. The 法人番号 is checked by the API as it is typed; on saving, the API's field errors appear at their
 * fields and in the summary, which takes the focus to the first.
 */
export function ReferralForm(props: ReferralFormProps) {
  const { values, onChange, lists, errors } = props;
  const [leftNumber, setLeftNumber] = useState(false);
  const check = useCorporateNumberCheck(values.clientCorporateNumber, leftNumber);
  const people = peopleFieldsFor(values.need);
  const numberError = errors.byField.clientCorporateNumber ?? check.message ?? undefined;
  const numberStatus = check.checking
    ? text.hints.checking
    : check.valid
      ? text.hints.corporateNumberOk
      : (check.message ?? '');

  const textField = (
    field: ReferralField & keyof ReferralFormValues,
    extra: Record<string, unknown> = {},
  ) => (
    <TextField
      id={referralFieldId(field)}
      label={labels[field]}
      value={values[field] as string}
      onChange={(value) => onChange(field, value)}
      errorMessage={errors.byField[field]}
      {...extra}
    />
  );
  const count = (field: 'clientEmployeeCount' | 'surplusPeople' | 'shortagePeople', isRequired: boolean) => (
    <NumberField
      id={referralFieldId(field)}
      label={labels[field]}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      errorMessage={errors.byField[field]}
      isRequired={isRequired}
      unit={text.hints.people}
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-6">
      <ErrorSummary title={text.failed} problems={errors.problems} />
      <Group legend={text.groups.client}>
        {textField('clientName', { isRequired: true, description: text.hints.clientName })}
        <div className="flex flex-col gap-1">
          {textField('clientCorporateNumber', {
            description: text.hints.clientCorporateNumber,
            inputMode: 'numeric',
            autoComplete: 'off',
            errorMessage: numberError,
            onBlur: () => setLeftNumber(true),
          })}
          <p aria-live="polite" className={check.valid ? 'text-sm text-green-1100' : 'sr-only'}>
            {numberStatus}
          </p>
        </div>
        <Select
          id={referralFieldId('clientJsicMajorCode')}
          label={labels.clientJsicMajorCode}
          options={lists.industries}
          value={values.clientJsicMajorCode || null}
          onChange={(value) => onChange('clientJsicMajorCode', value ?? '')}
          placeholder={text.choose}
          errorMessage={errors.byField.clientJsicMajorCode}
          isRequired
        />
        <Select
          id={referralFieldId('clientPrefectureCode')}
          label={labels.clientPrefectureCode}
          options={lists.prefectures}
          value={values.clientPrefectureCode || null}
          onChange={(value) => onChange('clientPrefectureCode', value ?? '')}
          placeholder={text.choose}
          errorMessage={errors.byField.clientPrefectureCode}
          isRequired
        />
        <RadioGroup
          id={referralFieldId('clientSize')}
          label={labels.clientSize}
          options={lists.sizes}
          value={values.clientSize || null}
          onChange={(value) => onChange('clientSize', value)}
          errorMessage={errors.byField.clientSize}
          isRequired
        />
        {count('clientEmployeeCount', false)}
      </Group>
      <Group legend={text.groups.need}>
        <div className="md:col-span-2">
          <RadioGroup
            id={referralFieldId('need')}
            label={labels.need}
            options={lists.needs}
            value={values.need || null}
            onChange={(value) => onChange('need', value)}
            errorMessage={errors.byField.need}
            orientation="vertical"
            isRequired
          />
        </div>
        {people.surplus ? count('surplusPeople', true) : null}
        {people.shortage ? count('shortagePeople', true) : null}
        {textField('occupations', { isRequired: true, description: text.hints.occupations })}
        <DatePicker
          id={referralFieldId('desiredStartOn')}
          label={labels.desiredStartOn}
          value={values.desiredStartOn}
          onChange={(value) => onChange('desiredStartOn', value)}
          errorMessage={errors.byField.desiredStartOn}
        />
        <div className="md:col-span-2">{textField('description', { multiline: true })}</div>
      </Group>
      <Group legend={text.groups.consent}>
        <p className="md:col-span-2">{text.hints.consent}</p>
        <DatePicker
          id={referralFieldId('consentObtainedOn')}
          label={labels.consentObtainedOn}
          value={values.consentObtainedOn}
          onChange={(value) => onChange('consentObtainedOn', value)}
          errorMessage={errors.byField.consentObtainedOn}
          isRequired
        />
        {textField('consentObtainedBy', { isRequired: true, autoComplete: 'off' })}
      </Group>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" isPending={props.isSubmitting}>
          {props.submitLabel}
        </Button>
        {props.cancel}
      </div>
    </Form>
  );
}
