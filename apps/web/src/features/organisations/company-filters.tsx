import { Button, ErrorSummary, Select, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import type { CompanyFilterKey, CompanySearch } from './company-search';
import { companyFieldLabels, companyMessages } from './messages';
import type { CompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.list;

/** The API's path of each filter, and the input a problem with it focuses. */
const FILTER_FIELDS: Record<CompanyFilterKey, { api: string; id: string }> = {
  q: { api: 'filter.query', id: 'companies-q' },
  corporateNumber: { api: 'filter.corporateNumber', id: 'companies-corporate-number' },
  jsicMajorCode: { api: 'filter.jsicMajorCode', id: 'companies-jsic' },
  prefectureCode: { api: 'filter.prefectureCode', id: 'companies-prefecture' },
  owningOfficeId: { api: 'filter.owningOfficeId', id: 'companies-office' },
  size: { api: 'filter.size', id: 'companies-size' },
};

/** The "no filter" choice of a list (React Aria keys must not be empty). */
const ANY = '*';

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
  const [draft, setDraft] = useState(() => draftOf(search));
  const set = (key: CompanyFilterKey) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value === null || value === ANY ? '' : value }));
  const anyOption = { value: ANY, label: text.any };
  const problems: FieldProblem[] = (failure?.fields ?? []).map((each) => ({
    fieldId: Object.values(FILTER_FIELDS).find((field) => field.api === each.field)?.id,
    message: each.message,
  }));
  const errorOf = (key: CompanyFilterKey) => fieldMessage(failure, FILTER_FIELDS[key].api);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  return (
    <section aria-labelledby="companies-filters" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="companies-filters" className="mb-4 text-xl font-bold">
        {text.filters}
      </h2>
      <ErrorSummary title={text.failed} problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria" className="mt-2 flex flex-col gap-4">
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
          <Select
            id={FILTER_FIELDS.jsicMajorCode.id}
            label={companyFieldLabels.jsicMajorCode}
            options={[anyOption, ...lists.industries]}
            value={draft.jsicMajorCode || ANY}
            onChange={set('jsicMajorCode')}
            errorMessage={errorOf('jsicMajorCode')}
          />
          <Select
            id={FILTER_FIELDS.prefectureCode.id}
            label={companyFieldLabels.prefectureCode}
            options={[anyOption, ...lists.prefectures]}
            value={draft.prefectureCode || ANY}
            onChange={set('prefectureCode')}
            errorMessage={errorOf('prefectureCode')}
          />
          <Select
            id={FILTER_FIELDS.owningOfficeId.id}
            label={companyFieldLabels.owningOfficeId}
            options={[anyOption, ...lists.offices]}
            value={draft.owningOfficeId || ANY}
            onChange={set('owningOfficeId')}
            errorMessage={errorOf('owningOfficeId')}
          />
          <Select
            id={FILTER_FIELDS.size.id}
            label={companyFieldLabels.size}
            options={[anyOption, ...lists.sizes]}
            value={draft.size || ANY}
            onChange={set('size')}
            errorMessage={errorOf('size')}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{text.search}</Button>
          <Link
            to="/companies"
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
