import { Button, DatePicker, ErrorSummary, Select, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { partnerMessages } from './messages';
import { asOfOf, type PartnersFilterKey, type PartnersSearch } from './partners-search';
import type { PartnerReferenceLists } from './use-partner-reference-lists';

const text = partnerMessages.list;

/** The API's path of each filter, and the input a problem with it focuses. */
const FILTER_FIELDS: Record<PartnersFilterKey, { api: string; id: string }> = {
  q: { api: 'filter.name', id: 'partners-q' },
  type: { api: 'filter.type', id: 'partners-type' },
  prefectureCode: { api: 'filter.prefectureCode', id: 'partners-prefecture' },
  asOf: { api: 'asOf', id: 'partners-as-of' },
};

/** The "no filter" choice of a list (React Aria keys must not be empty). */
const ANY = '*';

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
  const [draft, setDraft] = useState<Draft>(() => ({
    q: search.q ?? '',
    type: search.type ?? '',
    prefectureCode: search.prefectureCode ?? '',
    asOf: asOfOf(search),
  }));
  const set = (key: PartnersFilterKey) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value === null || value === ANY ? '' : value }));
  const types = useEnumOptions('PartnerType');
  const anyOption = { value: ANY, label: text.any };
  const problems: FieldProblem[] = (failure?.fields ?? []).map((each) => ({
    fieldId: Object.values(FILTER_FIELDS).find((field) => field.api === each.field)?.id,
    message: each.message,
  }));
  const errorOf = (key: PartnersFilterKey) => fieldMessage(failure, FILTER_FIELDS[key].api);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  return (
    <section aria-labelledby="partners-filters" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="partners-filters" className="mb-4 text-xl font-bold">
        {text.filters}
      </h2>
      <ErrorSummary title={text.failed} problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria" className="mt-2 flex flex-col gap-4">
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
            options={[anyOption, ...types]}
            value={draft.type || ANY}
            onChange={set('type')}
            errorMessage={errorOf('type')}
          />
          <Select
            id={FILTER_FIELDS.prefectureCode.id}
            label={text.prefecture}
            description={text.prefectureHint}
            options={[anyOption, ...lists.prefectures]}
            value={draft.prefectureCode || ANY}
            onChange={set('prefectureCode')}
            errorMessage={errorOf('prefectureCode')}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{text.search}</Button>
          <Link
            to="/partners"
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
