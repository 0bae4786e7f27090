import { DatePicker, Select, TextField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
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
  onSearch: (filters: Record<PartnersFilterKey, string>) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => ({
    q: search.q ?? '',
    type: search.type ?? '',
    prefectureCode: search.prefectureCode ?? '',
    asOf: asOfOf(search),
  }));
  const types = useEnumOptions('PartnerType');

  return (
    <FilterForm
      id="partners-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/partners"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={text.name} description={text.nameHint} type="search" {...form.text('q')} />
        <DatePicker label={text.asOf} description={text.asOfHint} {...form.date('asOf')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select label={text.type} {...form.choice('type', text.any, types)} />
        <Select
          label={text.prefecture}
          description={text.prefectureHint}
          {...form.choice('prefectureCode', text.any, lists.prefectures)}
        />
      </div>
    </FilterForm>
  );
}
