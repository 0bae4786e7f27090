import { useQuery } from '@apollo/client/react';
import { Badge, formatDate, formatDateTime } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { PlanListDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { linkClass } from './plan-links';
import { planMessages } from './messages';

const text = planMessages.list;

/** One company's plans (newest first, as the API lists them), narrowed to a status when one is chosen. */
export function PlanTable({ companyId, status }: { companyId: string; status: 'DRAFT' | 'ACCEPTED' | null }) {
  const { data, error } = useQuery(PlanListDocument, { variables: { companyId } });
  const statusLabel = useEnumLabel('TrainingPlanStatus');
  const typeLabel = useEnumLabel('TrainingType');
  if (error) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  const plans = data.trainingPlans.filter((plan) => !status || plan.status === status);
  const day = (value: string) => (value ? formatDate(value) : text.notSet);
  return (
    <section aria-labelledby="plans-results" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="plans-results" className="mb-4 text-xl font-bold">
        {text.count(plans.length)}
      </h2>
      {plans.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ListTable
          label={text.tableLabel}
          minWidth="min-w-[56rem]"
          columns={[
            { key: 'trainee', label: text.trainee },
            { key: 'type', label: text.type },
            { key: 'period', label: text.period },
            { key: 'status', label: planMessages.page.status },
            { key: 'validity', label: text.validity },
            { key: 'updatedAt', label: text.updatedAt },
          ]}
        >
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row" className={rowHeadCell}>
                <Link to="/jobcard/plans/$planId" params={{ planId: plan.id }} className={linkClass}>
                  {plan.traineeName}
                </Link>
              </th>
              <td className={bodyCell}>{typeLabel(plan.trainingType)}</td>
              <td className={bodyCell}>
                {text.periodText(day(plan.draft.period.start), day(plan.draft.period.end))}
              </td>
              <td className={bodyCell}>{statusLabel(plan.status)}</td>
              <td className={bodyCell}>
                <Badge tone={plan.validation.valid ? 'success' : 'warning'}>
                  {plan.validation.valid ? text.valid : text.invalid}
                </Badge>
              </td>
              <td className={bodyCell}>{formatDateTime(plan.updatedAt)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </section>
  );
}
