import { Button, Checkbox, ErrorSummary, Select, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { centerReferralMessages } from './messages';
import { referralSearchSchema, type ReferralSearch } from './referral-search';

const text = centerReferralMessages.filters;
/** The "no filter" choice of a list (React Aria keys must not be empty). */
const ANY = '*';

const FIELDS = {
  status: { api: 'filter.statuses', id: 'referrals-status' },
  q: { api: 'filter.clientName', id: 'referrals-q' },
  officeId: { api: 'filter.assignedOfficeId', id: 'referrals-office' },
} as const;

interface Draft {
  status: string;
  duplicate: boolean;
  q: string;
  officeId: string;
}

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
  const [draft, setDraft] = useState<Draft>({
    status: search.status ?? '',
    duplicate: search.duplicate ?? false,
    q: search.q ?? '',
    officeId: search.officeId ?? '',
  });
  const problems: FieldProblem[] = (failure?.fields ?? []).map((each) => ({
    fieldId: Object.values(FIELDS).find((field) => field.api === each.field)?.id,
    message: each.message,
  }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
    <section aria-labelledby="referrals-filters" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="referrals-filters" className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      <ErrorSummary title={text.failed} problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria" className="mt-2 flex flex-col gap-4">
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            id={FIELDS.q.id}
            label={text.clientName}
            description={text.clientNameHint}
            type="search"
            value={draft.q}
            onChange={(q) => setDraft((d) => ({ ...d, q }))}
            errorMessage={fieldMessage(failure, FIELDS.q.api)}
          />
          <Select
            id={FIELDS.status.id}
            label={text.status}
            options={[{ value: ANY, label: text.any }, ...statuses]}
            value={draft.status || ANY}
            onChange={(value) => setDraft((d) => ({ ...d, status: !value || value === ANY ? '' : value }))}
            errorMessage={fieldMessage(failure, FIELDS.status.api)}
          />
          {offices ? (
            <Select
              id={FIELDS.officeId.id}
              label={centerReferralMessages.office.chooseOffice}
              description={centerReferralMessages.office.chooseOfficeHint}
              options={[{ value: ANY, label: centerReferralMessages.office.allOffices }, ...offices]}
              value={draft.officeId || ANY}
              onChange={(value) =>
                setDraft((d) => ({ ...d, officeId: !value || value === ANY ? '' : value }))
              }
              errorMessage={fieldMessage(failure, FIELDS.officeId.api)}
            />
          ) : null}
        </div>
        <Checkbox
          isSelected={draft.duplicate}
          onChange={(duplicate) => setDraft((d) => ({ ...d, duplicate }))}
        >
          {text.duplicateOnly}
        </Checkbox>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{text.search}</Button>
          <Link
            to={to}
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
