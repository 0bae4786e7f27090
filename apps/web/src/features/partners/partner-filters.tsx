import { DatePicker, Select, TextField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import {
  FilterForm,
  filterErrors,
  useFilterDraft,
  withAny,
  type FilterFields,
} from '../../shared/filter-form';
import { partnerMessages } from './messages';
import { asOfOf, type PartnersFilterKey, type PartnersSearch } from './partners-search';
import type { PartnerReferenceLists } from './use-partner-reference-lists';

const text = partnerMessages.list;

const FILTER_FIELDS: FilterFields<PartnersFilterKey> = {
  q: { api: 'filter.name', id: 'partners-q' },
  type: { api: 'filter.type', id: 'partners-type' },
  prefectureCode: { api: 'filter.prefectureCode', id: 'partners-prefecture' },
  asOf: { api: 'asOf', id: 'partners-as-of' },
};

type Draft = Record<PartnersFilterKey, string>;

/** The search form: applied on 検索 (Enter), so Japanese input is never searched mid-conversion. */
export function PartnerFilters({
  search,
  lists,
  failure,
  onSearch,
}: {
  search: PartnersSearch;
  lists: PartnerReferenceLists;
  failure: ApiErrorInfo | null;
  onSearch: (filters: Draft) => void;
}) {
  const { draft, set, choice } = useFilterDraft<Draft>(() => ({
    q: search.q ?? '',
    type: search.type ?? '',
    prefectureCode: search.prefectureCode ?? '',
    asOf: asOfOf(search),
  }));
  const types = useEnumOptions('PartnerType');
  const { problems, errorOf } = filterErrors(failure, FILTER_FIELDS);

  return (
    <FilterForm
      id="partners-filters"
      text={{ ...text, heading: text.filters }}
      problems={problems}
      clearTo="/partners"
      onSubmit={() => onSearch(draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={FILTER_FIELDS.q.id}
          label={text.name}
          description={text.nameHint}
          type="search"
          value={draft.q}
          onChange={set('q')}
          errorMessage={errorOf('q')}
        />
        <DatePicker
          id={FILTER_FIELDS.asOf.id}
          label={text.asOf}
          description={text.asOfHint}
          value={draft.asOf || null}
          onChange={set('asOf')}
          errorMessage={errorOf('asOf')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id={FILTER_FIELDS.type.id}
          label={text.type}
          options={withAny(text.any, types)}
          value={choice('type')}
          onChange={set('type')}
          errorMessage={errorOf('type')}
        />
        <Select
          id={FILTER_FIELDS.prefectureCode.id}
          label={text.prefecture}
          description={text.prefectureHint}
          options={withAny(text.any, lists.prefectures)}
          value={choice('prefectureCode')}
          onChange={set('prefectureCode')}
          errorMessage={errorOf('prefectureCode')}
        />
      </div>
    </FilterForm>
  );
}
