import { Button, ErrorSummary, type FieldProblem, type Option } from '@kakehashi/web-ui';
import { Link, type LinkProps } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from './api-errors';

/** The "no filter" choice of a list (React Aria keys must not be empty). */
export const ANY = '*';

/** The API's path of a filter, and the id of the input a problem with it focuses. */
export type FilterFields<K extends string> = Record<K, { api: string; id: string }>;

/**
 * The typed values of a filter form, applied only on submit (so Japanese input is never searched mid-conversion),
 * the problems the API named (each tied to its input), and the props that bind each field to both. `set(key)` takes
 * a field's new value: the "no filter" choice and a cleared date become ''.
 */
export function useFilterForm<
  K extends string,
  D extends Record<K, string> & Record<string, string | boolean>,
>(fields: FilterFields<K>, failure: ApiErrorInfo | null, initial: () => D) {
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof D) => (value: string | boolean | null) =>
    setDraft((d) => ({ ...d, [key]: value === null || value === ANY ? '' : value }));
  const all = Object.values<{ api: string; id: string }>(fields);
  const problems: FieldProblem[] = (failure?.fields ?? []).map((each) => ({
    fieldId: all.find((field) => field.api === each.field)?.id,
    message: each.message,
  }));
  const bound = (key: K) => ({
    id: fields[key].id,
    onChange: set(key),
    errorMessage: fieldMessage(failure, fields[key].api),
  });
  return {
    draft,
    set,
    problems,
    /** A text field's props. */
    text: (key: K) => ({ ...bound(key), value: draft[key] }),
    /** A date's props (no date is null). */
    date: (key: K) => ({ ...bound(key), value: draft[key] || null }),
    /** A select's props: its options with the "no filter" choice first, which is chosen when nothing is. */
    choice: (key: K, anyLabel: string, options: readonly Option[]) => ({
      ...bound(key),
      options: [{ value: ANY, label: anyLabel }, ...options],
      value: draft[key] || ANY,
    }),
  };
}

export interface FilterFormText {
  heading: string;
  /** The title of the error summary when the API refused a filter. */
  failed: string;
  search: string;
  clear: string;
}

/**
 * The frame of a list's filter form: its heading, the summary of refused filters, the feature's fields, and the
 * submit button and the link that clears every filter (`clearTo` with no search params). Enter submits, but the
 * browser never submits a form on the Enter that confirms an IME conversion.
 */
export function FilterForm({
  id,
  text,
  problems,
  clearTo,
  onSubmit,
  children,
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  text: FilterFormText;
  problems: FieldProblem[];
  clearTo: LinkProps['to'];
  onSubmit: () => void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <section aria-labelledby={id} className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      <ErrorSummary title={text.failed} problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria" className="mt-2 flex flex-col gap-4">
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{text.search}</Button>
          <Link
            to={clearTo}
            // Every list page's search params are all optional: none at all is the unfiltered first page.
            search={{} as never}
            className="min-h-11 py-2 text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {text.clear}
          </Link>
        </div>
      </Form>
    </section>
  );
}
