import { Select, TextField, type Option } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { adminMessages } from './messages';
import type { UsersFilterKey, UsersSearch } from './users-search';

const text = adminMessages.users;

const FILTER_FIELDS: FilterFields<UsersFilterKey> = {
  q: { api: 'filter.query', id: 'users-q' },
  role: { api: 'filter.role', id: 'users-role' },
  officeId: { api: 'filter.officeId', id: 'users-office' },
  status: { api: 'filter.active', id: 'users-status' },
};

/** The search form: applied on 検索 (Enter), so Japanese input is never searched mid-conversion. */
export function UserFilters({
  search,
  offices,
  failure,
  onSearch,
}: {
  search: UsersSearch;
  offices: Option[];
  failure: ApiErrorInfo | null;
  onSearch: (filters: Record<UsersFilterKey, string>) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => ({
    q: search.q ?? '',
    role: search.role ?? '',
    officeId: search.officeId ?? '',
    status: search.status ?? '',
  }));
  const roles = useEnumOptions('Role');
  const statuses = [
    { value: 'active', label: text.activeOnly },
    { value: 'inactive', label: text.inactiveOnly },
  ];
  return (
    <FilterForm
      id="users-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/admin/users"
      onSubmit={() => onSearch(form.draft)}
    >
      <TextField label={text.query} description={text.queryHint} type="search" {...form.text('q')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Select label={text.role} {...form.choice('role', text.any, roles)} />
        <Select label={text.office} {...form.choice('officeId', text.any, offices)} />
        <Select label={text.status} {...form.choice('status', text.any, statuses)} />
      </div>
    </FilterForm>
  );
}
