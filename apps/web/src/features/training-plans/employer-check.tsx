import { useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, DatePicker, formatDate, Select, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  PlanEmployerEligibilityDocument,
  type EmployerFactsInput,
  type PlanEmployerEligibilityQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { FindingList } from './finding-list';
import { planMessages } from './messages';

const text = planMessages.employer;

type Known = 'unknown' | 'yes' | 'no';
const KNOWN_FIELDS = ['planCertified', 'trainedAsCertified', 'wagesPaidProperly'] as const;
const RECORD_LABELS = { training: text.recordTraining, costs: text.recordCosts, wages: text.recordWages };
const asBoolean = (value: Known): boolean | null => (value === 'unknown' ? null : value === 'yes');

interface EmployerForm {
  employsFixedTermWorkers: boolean;
  known: Record<(typeof KNOWN_FIELDS)[number], Known>;
  recordsChecked: boolean;
  records: { training: boolean; costs: boolean; wages: boolean };
  applicationOn: string | null;
  dismissals: string;
}

/** The facts as the API reads them; the dismissal days one a line, as typed (the API says which is not a day). */
export function employerInput(form: EmployerForm, submittedOn: string): EmployerFactsInput {
  return {
    submittedOn,
    applicationOn: form.applicationOn,
    employsFixedTermWorkers: form.employsFixedTermWorkers,
    planCertified: asBoolean(form.known.planCertified),
    trainedAsCertified: asBoolean(form.known.trainedAsCertified),
    wagesPaidProperly: asBoolean(form.known.wagesPaidProperly),
    recordsKept: form.recordsChecked ? form.records : null,
    dismissalsForEmployerReasons: form.dismissals
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** The employer's requirements (§5.13), judged by the API from the facts typed here over the plan's submission day. */
export function EmployerCheck({ submittedOn }: { submittedOn: string | null }) {
  const [form, setForm] = useState<EmployerForm>({
    employsFixedTermWorkers: true,
    known: { planCertified: 'unknown', trainedAsCertified: 'unknown', wagesPaidProperly: 'unknown' },
    recordsChecked: false,
    records: { training: true, costs: true, wages: true },
    applicationOn: null,
    dismissals: '',
  });
  const [asked, setAsked] = useState<EmployerFactsInput | null>(null);
  const { data, error, loading } = useQuery(PlanEmployerEligibilityDocument, {
    variables: { input: asked ?? employerInput(form, submittedOn ?? '') },
    skip: !asked,
  });
  const info = error ? apiErrorOf(error) : null;
  const result = data?.employerTrainingEligibility;
  const patch = (changes: Partial<EmployerForm>) => setForm({ ...form, ...changes });
  const options = [
    { value: 'unknown', label: text.unknown },
    { value: 'yes', label: text.yes },
    { value: 'no', label: text.no },
  ];
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-lg font-bold">{text.heading}</h3>
      <p>{text.lead}</p>
      {submittedOn ? null : <p>{text.needSubmitted}</p>}
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (submittedOn) setAsked(employerInput(form, submittedOn));
        }}
      >
        <Checkbox
          isSelected={form.employsFixedTermWorkers}
          onChange={(employsFixedTermWorkers) => patch({ employsFixedTermWorkers })}
        >
          {text.employsFixedTerm}
        </Checkbox>
        <div className="grid gap-3 md:grid-cols-3">
          {KNOWN_FIELDS.map((key) => (
            <Select
              key={key}
              id={`employer-${key}`}
              label={text[key]}
              options={options}
              value={form.known[key]}
              onChange={(value) => value && patch({ known: { ...form.known, [key]: value as Known } })}
            />
          ))}
        </div>
        <Checkbox isSelected={form.recordsChecked} onChange={(recordsChecked) => patch({ recordsChecked })}>
          {text.recordsChecked}
        </Checkbox>
        {form.recordsChecked ? (
          <div className="flex flex-col pl-6">
            {(['training', 'costs', 'wages'] as const).map((record) => (
              <Checkbox
                key={record}
                isSelected={form.records[record]}
                onChange={(kept) => patch({ records: { ...form.records, [record]: kept } })}
              >
                {RECORD_LABELS[record]}
              </Checkbox>
            ))}
          </div>
        ) : null}
        <DatePicker
          id="employer-application-on"
          label={text.applicationOn}
          value={form.applicationOn}
          onChange={(applicationOn) => patch({ applicationOn })}
        />
        <TextField
          id="employer-dismissals"
          label={text.dismissals}
          multiline
          value={form.dismissals}
          onChange={(dismissals) => patch({ dismissals })}
          errorMessage={info ? (info.fields[0]?.message ?? info.message ?? undefined) : undefined}
        />
        <div>
          <Button type="submit" variant="secondary" isPending={loading} isDisabled={!submittedOn}>
            {text.judge}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="flex flex-col gap-3">
        {result ? <EmployerResult result={result} /> : null}
      </div>
    </div>
  );
}

const dismissalField = (field: string) =>
  field.startsWith('dismissals') ? 'employer-dismissals' : undefined;

function EmployerResult({ result }: { result: PlanEmployerEligibilityQuery['employerTrainingEligibility'] }) {
  return (
    <>
      <Badge tone={result.eligible ? 'success' : 'danger'}>
        {result.eligible ? text.eligible : text.ineligible}
      </Badge>
      <p>{text.window(formatDate(result.dismissalWindow.from), formatDate(result.dismissalWindow.to))}</p>
      {result.findings.length ? (
        <FindingList label={text.heading} findings={result.findings} fieldId={dismissalField} />
      ) : (
        <p>{text.noFindings}</p>
      )}
    </>
  );
}
