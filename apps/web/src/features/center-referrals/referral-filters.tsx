import { Checkbox, Select, TextField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
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
  const form = useFilterForm(FIELDS, failure, () => ({
    status: search.status ?? '',
    duplicate: search.duplicate ?? false,
    q: search.q ?? '',
    officeId: search.officeId ?? '',
  }));
  const { draft } = form;

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
    <FilterForm id="referrals-filters" text={text} problems={form.problems} clearTo={to} onSubmit={submit}>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={text.clientName}
          description={text.clientNameHint}
          type="search"
          {...form.text('q')}
        />
        <Select label={text.status} {...form.choice('status', text.any, statuses)} />
        {offices ? (
          <Select
            label={centerReferralMessages.office.chooseOffice}
            description={centerReferralMessages.office.chooseOfficeHint}
            {...form.choice('officeId', centerReferralMessages.office.allOffices, offices)}
          />
        ) : null}
      </div>
      <Checkbox isSelected={draft.duplicate} onChange={form.set('duplicate')}>
        {text.duplicateOnly}
      </Checkbox>
    </FilterForm>
  );
}
