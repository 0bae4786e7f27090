import { Button, DatePicker, ErrorSummary, Select, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { partnerReferralMessages } from './messages';
import {
  referralListSearchSchema,
  type ReferralFilterKey,
  type ReferralListSearch,
} from './referral-list-search';

const text = partnerReferralMessages.list;

/** The API's path of each filter, and the input a problem with it focuses. */
const FILTER_FIELDS: Record<ReferralFilterKey, { api: string; id: string }> = {
  status: { api: 'filter.statuses', id: 'referrals-status' },
  branchId: { api: 'filter.branchId', id: 'referrals-branch' },
  duplicate: { api: 'filter.possibleDuplicate', id: 'referrals-duplicate' },
  q: { api: 'filter.clientName', id: 'referrals-q' },
  from: { api: 'filter.createdFrom', id: 'referrals-from' },
  to: { api: 'filter.createdTo', id: 'referrals-to' },
};

/** The "no filter" choice of a list (React Aria keys must not be empty). */
const ANY = '*';

interface Draft {
  status: string;
  branchId: string;
  duplicate: string;
  q: string;
  from: string | null;
  to: string | null;
}

function draftOf(search: ReferralListSearch): Draft {
  return {
    status: search.status ?? '',
    branchId: search.branchId ?? '',
    duplicate: search.duplicate === undefined ? '' : String(search.duplicate),
    q: search.q ?? '',
    from: search.from ?? null,
    to: search.to ?? null,
  };
}

/** New filters start again at the first page. */
function searchOf(draft: Draft): ReferralListSearch {
  return referralListSearchSchema.parse({
    status: draft.status || undefined,
    branchId: draft.branchId || undefined,
    duplicate: draft.duplicate ? draft.duplicate === 'true' : undefined,
    q: draft.q,
    from: draft.from ?? undefined,
    to: draft.to ?? undefined,
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
  const [draft, setDraft] = useState(() => draftOf(search));
  const statuses = useEnumOptions('ReferralStatus');
  const set = (key: keyof Draft) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value === ANY ? '' : value }));
  const anyOption = { value: ANY, label: text.any };
  const problems: FieldProblem[] = (failure?.fields ?? []).map((each) => ({
    fieldId: Object.values(FILTER_FIELDS).find((field) => field.api === each.field)?.id,
    message: each.message,
  }));
  const errorOf = (key: ReferralFilterKey) => fieldMessage(failure, FILTER_FIELDS[key].api);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(searchOf(draft));
  }

  return (
    <section aria-labelledby="referrals-filters" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="referrals-filters" className="mb-4 text-xl font-bold">
        {text.filters}
      </h2>
      <ErrorSummary title={text.failed} problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria" className="mt-2 flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Select
            id={FILTER_FIELDS.status.id}
            label={text.status}
            options={[anyOption, ...statuses]}
            value={draft.status || ANY}
            onChange={set('status')}
            errorMessage={errorOf('status')}
          />
          {branches.length ? (
            <Select
              id={FILTER_FIELDS.branchId.id}
              label={text.branch}
              options={[anyOption, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
              value={draft.branchId || ANY}
              onChange={set('branchId')}
              errorMessage={errorOf('branchId')}
            />
          ) : null}
          <Select
            id={FILTER_FIELDS.duplicate.id}
            label={text.duplicate}
            options={[
              anyOption,
              { value: 'true', label: text.duplicateOnly },
              { value: 'false', label: text.duplicateNone },
            ]}
            value={draft.duplicate || ANY}
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
            value={draft.from}
            onChange={set('from')}
            errorMessage={errorOf('from')}
          />
          <DatePicker
            id={FILTER_FIELDS.to.id}
            label={text.createdTo}
            value={draft.to}
            onChange={set('to')}
            errorMessage={errorOf('to')}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{text.search}</Button>
          <Link
            to="/referrals"
            search={{}}
            className="min-h-11 py-2 text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {text.clear}
          </Link>
        </div>
      </Form>
    </section>
  );
}
