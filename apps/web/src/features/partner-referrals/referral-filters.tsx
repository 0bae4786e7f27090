import { DatePicker, Select, TextField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { partnerReferralMessages } from './messages';
import {
  referralListSearchSchema,
  type ReferralFilterKey,
  type ReferralListSearch,
} from './referral-list-search';

const text = partnerReferralMessages.list;

const FILTER_FIELDS: FilterFields<ReferralFilterKey> = {
  status: { api: 'filter.statuses', id: 'referrals-status' },
  branchId: { api: 'filter.branchId', id: 'referrals-branch' },
  duplicate: { api: 'filter.possibleDuplicate', id: 'referrals-duplicate' },
  q: { api: 'filter.clientName', id: 'referrals-q' },
  from: { api: 'filter.createdFrom', id: 'referrals-from' },
  to: { api: 'filter.createdTo', id: 'referrals-to' },
};

type Draft = Record<ReferralFilterKey, string>;

function draftOf(search: ReferralListSearch): Draft {
  return {
    status: search.status ?? '',
    branchId: search.branchId ?? '',
    duplicate: search.duplicate === undefined ? '' : String(search.duplicate),
    q: search.q ?? '',
    from: search.from ?? '',
    to: search.to ?? '',
  };
}

/** New filters start again at the first page. */
function searchOf(draft: Draft): ReferralListSearch {
  return referralListSearchSchema.parse({
    status: draft.status || undefined,
    branchId: draft.branchId || undefined,
    duplicate: draft.duplicate ? draft.duplicate === 'true' : undefined,
    q: draft.q,
    from: draft.from || undefined,
    to: draft.to || undefined,
  });
}

/**
 * The list's filters: applied on 絞り込む (Enter), so Japanese input is never searched mid-conversion. The branch
 * choice is the head office's (`branches` is empty for a branch officer, who sees its own branch only).
 */
export function ReferralFilters({
  search,
  branches,
  failure,
  onSearch,
}: {
  search: ReferralListSearch;
  branches: { id: string; name: string }[];
  failure: ApiErrorInfo | null;
  onSearch: (search: ReferralListSearch) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => draftOf(search));
  const statuses = useEnumOptions('ReferralStatus');
  const duplicates = [
    { value: 'true', label: text.duplicateOnly },
    { value: 'false', label: text.duplicateNone },
  ];

  return (
    <FilterForm
      id="referrals-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/referrals"
      onSubmit={() => onSearch(searchOf(form.draft))}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select label={text.status} {...form.choice('status', text.any, statuses)} />
        {branches.length ? (
          <Select
            label={text.branch}
            {...form.choice(
              'branchId',
              text.any,
              branches.map((b) => ({ value: b.id, label: b.name })),
            )}
          />
        ) : null}
        <Select label={text.duplicate} {...form.choice('duplicate', text.any, duplicates)} />
        <TextField
          label={text.clientName}
          description={text.clientNameHint}
          type="search"
          {...form.text('q')}
        />
        <DatePicker label={text.createdFrom} {...form.date('from')} />
        <DatePicker label={text.createdTo} {...form.date('to')} />
      </div>
    </FilterForm>
  );
}
