import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { useParams, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { PlanCompanyDocument, PlanPageDocument, type PlanDetailFragment } from '../../gql/graphql';
import { EligibilitySection } from './eligibility-section';
import { PlanActions, PlanFeedback } from './plan-actions';
import { PlanConflictPanel } from './plan-conflict-panel';
import { PlanEditor } from './plan-editor';
import { PlanSummary } from './plan-summary';
import { TrainingLogsSection } from './training-logs-section';
import { usePlanCheck } from './use-plan-check';
import { usePlanEdit } from './use-plan-edit';
import { planMessages } from './messages';

/** One training plan: its summary and links, the form checked live, save and accept, eligibility and the daily logs. */
export function TrainingPlanPage() {
  const { planId } = useParams({ from: '/signed-in/jobcard/plans/$planId' });
  const { data, error } = useQuery(PlanPageDocument, { variables: { id: planId } });
  const plan = data?.trainingPlan;
  usePageTitle(plan ? planMessages.page.title(plan.traineeName) : planMessages.list.title);
  if (error) throw error;
  if (!plan) return <p role="status">{messages.loading}</p>;
  // A new plan (another id) starts a new edit.
  return <PlanScreen key={plan.id} plan={plan} />;
}

function PlanScreen({ plan }: { plan: PlanDetailFragment }) {
  const search = useSearch({ from: '/signed-in/jobcard/plans/$planId' });
  // A plan just created says so once; the next action's own message replaces it.
  const editing = usePlanEdit(plan, search.saved === 'created' ? planMessages.page.saved : '');
  const { edit, setEdit } = editing;
  const check = usePlanCheck(edit.form, plan.validation);
  const { data: companyData } = useQuery(PlanCompanyDocument, { variables: { id: plan.companyId } });
  return (
    <>
      <PageHeader title={planMessages.page.title(plan.traineeName)} lead={planMessages.create.lead} />
      <div className="flex flex-col gap-6">
        <PlanSummary plan={plan} companyName={companyData?.company?.legalName ?? ''} />
        {editing.conflict ? (
          <PlanConflictPanel edit={edit} conflict={editing.conflict} onResolve={editing.resolve} />
        ) : null}
        <PlanFeedback editing={editing} />
        <PlanEditor
          form={edit.form}
          onChange={(form) => setEdit({ ...edit, form })}
          traineeName={edit.traineeName}
          onTraineeName={(traineeName) => setEdit({ ...edit, traineeName })}
          validation={check.validation}
          checking={check.checking}
          failure={editing.failure}
        />
        <PlanActions editing={editing} />
        <EligibilitySection plan={plan} />
        <TrainingLogsSection plan={plan} />
      </div>
    </>
  );
}
