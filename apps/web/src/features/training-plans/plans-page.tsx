import { useQuery } from '@apollo/client/react';
import { PageHeader, Select } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { usePageTitle } from '../../app/use-page-title';
import { PlanCompanyDocument } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { ANY as ALL } from '../../shared/filter-form';
import { CompanyPicker } from '../organisations/company-picker';
import { linkClass } from './plan-links';
import { PlanTable } from './plan-table';
import { planMessages } from './messages';

const text = planMessages.list;

/**
 * A company's training plans, newest first (the API lists one company's or one case's plans). The company and the
 * status are in the URL; choosing them changes the list at once.
 */
export function TrainingPlansPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/plans' });
  const navigate = useNavigate({ from: '/jobcard/plans' });
  const { data: companyData } = useQuery(PlanCompanyDocument, {
    variables: { id: search.companyId ?? '' },
    skip: !search.companyId,
  });
  const company = search.companyId ? (companyData?.company ?? null) : null;
  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            <span className="block">{text.lead}</span>
            <Link to="/jobcard" className={linkClass}>
              {text.back}
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="plans-filters" className="rounded-16 bg-white p-6 shadow-sm">
          <h2 id="plans-filters" className="mb-4 text-xl font-bold">
            {text.filters}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            <CompanyPicker
              id="plans-company"
              label={text.company}
              description={text.companyHint}
              value={company}
              onChange={(picked) =>
                void navigate({ search: (prev) => ({ ...prev, companyId: picked?.id }), replace: true })
              }
            />
            <StatusFilter
              value={search.status ?? null}
              onChange={(status) => void navigate({ search: (prev) => ({ ...prev, status }), replace: true })}
            />
          </div>
        </section>
        <div>
          <Link
            to="/jobcard/plans/new"
            search={{ companyId: search.companyId }}
            className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
          >
            {text.create}
          </Link>
        </div>
        {search.companyId ? (
          <PlanTable companyId={search.companyId} status={search.status ?? null} />
        ) : (
          <p>{text.pickCompany}</p>
        )}
      </div>
    </>
  );
}

/** The status filter: every plan, or drafts or accepted plans only (the API's labels). */
function StatusFilter({
  value,
  onChange,
}: {
  value: 'DRAFT' | 'ACCEPTED' | null;
  onChange: (status: 'DRAFT' | 'ACCEPTED' | undefined) => void;
}) {
  const statuses = [{ value: ALL, label: text.allStatuses }, ...useEnumOptions('TrainingPlanStatus')];
  return (
    <Select
      id="plans-status"
      label={text.status}
      options={statuses}
      value={value ?? ALL}
      onChange={(next) => onChange(next === 'DRAFT' || next === 'ACCEPTED' ? next : undefined)}
    />
  );
}
