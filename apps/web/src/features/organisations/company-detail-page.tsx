import { useQuery } from '@apollo/client/react';
import { formatDateTime, PageHeader } from '@kakehashi/web-ui';
import { Link, useParams, useRouteContext, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CompanyDocument, type CompanyDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { CompanyOffers } from './company-offers';
import { mayEditCompany } from './company-permissions';
import { companyFieldLabels as labels, companyMessages } from './messages';

const text = companyMessages.detail;

/** One company: its record, who owns it, and its sending and receiving information. */
export function CompanyDetailPage() {
  const { companyId } = useParams({ from: '/signed-in/companies/$companyId/' });
  const { saved } = useSearch({ from: '/signed-in/companies/$companyId/' });
  const { me } = useRouteContext({ from: '/signed-in' });
  const { data, error } = useQuery(CompanyDocument, { variables: { id: companyId } });
  const company = data?.company;
  usePageTitle(company?.legalName ?? companyMessages.list.title);
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  const back = (
    <Link to="/companies" className="text-blue-900 underline underline-offset-4">
      {text.backToList}
    </Link>
  );
  if (!company) {
    return (
      <>
        <PageHeader title={companyMessages.list.title} />
        <p className="mb-4">{text.notFound}</p>
        {back}
      </>
    );
  }
  const editable = mayEditCompany(me, company);
  return (
    <>
      <p className="mb-2">{back}</p>
      <PageHeader
        title={company.legalName}
        lead={company.legalNameKana ?? undefined}
        actions={
          editable ? (
            <Link
              to="/companies/$companyId/edit"
              params={{ companyId: company.id }}
              className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none hover:bg-blue-1000 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
            >
              {text.edit}
            </Link>
          ) : undefined
        }
      />
      {saved ? (
        <p role="status" className="mb-6 rounded-8 border border-green-900 bg-green-50 p-3">
          {saved === 'created' ? text.created : text.updated}
        </p>
      ) : null}
      {editable ? null : (
        <p className="mb-6 text-solid-gray-700">{text.mayNotEdit(company.owningOffice.nameJa)}</p>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <CompanyFacts company={company} />
        <CompanyOffers companyId={company.id} />
      </div>
    </>
  );
}

function Facts({ id, heading, rows }: { id: string; heading: string; rows: [string, ReactNode][] }) {
  return (
    <section aria-labelledby={id} className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="break-words">{value === null || value === '' ? text.none : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CompanyFacts({ company }: { company: CompanyDetailFragment }) {
  const sizeLabel = useEnumLabel('CompanySize');
  return (
    <div className="flex flex-col gap-6">
      <Facts
        id="company-basics"
        heading={text.basics}
        rows={[
          [labels.corporateNumber, company.corporateNumber],
          [labels.jsicMajorCode, `${company.jsicMajorGroup.code} ${company.jsicMajorGroup.nameJa}`],
          [labels.jsicMiddleCode, company.jsicMiddleCode],
          [labels.prefectureCode, company.prefecture.nameJa],
          [labels.address, company.address],
          [labels.size, sizeLabel(company.size)],
          [
            labels.employeeCount,
            company.employeeCount === null ? null : text.employees(company.employeeCount),
          ],
          [labels.owningOfficeId, company.owningOffice.nameJa],
          [labels.notes, company.notes],
        ]}
      />
      <Facts
        id="company-contact"
        heading={text.contact}
        rows={[
          [labels.contactName, company.contactName],
          [labels.contactPhone, company.contactPhone],
          [labels.contactEmail, company.contactEmail],
        ]}
      />
      <Facts
        id="company-record"
        heading={text.record}
        rows={[
          [text.createdAt, formatDateTime(company.createdAt)],
          [text.updatedAt, formatDateTime(company.updatedAt)],
        ]}
      />
    </div>
  );
}
