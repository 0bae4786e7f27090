import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CompaniesDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { CompanyFilters } from './company-filters';
import { CompanyPicker } from './company-picker';
import { CompanyResults } from './company-results';
import { COMPANIES_PER_PAGE, companyFilterOf, hasFilters, pageOf, withFilters } from './company-search';
import { companyMessages } from './messages';
import { useCompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.list;

/** Screen 3: find a company by name, kana or 法人番号 and every filter the API has; the filters live in the URL. */
export function CompaniesPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/companies' });
  const navigate = useNavigate();
  const { lists, error: listsError } = useCompanyReferenceLists();
  const { data, error, previousData } = useQuery(CompaniesDocument, {
    variables: {
      filter: companyFilterOf(search),
      first: COMPANIES_PER_PAGE,
      after: pageOf(search).afterCursor,
    },
  });
  if (listsError) throw listsError;
  const failure = error ? apiErrorOf(error) : null;
  // A refused filter is shown at its field; anything else is the route's failure page.
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={
          <Link
            to="/companies/new"
            className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none hover:bg-blue-1000 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
          >
            {text.create}
          </Link>
        }
      />
      <div className="mb-6 max-w-xl">
        <CompanyPicker
          id="companies-jump"
          label={text.jump}
          description={text.jumpHint}
          value={null}
          onChange={(company) => {
            if (company) void navigate({ to: '/companies/$companyId', params: { companyId: company.id } });
          }}
        />
      </div>
      {lists ? (
        <CompanyFilters
          // A new URL (back, forward, a link) starts the form again from what the URL says.
          key={JSON.stringify(companyFilterOf(search))}
          search={search}
          lists={lists}
          failure={failure}
          onSearch={(filters) => void navigate({ to: '/companies', search: withFilters(filters) })}
        />
      ) : null}
      {shown && !failure ? (
        <CompanyResults data={shown} search={search} filtered={hasFilters(search)} />
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}
