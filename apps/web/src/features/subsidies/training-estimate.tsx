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
import { addressKeyOf, trainingInputOf, type SubsidiesSearch } from './subsidies-search';
import { TrainingForm } from './training-form';
import { TrainingResult } from './training-result';
import { useTypedNames } from './use-typed-names';

const text = subsidyMessages;

/**
 * The training estimate: the form (prefilled from a plan when `?planId=` names one), then the API's result. The
 * address holds the figures; the names typed are kept here (see use-typed-names), never in the address.
 */
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
  // A plan's figures prefill a new estimate; the plan is a person's record, read by those who work them only. Its
  // trainee's name is read from the API each time the page opens, as the address never holds it.
  const readsPlan = Boolean(search.planId && me.worksJobcard);
  const plan = useQuery(SubsidyPlanPrefillDocument, {
    variables: { id: search.planId ?? '' },
    skip: !readsPlan,
    fetchPolicy: 'no-cache',
  });
  const planLoading = readsPlan && plan.loading;
  const prefill = readsPlan ? plan.data?.trainingPlan : undefined;
  const typed = useTypedNames();
  const names = typed.namesFor(addressKeyOf(search)) ?? (prefill ? [prefill.traineeName] : []);
  // Until the plan is read the trainee's name is not known: the estimate waits for it.
  const input = planLoading ? null : trainingInputOf(search, names);
  const estimate = useQuery(
    EstimateTrainingSubsidyDocument,
    // Trainees' names and hours: the answer is not kept in Apollo's cache.
    input ? { variables: { input }, fetchPolicy: 'no-cache' } : skipToken,
  );
  if (planLoading) return <p role="status">{text.plan.loading}</p>;
  const formSearch = { ...search, caseId: search.caseId ?? prefill?.caseId ?? undefined };
  const result = input && !estimate.loading ? estimate.data?.estimateTrainingSubsidy : undefined;
  const caseId = formSearch.caseId;
  const fromPlan = prefill && !search.trainees ? prefill : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-4">
        <h2 className="text-lg font-bold">{text.form.heading}</h2>
        {fromPlan ? <p role="status">{text.plan.prefilled(fromPlan.traineeName)}</p> : null}
        {readsPlan && plan.error ? <p role="status">{text.plan.failed}</p> : null}
        <TrainingForm
          initial={fromPlan ? trainingDraftOfPlan(fromPlan) : trainingDraftOf(search, names)}
          search={formSearch}
          tables={tables}
          apiFailure={estimate.error ? failureOf(estimate.error, text.form.failed) : null}
          onEstimate={async (next, typedNames) => {
            typed.keep(addressKeyOf(next), typedNames);
            await onEstimate(next);
          }}
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
