import { useQuery } from '@apollo/client/react';
import { EmptyState, formatFiscalYear, formatYen, PageHeader, Select, TextField } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { usePageTitle } from '../../app/use-page-title';
import { RetryCatalogueDocument, type RetryCatalogueQuery } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { retryMessages } from './messages';
import { RetryMenuCard } from './retry-menu-card';
import { filterMenus, retrySearchOf, type RetryFilterKey, type RetrySearch } from './retry-search';

const text = retryMessages.catalogue;

const FILTER_FIELDS: FilterFields<RetryFilterKey> = {
  group: { api: 'group', id: 'retry-group' },
  q: { api: 'q', id: 'retry-q' },
};

const linkClass = 'text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The RETRY catalogue (reference data): the project's facts and its menus, narrowed by field and words in the URL. */
export function RetryCataloguePage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/retry' });
  const navigate = useNavigate();
  const { data, error } = useQuery(RetryCatalogueDocument, { fetchPolicy: 'cache-first' });
  if (error) throw error;
  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            {text.lead}{' '}
            <Link to="/jobcard" className={linkClass}>
              {text.back}
            </Link>
          </>
        }
      />
      <MenuFilters
        key={JSON.stringify(search)}
        search={search}
        onSearch={(draft) => void navigate({ to: '/jobcard/retry', search: retrySearchOf(draft) })}
      />
      {data ? (
        <div className="flex flex-col gap-6">
          <Menus menus={data.retryMenus.menus} search={search} />
          <Project project={data.retryMenus.project} />
        </div>
      ) : (
        <p role="status">{text.loading}</p>
      )}
    </>
  );
}

function MenuFilters({
  search,
  onSearch,
}: {
  search: RetrySearch;
  onSearch: (draft: Record<RetryFilterKey, string>) => void;
}) {
  // The filters are applied here, not by the API: nothing it could refuse.
  const form = useFilterForm(FILTER_FIELDS, null, () => ({ group: search.group ?? '', q: search.q ?? '' }));
  const groups = useEnumOptions('RetryGroup');
  return (
    <FilterForm
      id="retry-filters"
      text={{ heading: text.filters, failed: text.failed, search: text.search, clear: text.clear }}
      problems={form.problems}
      clearTo="/jobcard/retry"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Select label={text.group} {...form.choice('group', text.anyGroup, groups)} />
        <TextField label={text.keyword} description={text.keywordHint} type="search" {...form.text('q')} />
      </div>
    </FilterForm>
  );
}

type Catalogue = RetryCatalogueQuery['retryMenus'];

function Menus({ menus, search }: { menus: Catalogue['menus']; search: RetrySearch }) {
  const shown = filterMenus(menus, search);
  return (
    <section aria-labelledby="retry-menus-heading">
      <h2 id="retry-menus-heading" className="text-xl font-bold">
        {text.menusHeading}
      </h2>
      <p role="status" className="mb-4 mt-1">
        {text.count(shown.length, menus.length)}
      </p>
      {shown.length ? (
        <ul className="grid gap-4 lg:grid-cols-2">
          {shown.map((menu) => (
            <RetryMenuCard key={menu.id} menu={menu} />
          ))}
        </ul>
      ) : (
        <EmptyState title={text.emptyTitle}>
          <p>{text.emptyHelp}</p>
        </EmptyState>
      )}
    </section>
  );
}

function Project({ project }: { project: Catalogue['project'] }) {
  const facts: [string, string][] = [
    [text.englishName, project.englishName],
    [text.projectCount, text.projects(project.projectCount)],
    [text.maxYen, formatYen(project.maxYenPerProjectPerYear)],
    [text.maxYears, text.years(project.maxYears)],
    [text.outcome, project.outcome],
    [text.note, project.note],
    [text.contact, text.contactValue(project.contactOffice, project.contactPhone, project.contactExtension)],
    [text.seed, project.seed],
  ];
  return (
    <section aria-labelledby="retry-project-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="retry-project-heading" className="text-xl font-bold">
        {text.projectHeading}
      </h2>
      <p className="mt-2 font-bold [word-break:auto-phrase]">{project.name}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="min-w-0 break-words [word-break:auto-phrase]">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mb-2 mt-6 font-bold">{text.schedule}</h3>
      <ul className="list-disc pl-6">
        {project.years.map((year) => (
          <li key={year.fiscalYear} className="[word-break:auto-phrase]">
            <span className="font-bold">{formatFiscalYear(year.fiscalYear)}</span>：{year.work}
          </li>
        ))}
      </ul>
    </section>
  );
}
