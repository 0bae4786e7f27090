import { skipToken, useQuery } from '@apollo/client/react';
import { formatDateTime, formatYen } from '@kakehashi/web-ui';
import { Link, useRouteContext } from '@tanstack/react-router';
import {
  CaseSubsidyEstimatesDocument,
  SubsidyRateTablesDocument,
  type SubsidyEstimateItemFragment,
  type SubsidyRateTableFieldsFragment,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { useCasePage } from '../cases/case-context';
import { ConversionResult } from './conversion-result';
import { Notes } from './estimate-parts';
import { subsidyMessages } from './messages';
import { TrainingResult } from './training-result';

const text = subsidyMessages.caseSection;

/** The stage where subsidies are explained (STEP2 企業間面談, 助成金の周知と活用勧奨). */
const STEP2 = 'INTER_COMPANY_MEETING';

/**
 * The case page's 「助成金の試算」 from STEP 2 on: the estimates attached to the case (as they were shown), and the
 * way to make one on the estimate page and attach it there.
 */
export function CaseSubsidyEstimates() {
  const { kase, closed } = useCasePage();
  const { me } = useRouteContext({ from: '/signed-in' });
  const reached = kase.stages.some((each) => each.stage === STEP2 && each.progress !== 'UPCOMING');
  // Kept estimates are added on another page: read them again each time the case opens.
  const { data } = useQuery(
    CaseSubsidyEstimatesDocument,
    reached ? { variables: { id: kase.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const tables = useQuery(SubsidyRateTablesDocument, me.readsJobcardReference ? {} : skipToken).data
    ?.subsidyRateTables;
  if (!reached) return null;
  const estimates = data?.case.subsidyEstimates;
  return (
    <section aria-labelledby="case-subsidies-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="case-subsidies-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1">{text.lead}</p>
      {!estimates ? (
        <p role="status">{text.loading}</p>
      ) : estimates.length ? (
        <ul className="flex flex-col gap-4">
          {estimates.map((estimate) => (
            <EstimateItem key={estimate.id} estimate={estimate} tables={tables ?? []} />
          ))}
        </ul>
      ) : (
        <p>{text.none}</p>
      )}
      {me.worksJobcard && !closed ? (
        <Link
          to="/jobcard/subsidies"
          search={{ caseId: kase.id }}
          className="mt-4 inline-block text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {text.make}
        </Link>
      ) : null}
    </section>
  );
}

function EstimateItem({
  estimate,
  tables,
}: {
  estimate: SubsidyEstimateItemFragment;
  tables: readonly SubsidyRateTableFieldsFragment[];
}) {
  const kind = useEnumLabel('SubsidyEstimateKind');
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
      <p className="flex flex-wrap items-baseline gap-x-4 font-bold">
        <span>{kind(estimate.kind)}</span>
        <span className="text-xl">{formatYen(estimate.totalYen)}</span>
      </p>
      <p className="text-sm text-solid-gray-700">
        {`${text.attachedOn(formatDateTime(estimate.createdAt))}・${text.tableUsed(estimate.rateTableId)}`}
      </p>
      <Notes notes={estimate.caseNotes.map((note) => ({ text: note }))} />
      <details>
        <summary className="cursor-pointer font-bold text-blue-900 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
          {text.details}
        </summary>
        <div className="mt-3">
          {estimate.training ? <TrainingResult estimate={estimate.training} tables={tables} /> : null}
          {estimate.conversion ? <ConversionResult estimate={estimate.conversion} tables={tables} /> : null}
        </div>
      </details>
    </li>
  );
}
