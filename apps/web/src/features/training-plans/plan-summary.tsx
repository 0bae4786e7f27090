import { Badge, formatDateTime } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { PlanDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { Facts } from './plan-facts';
import { linkClass } from './plan-links';
import { planMessages } from './messages';

const text = planMessages.page;

/** The plan at a glance (status, company, version), with the way back and the links to what it belongs to. */
export function PlanSummary({ plan, companyName }: { plan: PlanDetailFragment; companyName: string }) {
  const statusLabel = useEnumLabel('TrainingPlanStatus');
  return (
    <section aria-label={text.status} className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm">
      <Facts
        rows={[
          [
            text.status,
            <Badge key="status" tone={plan.status === 'ACCEPTED' ? 'success' : 'neutral'}>
              {statusLabel(plan.status)}
            </Badge>,
          ],
          [text.company, companyName],
          [text.updatedAt, `${formatDateTime(plan.updatedAt)}（${text.version(plan.version)}）`],
        ]}
      />
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link to="/jobcard/plans" search={{ companyId: plan.companyId }} className={linkClass}>
            {text.back}
          </Link>
        </li>
        <li>
          <a href={`/jobcard/subsidies?planId=${encodeURIComponent(plan.id)}`} className={linkClass}>
            {text.subsidyLink}
          </a>
        </li>
        {plan.caseId ? (
          <li>
            <Link to="/cases/$caseId" params={{ caseId: plan.caseId }} className={linkClass}>
              {text.caseLink}
            </Link>
          </li>
        ) : null}
        {plan.registrantId ? (
          <li>
            <Link
              to="/talent-bank/$registrantId"
              params={{ registrantId: plan.registrantId }}
              className={linkClass}
            >
              {text.registrantLink}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
