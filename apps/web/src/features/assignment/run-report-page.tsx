import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  EmptyState,
  PageHeader,
  ScrollRegion,
  Select,
  TextField,
  focusField,
} from '@kakehashi/web-ui';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  AssignmentOfficesDocument,
  type AssignmentRunReportQuery,
  type ProposalOffersFragment,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { hasProposalFilters, isActive, type ReportSearch } from './assignment-search';
import { assignmentMessages } from './messages';
import { DismissProposalDialog, TakeUpProposalDialog, offerNames } from './proposal-dialogs';
import { RunProgressBar } from './run-progress-bar';
import { useScopeText } from './runs-page';
import { useRunReport } from './use-run-report';

const text = assignmentMessages.report;
type Run = NonNullable<AssignmentRunReportQuery['assignmentRun']>;

const linkClass =
  'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** A run's report: the optimality in words, then its proposals with filters and order in the URL. */
export function AssignmentRunPage() {
  usePageTitle(text.title);
  const { runId } = useParams({ from: '/signed-in/assignment/$runId' });
  const search = useSearch({ from: '/signed-in/assignment/$runId' });
  const [notice, setNotice] = useState<string | null>(null);
  const { report, error, loadingMore, showMore, reloadShown } = useRunReport(runId, search);
  if (error) throw error;
  if (!report) return <p role="status">{messages.loading}</p>;
  const run = report.assignmentRun;
  if (!run) {
    return (
      <>
        <PageHeader title={text.notFound} />
        <EmptyState title={text.notFound}>
          <p>{text.notFoundHelp}</p>
          <p className="mt-2">
            <Link to="/assignment" className={linkClass}>
              {text.back}
            </Link>
          </p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <Link to="/assignment" className={linkClass}>
            {text.back}
          </Link>
        }
      />
      <RunReport run={run} />
      <p role="status" className={notice ? 'mb-4 font-bold text-green-1100' : 'sr-only'}>
        {notice ?? ''}
      </p>
      {run.status === 'COMPLETED' ? (
        <Proposals
          run={run}
          search={search}
          loadingMore={loadingMore}
          onMore={() => void showMore()}
          onDecided={async (message) => {
            await reloadShown();
            setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

function RunReport({ run }: { run: Run }) {
  const statusLabel = useEnumLabel('AssignmentRunStatus');
  const phaseLabel = useEnumLabel('AssignmentPhase');
  const offices = useQuery(AssignmentOfficesDocument);
  const scopeText = useScopeText(offices.data?.offices ?? []);
  return (
    <section aria-labelledby="report-heading" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="report-heading" className="text-xl font-bold">
        {text.optimalityHeading}
      </h2>
      <p className="mt-1">{text.scopeLine(scopeText(run), statusLabel(run.status))}</p>
      {isActive(run.status) ? (
        <div className="mt-4 max-w-md">
          <p className="mb-2">{text.running}</p>
          <RunProgressBar
            label={assignmentMessages.runs.progressLabel(phaseLabel(run.phase))}
            value={run.progress}
          />
        </div>
      ) : null}
      {run.status === 'FAILED' ? <p className="mt-4">{text.failed(run.error ?? '')}</p> : null}
      {run.status === 'CANCELLED' ? <p className="mt-4">{text.cancelledNote}</p> : null}
      {run.status === 'COMPLETED' && run.totalScore != null && run.upperBound != null ? (
        <>
          <p className="mt-4 text-lg [word-break:auto-phrase]">
            {text.optimality(run.totalScore.toFixed(2), run.upperBound.toFixed(2), run.optimalityGap ?? 0)}
          </p>
          <p className="mt-2 [word-break:auto-phrase]">
            {text.figures(
              run.sendingOfferCount ?? 0,
              run.receivingOfferCount ?? 0,
              run.peopleOffered ?? 0,
              run.peopleAssigned ?? 0,
            )}
          </p>
          <p className="mt-2 text-sm text-solid-gray-700">{text.scoreMeaning}</p>
        </>
      ) : null}
    </section>
  );
}

type Decision = { kind: 'takeUp' | 'dismiss'; proposal: ProposalOffersFragment } | null;

function Proposals({
  run,
  search,
  loadingMore,
  onMore,
  onDecided,
}: {
  run: Run;
  search: ReportSearch;
  loadingMore: boolean;
  onMore: () => void;
  onDecided: (message: string) => Promise<void>;
}) {
  const navigate = useNavigate();
  const [decision, setDecision] = useState<Decision>(null);
  const { totalCount, edges, pageInfo } = run.proposals;
  return (
    <section aria-labelledby="proposals-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="proposals-heading" className="text-xl font-bold">
        {text.proposalsHeading}
      </h2>
      <ProposalFilters
        // A new URL (back, forward, a link) starts the form again from what the URL says.
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) =>
          void navigate({ to: '/assignment/$runId', params: { runId: run.id }, search: next })
        }
      />
      <p role="status" className="mb-4 mt-4">
        {text.proposalsCount(totalCount)}
      </p>
      {edges.length === 0 ? (
        <EmptyState title={text.empty}>
          {hasProposalFilters(search) ? <p>{text.emptyHelp}</p> : null}
        </EmptyState>
      ) : (
        <ProposalTable
          proposals={edges.map((e) => e.node)}
          onTakeUp={(proposal) => setDecision({ kind: 'takeUp', proposal })}
          onDismiss={(proposal) => setDecision({ kind: 'dismiss', proposal })}
        />
      )}
      {pageInfo.hasNextPage ? (
        <Button variant="secondary" className="mt-4" isPending={loadingMore} onPress={onMore}>
          {text.more}
        </Button>
      ) : null}
      {decision?.kind === 'takeUp' ? (
        <TakeUpProposalDialog
          proposal={decision.proposal}
          runId={run.id}
          onClose={() => setDecision(null)}
          onDone={async () => {
            setDecision(null);
            await onDecided(text.takenUp);
          }}
        />
      ) : null}
      {decision?.kind === 'dismiss' ? (
        <DismissProposalDialog
          proposal={decision.proposal}
          onClose={() => setDecision(null)}
          onDone={async () => {
            setDecision(null);
            await onDecided(text.dismissed);
          }}
        />
      ) : null}
    </section>
  );
}

const ANY = 'ANY';

function ProposalFilters({
  search,
  onApply,
}: {
  search: ReportSearch;
  onApply: (search: ReportSearch) => void;
}) {
  const orders = useEnumOptions('AssignmentProposalOrder');
  const states = useEnumOptions('AssignmentProposalState');
  const [order, setOrder] = useState<string>(search.order ?? 'SCORE_DESC');
  const [minPoints, setMinPoints] = useState(search.minPoints?.toString() ?? '');
  const [state, setState] = useState<string>(search.state ?? ANY);
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = minPoints.normalize('NFKC').trim();
    const points = typed ? Number(typed) : undefined;
    if (points !== undefined && !(Number.isInteger(points) && points >= 0 && points <= 100)) {
      setProblem(text.minScoreInvalid);
      // The keyboard user lands where the fix is; the field's description reads the problem.
      focusField('proposal-min-points');
      return;
    }
    setProblem(undefined);
    onApply({
      order: order === 'SCORE_ASC' ? 'SCORE_ASC' : undefined,
      minPoints: points,
      state: state === ANY ? undefined : (state as ReportSearch['state']),
    });
  }

  return (
    <Form
      onSubmit={submit}
      aria-label={text.filters}
      className="mt-4 grid gap-4 sm:grid-cols-3"
      validationBehavior="aria"
    >
      <Select
        id="proposal-order"
        label={text.order}
        value={order}
        onChange={(v) => setOrder(v ?? 'SCORE_DESC')}
        options={orders}
      />
      <TextField
        id="proposal-min-points"
        label={text.minScore}
        inputMode="numeric"
        description={text.minScoreHint}
        value={minPoints}
        onChange={setMinPoints}
        errorMessage={problem}
      />
      <Select
        id="proposal-state"
        label={text.state}
        value={state}
        onChange={(v) => setState(v ?? ANY)}
        options={[{ value: ANY, label: text.anyState }, ...states]}
      />
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button type="submit">{text.apply}</Button>
        <Button variant="secondary" onPress={() => onApply({})}>
          {text.clear}
        </Button>
      </div>
    </Form>
  );
}

interface RowActions {
  onTakeUp: (p: ProposalOffersFragment) => void;
  onDismiss: (p: ProposalOffersFragment) => void;
}

function ProposalTable({ proposals, ...actions }: { proposals: ProposalOffersFragment[] } & RowActions) {
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
  const c = text.columns;
  return (
    // Wider than a narrow window: it scrolls inside its own labelled region, not the page.
    <ScrollRegion label={text.tableLabel}>
      <table className="w-full min-w-[64rem] border-collapse">
        <thead>
          <tr>
            {[c.sending, c.receiving, c.people, c.score, c.reasons, c.gaps, c.state, c.actions].map(
              (label) => (
                <th key={label} scope="col" className={th}>
                  {label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <ProposalRow key={p.id} proposal={p} {...actions} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

function ProposalRow({
  proposal: p,
  onTakeUp,
  onDismiss,
}: { proposal: ProposalOffersFragment } & RowActions) {
  const decisionLabel = useEnumLabel('MatchDecisionKind');
  const stateLabel = useEnumLabel('AssignmentProposalState');
  const names = offerNames(p);
  return (
    <tr>
      <th scope="row" className={`${td} text-left font-normal`}>
        <Link to="/offers/sending/$offerId" params={{ offerId: p.sendingOfferId }} className={linkClass}>
          {names.sending}
        </Link>
        <span className="block text-sm text-solid-gray-700">{p.sendingOffer.company.prefecture.nameJa}</span>
      </th>
      <td className={td}>
        <Link to="/offers/receiving/$offerId" params={{ offerId: p.receivingOfferId }} className={linkClass}>
          {names.receiving}
        </Link>
        <span className="block text-sm text-solid-gray-700">
          {p.receivingOffer.workplacePrefecture.nameJa}
        </span>
      </td>
      <td className={`${td} tabular-nums`}>{text.people(p.people)}</td>
      <td className={`${td} tabular-nums`}>{text.points(Math.round(p.score * 100))}</td>
      <td className={td}>
        <Lines lines={p.explanation?.reasons} />
      </td>
      <td className={td}>
        <Lines lines={p.explanation?.gaps} />
      </td>
      <td className={td}>
        {p.decision ? (
          <Badge tone={p.decision.decision === 'TAKEN_UP' ? 'success' : 'neutral'}>
            {decisionLabel(p.decision.decision)}
          </Badge>
        ) : (
          stateLabel('UNDECIDED')
        )}
      </td>
      <td className={td}>
        {p.decision ? null : (
          <div className="flex flex-wrap gap-2">
            <Button aria-label={text.takeUpFor(names.sending, names.receiving)} onPress={() => onTakeUp(p)}>
              {text.takeUp}
            </Button>
            <Button
              variant="secondary"
              aria-label={text.dismissFor(names.sending, names.receiving)}
              onPress={() => onDismiss(p)}
            >
              {text.dismiss}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

/** Lines shown at first in a cell; the rest open on demand (a long list makes every row as tall). */
const LINES_SHOWN = 3;

function Lines({ lines }: { lines: readonly string[] | undefined }) {
  if (!lines) return <span className="text-sm">{text.noExplanation}</span>;
  if (!lines.length) return <span>{text.none}</span>;
  const list = (items: readonly string[]) => (
    <ul className="list-disc pl-5 text-sm">
      {items.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
  return (
    <>
      {list(lines.slice(0, LINES_SHOWN))}
      {lines.length > LINES_SHOWN ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
            {text.moreLines(lines.length - LINES_SHOWN)}
          </summary>
          {list(lines.slice(LINES_SHOWN))}
        </details>
      ) : null}
    </>
  );
}
