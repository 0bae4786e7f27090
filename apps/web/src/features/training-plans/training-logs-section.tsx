import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary } from '@kakehashi/web-ui';
import { useMemo, useState, type ComponentType } from 'react';
import { PlanSaveLogDocument, type PlanDetailFragment } from '../../gql/graphql';
import { failureOf, problemsOf } from '../../shared/form-problems';
import { FindingList } from './finding-list';
import { OffJtEntryFields, OjtEntryFields } from './log-entry-fields';
import { emptyOffJtEntry, emptyOjtEntry, logFieldId, logFormOf, toLogInput, type LogForm } from './log-form';
import { Facts } from './plan-facts';
import { withFindings } from './plan-fields';
import { groupClass, legendClass } from './plan-editor-kit';
import { nextRowKey } from './plan-form';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { planMessages } from './messages';

const text = planMessages.logs;

/**
 * The OJT diary and the Off-JT report (§5.14), saved whole (saveTrainingLog). The totals and the findings on the logs
 * (unconfirmed days, uncertified Off-JT) are the API's, shown as saved.
 */
export function TrainingLogsSection({ plan }: { plan: PlanDetailFragment }) {
  const [form, setForm] = useState<LogForm>(() => logFormOf(plan.logs));
  // The logs the form was loaded from. A save replaces every entry, so once the plan as read holds other logs (another
  // person's save, read back after a conflict) this form must not be saved over them: the user loads the latest first.
  const [loadedFrom, setLoadedFrom] = useState(() => JSON.stringify(plan.logs));
  const changedElsewhere = JSON.stringify(plan.logs) !== loadedFrom;
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [status, setStatus] = useState('');
  const [save, { loading }] = useMutation(PlanSaveLogDocument);
  const errors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const each of failure?.fields ?? []) {
      const id = logFieldId(each.field);
      if (id) byId.set(id, [byId.get(id), each.message].filter(Boolean).join(' '));
    }
    return byId;
  }, [failure]);
  const errorAt = (id: string) => errors.get(id);

  function loadLatest() {
    setForm(logFormOf(plan.logs));
    setLoadedFrom(JSON.stringify(plan.logs));
    setFailure(null);
  }

  async function submit() {
    setStatus('');
    if (changedElsewhere) return;
    try {
      // The plan's version as last read: the cache follows every save of this page.
      const { data } = await save({
        variables: { planId: plan.id, version: plan.version, ...toLogInput(form) },
      });
      if (data) {
        setForm(logFormOf(data.saveTrainingLog.logs));
        setLoadedFrom(JSON.stringify(data.saveTrainingLog.logs));
      }
      setFailure(null);
      setStatus(text.saved);
    } catch (error) {
      setFailure(withFindings(failureOf(error, text.failed)));
    }
  }

  const t = plan.logTotals;
  return (
    <section
      aria-labelledby="plan-logs-heading"
      className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm"
    >
      <h2 id="plan-logs-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p>{text.lead}</p>
      <Facts
        rows={[
          [text.ojtTotal, t.ojtDisplay],
          [text.offJtTotal, t.offJtCountedDisplay],
          [text.subsidyOjt, text.hm(t.subsidyOjtMinutes)],
          [text.subsidyOffJt, text.hm(t.subsidyOffJtMinutes)],
        ]}
      />
      {plan.logFindings.length ? (
        <>
          <h3 className="text-lg font-bold">{text.findings}</h3>
          <FindingList label={text.findings} findings={plan.logFindings} fieldId={logFieldId} />
        </>
      ) : null}
      <ErrorSummary title={text.failed} problems={problemsOf(failure, logFieldId)} />
      {changedElsewhere ? (
        <div
          role="alert"
          className="flex flex-col items-start gap-3 rounded-8 border-2 border-error-1 bg-white p-4"
        >
          <p>{text.changedElsewhere}</p>
          <Button variant="secondary" onPress={loadLatest}>
            {text.loadLatest}
          </Button>
        </div>
      ) : null}
      <LogLists form={form} setForm={setForm} errorAt={errorAt} />
      <div className="flex flex-wrap items-center gap-4">
        <Button isPending={loading} isDisabled={changedElsewhere} onPress={() => void submit()}>
          {text.save}
        </Button>
        <p role="status" className={status ? 'font-bold' : 'sr-only'}>
          {loading ? text.saving : status}
        </p>
      </div>
    </section>
  );
}

function LogLists({
  form,
  setForm,
  errorAt,
}: {
  form: LogForm;
  setForm: (form: LogForm) => void;
  errorAt: (id: string) => string | undefined;
}) {
  return (
    <>
      <LogEntries
        legend={text.ojtLegend}
        addLabel={text.addOjt}
        entries={form.ojt}
        onEntries={(ojt) => setForm({ ...form, ojt })}
        empty={emptyOjtEntry}
        Fields={OjtEntryFields}
        errorAt={errorAt}
      />
      <LogEntries
        legend={text.offJtLegend}
        addLabel={text.addOffJt}
        entries={form.offJt}
        onEntries={(offJt) => setForm({ ...form, offJt })}
        empty={emptyOffJtEntry}
        Fields={OffJtEntryFields}
        errorAt={errorAt}
      />
    </>
  );
}

interface EntryFieldsProps<E> {
  entry: E;
  index: number;
  onChange: (changes: Partial<E>) => void;
  onRemove: () => void;
  errorAt: (id: string) => string | undefined;
}

/** One log's days: each day's fields, changed or removed in place, and a button that adds an empty day. */
function LogEntries<E extends { key: number }>({
  legend,
  addLabel,
  entries,
  onEntries,
  empty,
  Fields,
  errorAt,
}: {
  legend: string;
  addLabel: string;
  entries: E[];
  onEntries: (entries: E[]) => void;
  empty: (key: number) => E;
  Fields: ComponentType<EntryFieldsProps<E>>;
  errorAt: (id: string) => string | undefined;
}) {
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{legend}</legend>
      {entries.length ? null : <p>{text.noEntries}</p>}
      <ol className="flex flex-col gap-4">
        {entries.map((entry, index) => (
          <Fields
            key={entry.key}
            entry={entry}
            index={index}
            errorAt={errorAt}
            onChange={(changes) =>
              onEntries(entries.map((each) => (each.key === entry.key ? { ...each, ...changes } : each)))
            }
            onRemove={() => onEntries(entries.filter((each) => each.key !== entry.key))}
          />
        ))}
      </ol>
      <div>
        <Button variant="secondary" onPress={() => onEntries([...entries, empty(nextRowKey(entries))])}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
