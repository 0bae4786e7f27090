import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  EmptyState,
  ErrorSummary,
  PageHeader,
  RadioGroup,
  ScrollRegion,
  Select,
  formatDateTime,
  type BadgeTone,
} from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  AssignmentOfficesDocument,
  AssignmentRunProgressDocument,
  AssignmentRunsDocument,
  CancelAssignmentRunDocument,
  StartAssignmentRunDocument,
  type AssignmentOfficesQuery,
  type AssignmentRunSummaryFragment,
  type AssignmentScope,
} from '../../gql/graphql';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { problemsOf } from '../../shared/form-problems';
import { RUNS_PER_PAGE, isActive } from './assignment-search';
import { assignmentMessages } from './messages';
import { RunProgressBar } from './run-progress-bar';

const text = assignmentMessages.runs;
/** How often a queued or running run is asked for its progress. */
export const PROGRESS_POLL_MS = 500;

const FIELD_IDS: Record<string, string> = {
  'input.scope': 'run-scope',
  'input.region': 'run-region',
  'input.officeId': 'run-office',
};

const STATUS_TONES: Record<string, BadgeTone> = {
  QUEUED: 'info',
  RUNNING: 'info',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
  FAILED: 'danger',
};

type Offices = AssignmentOfficesQuery['offices'];

/** National assignment: start a run for the country, a region or an office; the runs with live progress; cancel. */
export function AssignmentRunsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/assignment' });
  const navigate = useNavigate();
  const shown = search.shown ?? RUNS_PER_PAGE;
  const { data, error } = useQuery(AssignmentRunsDocument, { variables: { first: shown } });
  const offices = useQuery(AssignmentOfficesDocument);
  const [notice, setNotice] = useState<string | null>(null);
  if (error) throw error;
  if (offices.error) throw offices.error;

  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      {offices.data ? (
        <StartRunForm offices={offices.data.offices} onStarted={setNotice} />
      ) : (
        <p role="status">{messages.loading}</p>
      )}
      <p role="status" className={notice ? 'mb-4 font-bold text-green-1100' : 'sr-only'}>
        {notice ?? ''}
      </p>
      <section aria-labelledby="runs-heading" className="rounded-16 bg-white p-6 shadow-sm">
        <h2 id="runs-heading" className="text-xl font-bold">
          {text.listHeading}
        </h2>
        {data ? (
          <>
            <p className="mb-4 mt-1">{text.count(data.assignmentRuns.totalCount)}</p>
            {data.assignmentRuns.edges.length === 0 ? (
              <EmptyState title={text.empty}>
                <p>{text.emptyHelp}</p>
              </EmptyState>
            ) : (
              <RunsTable
                runs={data.assignmentRuns.edges.map((e) => e.node)}
                offices={offices.data?.offices ?? []}
                onNotice={setNotice}
              />
            )}
            {data.assignmentRuns.pageInfo.hasNextPage ? (
              <Button
                variant="secondary"
                className="mt-4"
                onPress={() => void navigate({ to: '/assignment', search: { shown: shown + RUNS_PER_PAGE } })}
              >
                {text.more}
              </Button>
            ) : null}
          </>
        ) : (
          <p role="status">{messages.loading}</p>
        )}
      </section>
    </>
  );
}

/** Regions in the order of the offices that belong to them (the API's order), each once. */
function regionsOf(offices: Offices): string[] {
  return [...new Set(offices.map((o) => o.regionJa).filter((r): r is string => Boolean(r)))];
}

function StartRunForm({ offices, onStarted }: { offices: Offices; onStarted: (notice: string) => void }) {
  const scopes = useEnumOptions('AssignmentScope');
  const navigate = useNavigate();
  const [scope, setScope] = useState<AssignmentScope>('COUNTRY');
  const [region, setRegion] = useState<string | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [start, { loading }] = useMutation(StartAssignmentRunDocument, {
    refetchQueries: [AssignmentRunsDocument],
    awaitRefetchQueries: true,
  });
  // Scopes in the API's order, the country first as the usual choice.
  const scopeOptions = [...scopes].sort(
    (a, b) => Number(b.value === 'COUNTRY') - Number(a.value === 'COUNTRY'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    try {
      const result = await start({
        variables: {
          input: {
            scope,
            region: scope === 'REGION' ? region : null,
            officeId: scope === 'OFFICE' ? officeId : null,
          },
        },
      });
      const run = result.data?.startAssignmentRun;
      onStarted(run && !isActive(run.status) ? text.reused : text.started);
      if (run && !isActive(run.status)) {
        void navigate({ to: '/assignment/$runId', params: { runId: run.id } });
      }
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setFailure(info);
    }
  }

  const problems = problemsOf(failure, FIELD_IDS);

  return (
    <section aria-labelledby="start-heading" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="start-heading" className="mb-4 text-xl font-bold">
        {text.startHeading}
      </h2>
      <ErrorSummary title={text.startFailed} problems={problems} />
      <Form
        onSubmit={(event) => void submit(event)}
        className="mt-4 flex max-w-xl flex-col gap-4"
        validationBehavior="aria"
      >
        <RadioGroup
          id="run-scope"
          label={text.scope}
          isRequired
          value={scope}
          onChange={(value) => setScope(value as AssignmentScope)}
          options={scopeOptions}
          errorMessage={fieldMessage(failure, 'input.scope')}
        />
        <ScopeTarget
          scope={scope}
          offices={offices}
          region={region}
          officeId={officeId}
          onRegion={setRegion}
          onOffice={setOfficeId}
          failure={failure}
        />
        <p role="status" className={loading ? 'text-sm text-solid-gray-700' : 'sr-only'}>
          {loading ? text.starting : ''}
        </p>
        <div>
          <Button type="submit">{text.start}</Button>
        </div>
      </Form>
    </section>
  );
}

/** The region or the office a run of that scope is for (nothing to choose for the country). */
function ScopeTarget(props: {
  scope: AssignmentScope;
  offices: Offices;
  region: string | null;
  officeId: string | null;
  onRegion: (region: string | null) => void;
  onOffice: (officeId: string | null) => void;
  failure: ApiErrorInfo | null;
}) {
  const regions = useMemo(() => regionsOf(props.offices), [props.offices]);
  if (props.scope === 'REGION') {
    return (
      <Select
        id="run-region"
        label={text.region}
        isRequired
        placeholder={text.choose}
        value={props.region}
        onChange={props.onRegion}
        options={regions.map((r) => ({ value: r, label: r }))}
        errorMessage={fieldMessage(props.failure, 'input.region')}
      />
    );
  }
  if (props.scope === 'OFFICE') {
    return (
      <Select
        id="run-office"
        label={text.office}
        isRequired
        placeholder={text.choose}
        value={props.officeId}
        onChange={props.onOffice}
        options={props.offices.map((o) => ({ value: o.id, label: o.nameJa }))}
        errorMessage={fieldMessage(props.failure, 'input.officeId')}
      />
    );
  }
  return null;
}

function RunsTable({
  runs,
  offices,
  onNotice,
}: {
  runs: AssignmentRunSummaryFragment[];
  offices: Offices;
  onNotice: (notice: string) => void;
}) {
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
  const c = text.columns;
  return (
    // Wider than a narrow window: it scrolls inside its own labelled region, not the page.
    <ScrollRegion label={text.tableLabel}>
      <table className="w-full min-w-[44rem] border-collapse">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {c.createdAt}
            </th>
            <th scope="col" className={th}>
              {c.scope}
            </th>
            <th scope="col" className={th}>
              {c.status}
            </th>
            <th scope="col" className={th}>
              {c.progress}
            </th>
            <th scope="col" className={th}>
              {c.actions}
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunRow key={run.id} run={run} offices={offices} onNotice={onNotice} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** What a run covers, in words: 全国, the region, or the office's name. */
export function useScopeText(offices: Offices): (run: AssignmentRunSummaryFragment) => string {
  return (run) =>
    run.scope === 'COUNTRY'
      ? text.country
      : run.scope === 'REGION'
        ? (run.region ?? '')
        : (offices.find((o) => o.id === run.officeId)?.nameJa ?? '');
}

function RunRow({
  run,
  offices,
  onNotice,
}: {
  run: AssignmentRunSummaryFragment;
  offices: Offices;
  onNotice: (notice: string) => void;
}) {
  const statusLabel = useEnumLabel('AssignmentRunStatus');
  const phaseLabel = useEnumLabel('AssignmentPhase');
  const scopeText = useScopeText(offices);
  const active = isActive(run.status);
  // A queued or running run asks for its own progress; the list's row follows (same cache entry).
  useQuery(AssignmentRunProgressDocument, {
    variables: { id: run.id },
    skip: !active,
    pollInterval: active ? PROGRESS_POLL_MS : 0,
    fetchPolicy: 'network-only',
  });
  const [cancel, cancelling] = useMutation(CancelAssignmentRunDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const when = formatDateTime(run.createdAt);
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

  async function onCancel() {
    if (cancelling.loading) return;
    setFailure(null);
    try {
      await cancel({ variables: { id: run.id } });
      onNotice(text.cancelled);
    } catch (error) {
      setFailure(apiErrorOf(error)?.message ?? text.cancelFailed);
    }
  }

  return (
    <tr>
      <th scope="row" className={`${td} text-left font-normal`}>
        <Link
          to="/assignment/$runId"
          params={{ runId: run.id }}
          aria-label={text.open(when)}
          className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {when}
        </Link>
      </th>
      <td className={td}>{scopeText(run)}</td>
      <td className={td}>
        <Badge tone={STATUS_TONES[run.status] ?? 'neutral'}>{statusLabel(run.status)}</Badge>
      </td>
      <td className={td}>
        {active ? (
          <RunProgressBar label={text.progressLabel(phaseLabel(run.phase))} value={run.progress} />
        ) : run.status === 'COMPLETED' ? (
          text.resultSummary(run.peopleAssigned)
        ) : (
          (run.error ?? '')
        )}
      </td>
      <td className={td}>
        {active ? (
          run.cancelRequestedAt ? (
            text.cancelRequested
          ) : (
            <Button variant="danger" aria-label={text.cancelFor(when)} onPress={() => void onCancel()}>
              {text.cancel}
            </Button>
          )
        ) : null}
        {failure ? (
          <p role="alert" className="mt-1 text-error-2">
            {failure}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
