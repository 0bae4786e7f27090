import { Checkbox, Select, TextField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import {
  FilterForm,
  filterErrors,
  useFilterDraft,
  withAny,
  type FilterFields,
} from '../../shared/filter-form';
import { centerReferralMessages } from './messages';
import { referralSearchSchema, type ReferralSearch } from './referral-search';

const text = centerReferralMessages.filters;

const FIELDS: FilterFields<'status' | 'q' | 'officeId'> = {
  status: { api: 'filter.statuses', id: 'referrals-status' },
  q: { api: 'filter.clientName', id: 'referrals-q' },
  officeId: { api: 'filter.assignedOfficeId', id: 'referrals-office' },
};

/**
 * The list's filters: applied on 絞り込む (or Enter that is not confirming a Japanese conversion), kept in the URL.
 * `offices`: headquarters' choice of office on the office list; absent elsewhere.
 */
export function ReferralFilters({
  search,
  to,
  offices,
  failure,
  onSearch,
}: {
  search: ReferralSearch;
  onSearch: (search: ReferralSearch) => void;
  to: '/inbox/referrals' | '/office/referrals';
  offices?: { value: string; label: string }[];
  failure: ApiErrorInfo | null;
}) {
  const statuses = useEnumOptions('ReferralStatus');
  const { draft, set, choice } = useFilterDraft(() => ({
    status: search.status ?? '',
    duplicate: search.duplicate ?? false,
    q: search.q ?? '',
    officeId: search.officeId ?? '',
  }));
  const { problems, errorOf } = filterErrors(failure, FIELDS);

  function submit() {
    onSearch(
      referralSearchSchema.parse({
        status: draft.status || undefined,
        duplicate: draft.duplicate || undefined,
        q: draft.q,
        officeId: draft.officeId || undefined,
      }),
    );
  }

  return (
    <FilterForm id="referrals-filters" text={text} problems={problems} clearTo={to} onSubmit={submit}>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          id={FIELDS.q.id}
          label={text.clientName}
          description={text.clientNameHint}
          type="search"
          value={draft.q}
          onChange={set('q')}
          errorMessage={errorOf('q')}
        />
        <Select
          id={FIELDS.status.id}
          label={text.status}
          options={withAny(text.any, statuses)}
          value={choice('status')}
          onChange={set('status')}
          errorMessage={errorOf('status')}
        />
        {offices ? (
          <Select
            id={FIELDS.officeId.id}
            label={centerReferralMessages.office.chooseOffice}
            description={centerReferralMessages.office.chooseOfficeHint}
            options={withAny(centerReferralMessages.office.allOffices, offices)}
            value={choice('officeId')}
            onChange={set('officeId')}
            errorMessage={errorOf('officeId')}
          />
        ) : null}
      </div>
      <Checkbox isSelected={draft.duplicate} onChange={set('duplicate')}>
        {text.duplicateOnly}
      </Checkbox>
    </FilterForm>
  );
}
