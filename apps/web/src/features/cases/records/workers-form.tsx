import { Badge, Button, formatDate, TextField } from '@kakehashi/web-ui';
import { useRef } from 'react';
import { RecordCaseWorkersDocument, type CaseDetailFragment } from '../../../gql/graphql';
import { fieldId, useRecordForm } from '../form-kit';
import { RecordFormFrame } from '../form-frame';
import { DateField } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from './record-values';

const text = caseMessages.workers;

interface WorkerRow {
  key: string;
  id: string | null;
  label: string;
  consentOn: string;
  consentMethod: string;
  established: boolean;
  withdrawnOn: string | null;
}

function read(kase: CaseDetailFragment) {
  return {
    workers: kase.workers.map((worker): WorkerRow => ({
      key: worker.id,
      id: worker.id,
      label: worker.label,
      consentOn: worker.consentOn ?? '',
      consentMethod: worker.consentMethod ?? '',
      established: worker.established,
      withdrawnOn: worker.withdrawnOn,
    })),
  };
}
type Draft = ReturnType<typeof read>;

const ROW_FIELD = /^input\.workers\.\d+\.(label|consentOn|consentMethod)$/;

function describeWorkers(rows: WorkerRow[]): string {
  if (!rows.length) return text.none;
  return rows
    .map((row) => `${row.label}（${row.consentOn ? formatDate(row.consentOn) : caseMessages.form.unset}）`)
    .join('、');
}

/** Every worker the case is about and each one's consent (本人同意), written as one list. */
export function WorkersForm() {
  const form = useRecordForm({
    prefix: 'workers',
    document: RecordCaseWorkersDocument,
    read,
    write: (draft: Draft) => ({
      workers: draft.workers.map((row) => ({
        id: row.id,
        label: row.label,
        consentOn: dayOrNull(row.consentOn),
        consentMethod: orNull(row.consentMethod),
      })),
    }),
    idOf: (field) => (ROW_FIELD.test(field) ? fieldId('workers', field) : undefined),
  });
  const rows = form.draft.draft.workers;
  const added = useRef(0);
  const update = (index: number, patch: Partial<WorkerRow>) =>
    form.draft.set(
      'workers',
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  const consented = rows.filter((row) => row.consentOn && !row.withdrawnOn).length;
  const active = rows.filter((row) => !row.withdrawnOn).length;
  return (
    <RecordFormFrame
      form={form}
      heading={text.heading}
      labels={{ workers: text.heading }}
      show={(_, value) => describeWorkers(value)}
    >
      <p>{text.lead}</p>
      <p className="font-bold">{text.consentSummary(consented, active)}</p>
      {rows.length ? (
        <ol className="flex flex-col gap-4">
          {rows.map((row, index) => (
            <li key={row.key}>
              <fieldset className="flex min-w-0 flex-col gap-3 rounded-8 border border-solid-gray-300 p-4">
                <legend className="px-1 font-bold">
                  {text.row(index + 1)}
                  {row.established ? (
                    <span className="ml-2">
                      <Badge tone="success">{text.established}</Badge>
                    </span>
                  ) : null}
                  {row.withdrawnOn ? (
                    <span className="ml-2">
                      <Badge>{text.withdrawn(formatDate(row.withdrawnOn))}</Badge>
                    </span>
                  ) : null}
                </legend>
                <TextField
                  id={fieldId('workers', `input.workers.${index}.label`)}
                  label={caseMessages.workers.label(index + 1)}
                  isRequired
                  value={row.label}
                  onChange={(value) => update(index, { label: value })}
                  errorMessage={form.errorFor(`workers.${index}.label`)}
                />
                <div className="grid gap-3 md:grid-cols-2">
                  <DateField
                    id={fieldId('workers', `input.workers.${index}.consentOn`)}
                    label={text.consentOn(index + 1)}
                    value={row.consentOn}
                    onChange={(value) => update(index, { consentOn: value })}
                    errorMessage={form.errorFor(`workers.${index}.consentOn`)}
                  />
                  <TextField
                    id={fieldId('workers', `input.workers.${index}.consentMethod`)}
                    label={text.consentMethod(index + 1)}
                    description={text.consentMethodHint}
                    value={row.consentMethod}
                    onChange={(value) => update(index, { consentMethod: value })}
                    errorMessage={form.errorFor(`workers.${index}.consentMethod`)}
                  />
                </div>
                {row.established || row.withdrawnOn ? null : (
                  <div>
                    <Button
                      variant="quiet"
                      onPress={() =>
                        form.draft.set(
                          'workers',
                          rows.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {text.remove(index + 1)}
                    </Button>
                  </div>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-solid-gray-700">{text.none}</p>
      )}
      <div>
        <Button
          variant="secondary"
          onPress={() => {
            added.current += 1;
            form.draft.set('workers', [
              ...rows,
              {
                key: `new-${added.current}`,
                id: null,
                label: '',
                consentOn: '',
                consentMethod: '',
                established: false,
                withdrawnOn: null,
              },
            ]);
          }}
        >
          {text.add}
        </Button>
      </div>
    </RecordFormFrame>
  );
}
