import { skipToken, useQuery } from '@apollo/client/react';
import { useRouteContext } from '@tanstack/react-router';
import {
  EstimateTrainingSubsidyDocument,
  SubsidyPlanPrefillDocument,
  type SubsidyRateTableFieldsFragment,
} from '../../gql/graphql';
import { failureOf } from '../../shared/form-problems';
import { AttachAction } from './attach-action';
import { trainingDraftOf, trainingDraftOfPlan } from './estimate-drafts';
import { subsidyMessages } from './messages';
import { ResultPanel } from './result-panel';
import { trainingInputOf, type SubsidiesSearch } from './subsidies-search';
import { TrainingForm } from './training-form';
import { TrainingResult } from './training-result';

const text = subsidyMessages;

/** The training estimate: the form (prefilled from a plan when `?planId=` names one), then the API's result. */
export function TrainingEstimate({
  search,
  tables,
  caseNumber,
  onEstimate,
}: {
  search: SubsidiesSearch;
  tables: readonly SubsidyRateTableFieldsFragment[];
  caseNumber: number | null;
  onEstimate: (next: SubsidiesSearch) => Promise<void>;
}) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const input = trainingInputOf(search);
  const estimate = useQuery(
    EstimateTrainingSubsidyDocument,
    // Trainees' names and hours: the answer is not kept in Apollo's cache.
    input ? { variables: { input }, fetchPolicy: 'no-cache' } : skipToken,
  );
  // A plan's figures prefill a new estimate; the plan is a person's record, read by those who work them only.
  const readsPlan = Boolean(search.planId && !search.trainees && me.worksJobcard);
  const plan = useQuery(SubsidyPlanPrefillDocument, {
    variables: { id: search.planId ?? '' },
    skip: !readsPlan,
    fetchPolicy: 'no-cache',
  });
  if (readsPlan && plan.loading) return <p role="status">{text.plan.loading}</p>;
  const prefill = readsPlan ? plan.data?.trainingPlan : undefined;
  const formSearch = { ...search, caseId: search.caseId ?? prefill?.caseId ?? undefined };
  const result = input && !estimate.loading ? estimate.data?.estimateTrainingSubsidy : undefined;
  const caseId = formSearch.caseId;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-4">
        <h2 className="text-lg font-bold">{text.form.heading}</h2>
        {prefill ? <p role="status">{text.plan.prefilled(prefill.traineeName)}</p> : null}
        {readsPlan && plan.error ? <p role="status">{text.plan.failed}</p> : null}
        <TrainingForm
          initial={prefill ? trainingDraftOfPlan(prefill) : trainingDraftOf(search)}
          search={formSearch}
          tables={tables}
          apiFailure={estimate.error ? failureOf(estimate.error, text.form.failed) : null}
          onEstimate={onEstimate}
        />
      </div>
      <ResultPanel
        asked={Boolean(input)}
        loading={Boolean(input) && estimate.loading}
        totalYen={result?.totalYen ?? null}
      >
        {result ? <TrainingResult estimate={result} tables={tables} /> : null}
        {result && input && caseId && caseNumber !== null && me.worksJobcard ? (
          <AttachAction
            key={JSON.stringify(input)}
            caseId={caseId}
            caseNumber={caseNumber}
            planId={search.planId}
            input={{ kind: 'TRAINING', training: input }}
          />
        ) : null}
      </ResultPanel>
    </div>
  );
}
