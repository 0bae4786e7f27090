import { Button, ErrorSummary, Select, TextField } from '@kakehashi/web-ui';
import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { companyFieldId, type CompanyFormErrors } from './company-form-errors';
import type { CompanyField, CompanyFormValues } from './company-form-values';
import { companyFieldLabels as labels, companyMessages } from './messages';
import type { CompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.form;

export interface CompanyFormProps {
  values: CompanyFormValues;
  onChange: (field: CompanyField, value: string) => void;
  lists: CompanyReferenceLists;
  errors: CompanyFormErrors;
  /** HQ and administrators choose the owning office; a consultant's is their own (shown, not chosen). */
  chooseOffice: boolean;
  ownOfficeName: string | null;
  submitLabel: string;
  isSubmitting: boolean;
  onSubmit: () => void;
  /** A link back (cancel), beside the submit button. */
  cancel: ReactNode;
  /** Shown under the error summary (e.g. the way to a company that already has this 法人番号). */
  notice?: ReactNode;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-16 bg-white p-6 shadow-sm">
      <legend className="float-left mb-4 w-full text-xl font-bold">{legend}</legend>
      <div className="clear-both grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** The company's fields, grouped; each shows the API's message for it, and the summary lists them all. */
export function CompanyForm(props: CompanyFormProps) {
  const { values, onChange, lists, errors, chooseOffice, ownOfficeName } = props;
  const textField = (field: CompanyField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={companyFieldId(field)}
      label={labels[field]}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      errorMessage={errors.byField[field]}
      {...extra}
    />
  );
  const select = (field: CompanyField, options: CompanyReferenceLists['industries']) => (
    <Select
      id={companyFieldId(field)}
      label={labels[field]}
      options={options}
      value={values[field] || null}
      onChange={(value) => onChange(field, value ?? '')}
      errorMessage={errors.byField[field]}
      isRequired
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-6">
      <ErrorSummary title={text.failed} problems={errors.problems} />
      {props.notice}
      <Group legend={text.basics}>
        {textField('legalName', { isRequired: true, description: text.legalNameHint })}
        {textField('legalNameKana', { description: text.legalNameKanaHint })}
        {textField('corporateNumber', { description: text.corporateNumberHint, inputMode: 'numeric' })}
        {select('size', lists.sizes)}
        {select('jsicMajorCode', lists.industries)}
        {textField('jsicMiddleCode', { description: text.jsicMiddleCodeHint, inputMode: 'numeric' })}
        {select('prefectureCode', lists.prefectures)}
        {textField('address')}
        {textField('employeeCount', { description: text.employeeCountHint, inputMode: 'numeric' })}
        {chooseOffice ? (
          select('owningOfficeId', lists.offices)
        ) : (
          <p className="self-end py-2">{text.owningOfficeOwn(ownOfficeName ?? '—')}</p>
        )}
      </Group>
      <Group legend={text.contact}>
        {textField('contactName', { autoComplete: 'off' })}
        {textField('contactPhone', { type: 'tel', autoComplete: 'off' })}
        {textField('contactEmail', { type: 'email', autoComplete: 'off' })}
      </Group>
      <Group legend={text.other}>
        <div className="md:col-span-2">{textField('notes', { multiline: true })}</div>
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
