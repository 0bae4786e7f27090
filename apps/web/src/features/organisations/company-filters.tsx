import { Select, TextField, type Option } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import {
  FilterForm,
  filterErrors,
  useFilterDraft,
  withAny,
  type FilterFields,
} from '../../shared/filter-form';
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
  const { draft, set, choice } = useFilterDraft(() => draftOf(search));
  const { problems, errorOf } = filterErrors(failure, FILTER_FIELDS);
  const select = (key: 'jsicMajorCode' | 'prefectureCode' | 'owningOfficeId' | 'size', options: Option[]) => (
    <Select
      id={FILTER_FIELDS[key].id}
      label={companyFieldLabels[key]}
      options={withAny(text.any, options)}
      value={choice(key)}
      onChange={set(key)}
      errorMessage={errorOf(key)}
    />
  );

  return (
    <FilterForm
      id="companies-filters"
      text={{ ...text, heading: text.filters }}
      problems={problems}
      clearTo="/companies"
      onSubmit={() => onSearch(draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={FILTER_FIELDS.q.id}
          label={text.query}
          description={text.queryHint}
          type="search"
          value={draft.q}
          onChange={set('q')}
          errorMessage={errorOf('q')}
        />
        <TextField
          id={FILTER_FIELDS.corporateNumber.id}
          label={text.corporateNumber}
          description={text.corporateNumberHint}
          inputMode="numeric"
          value={draft.corporateNumber}
          onChange={set('corporateNumber')}
          errorMessage={errorOf('corporateNumber')}
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
