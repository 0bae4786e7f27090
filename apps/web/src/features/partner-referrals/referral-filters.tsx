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
  const { draft, set, choice } = useFilterDraft(() => draftOf(search));
  const statuses = useEnumOptions('ReferralStatus');
  const { problems, errorOf } = filterErrors(failure, FILTER_FIELDS);

  return (
    <FilterForm
      id="referrals-filters"
      text={{ ...text, heading: text.filters }}
      problems={problems}
      clearTo="/referrals"
      onSubmit={() => onSearch(searchOf(draft))}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          id={FILTER_FIELDS.status.id}
          label={text.status}
          options={withAny(text.any, statuses)}
          value={choice('status')}
          onChange={set('status')}
          errorMessage={errorOf('status')}
        />
        {branches.length ? (
          <Select
            id={FILTER_FIELDS.branchId.id}
            label={text.branch}
            options={withAny(
              text.any,
              branches.map((b) => ({ value: b.id, label: b.name })),
            )}
            value={choice('branchId')}
            onChange={set('branchId')}
            errorMessage={errorOf('branchId')}
          />
        ) : null}
        <Select
          id={FILTER_FIELDS.duplicate.id}
          label={text.duplicate}
          options={withAny(text.any, [
            { value: 'true', label: text.duplicateOnly },
            { value: 'false', label: text.duplicateNone },
          ])}
          value={choice('duplicate')}
          onChange={set('duplicate')}
          errorMessage={errorOf('duplicate')}
        />
        <TextField
          id={FILTER_FIELDS.q.id}
          label={text.clientName}
          description={text.clientNameHint}
          type="search"
          value={draft.q}
          onChange={set('q')}
          errorMessage={errorOf('q')}
        />
        <DatePicker
          id={FILTER_FIELDS.from.id}
          label={text.createdFrom}
          value={draft.from || null}
          onChange={set('from')}
          errorMessage={errorOf('from')}
        />
        <DatePicker
          id={FILTER_FIELDS.to.id}
          label={text.createdTo}
          value={draft.to || null}
          onChange={set('to')}
          errorMessage={errorOf('to')}
        />
      </div>
    </FilterForm>
  );
}
