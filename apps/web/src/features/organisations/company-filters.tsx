import { Select, TextField, type Option } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import type { CompanyFilterKey, CompanySearch } from './company-search';
import { companyFieldLabels, companyMessages } from './messages';
import type { CompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.list;

const FILTER_FIELDS: FilterFields<CompanyFilterKey> = {
  q: { api: 'filter.query', id: 'companies-q' },
  corporateNumber: { api: 'filter.corporateNumber', id: 'companies-corporate-number' },
  jsicMajorCode: { api: 'filter.jsicMajorCode', id: 'companies-jsic' },
  prefectureCode: { api: 'filter.prefectureCode', id: 'companies-prefecture' },
  owningOfficeId: { api: 'filter.owningOfficeId', id: 'companies-office' },
  size: { api: 'filter.size', id: 'companies-size' },
};

type Draft = Record<CompanyFilterKey, string>;

function draftOf(search: CompanySearch): Draft {
  return {
    q: search.q ?? '',
    corporateNumber: search.corporateNumber ?? '',
    jsicMajorCode: search.jsicMajorCode ?? '',
    prefectureCode: search.prefectureCode ?? '',
    owningOfficeId: search.owningOfficeId ?? '',
    size: search.size ?? '',
  };
}

/** The search form: typed values are applied on 検索 (Enter), so Japanese input is never searched mid-conversion. */
export function CompanyFilters({
  search,
  lists,
  failure,
  onSearch,
}: {
  search: CompanySearch;
  lists: CompanyReferenceLists;
  failure: ApiErrorInfo | null;
  onSearch: (filters: Draft) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => draftOf(search));
  const select = (key: 'jsicMajorCode' | 'prefectureCode' | 'owningOfficeId' | 'size', options: Option[]) => (
    <Select label={companyFieldLabels[key]} {...form.choice(key, text.any, options)} />
  );

  return (
    <FilterForm
      id="companies-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/companies"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={text.query} description={text.queryHint} type="search" {...form.text('q')} />
        <TextField
          label={text.corporateNumber}
          description={text.corporateNumberHint}
          inputMode="numeric"
          {...form.text('corporateNumber')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {select('jsicMajorCode', lists.industries)}
        {select('prefectureCode', lists.prefectures)}
        {select('owningOfficeId', lists.offices)}
        {select('size', lists.sizes)}
      </div>
    </FilterForm>
  );
}
