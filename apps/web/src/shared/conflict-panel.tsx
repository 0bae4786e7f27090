import { Button, ScrollRegion } from '@kakehashi/web-ui';
import { useEffect, useRef } from 'react';
import type { ChangedBy, FieldDifference } from './record-conflict';

/** The panel's words; each feature keeps its own in its messages.ts. */
export interface ConflictWording {
  title: string;
  lead: string;
  tableLabel: string;
  field: string;
  yours: string;
  current: string;
  who: string;
  byYou: string;
  byOther: string;
  byBoth: string;
  empty: string;
  noDifference: string;
  reapply: string;
  discard: string;
}

// A page's panel sits under the page's h1; a dialog's under the dialog's h2, in a narrower frame.
const LOOK = {
  page: {
    Heading: 'h2',
    section: 'mb-6 rounded-16 border-2 border-error-1 bg-white p-6',
    heading: 'text-xl',
    table: 'min-w-[36rem]',
    th: ' whitespace-nowrap',
    buttons: 'gap-4',
  },
  dialog: {
    Heading: 'h3',
    section: 'rounded-8 border-2 border-error-1 bg-white p-4',
    heading: 'text-lg',
    table: 'min-w-[28rem]',
    th: '',
    buttons: 'gap-3',
  },
} as const;

/**
 * A stale save, explained: the user's edit was not saved because someone else saved first. Lists field by field
 * what the user typed against what is stored now, and lets them lay their own changes over the stored version (then
 * review and save) or drop them. Nothing is written until they save again.
 */
export function ConflictPanel<K extends string>({
  id,
  placement,
  text,
  differences,
  labels,
  display = (_field, value) => value,
  onReapply,
  onDiscard,
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  placement: keyof typeof LOOK;
  text: ConflictWording;
  differences: FieldDifference<K>[];
  labels: Record<K, string>;
  /** A value as the user reads it (names instead of codes); empty values are shown as `text.empty`. */
  display?: (field: K, value: string) => string;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const look = LOOK[placement];
  const who: Record<ChangedBy, string> = { you: text.byYou, other: text.byOther, both: text.byBoth };
  const shown = (field: K, value: string) => (value.trim() === '' ? text.empty : display(field, value));
  const th = `border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold${look.th}`;
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top break-words';
  return (
    <section aria-labelledby={id} className={look.section}>
      <look.Heading
        id={id}
        ref={heading}
        tabIndex={-1}
        className={`${look.heading} font-bold text-error-1 outline-none`}
      >
        {text.title}
      </look.Heading>
      <p role="alert" className="mt-2">
        {text.lead}
      </p>
      {differences.length ? (
        <div className="mt-4">
          <ScrollRegion label={text.tableLabel}>
            <table className={`w-full ${look.table} border-collapse`}>
              <thead>
                <tr>
                  {[text.field, text.yours, text.current, text.who].map((column) => (
                    <th key={column} scope="col" className={th}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {differences.map((difference) => (
                  <tr key={difference.field}>
                    <th scope="row" className={`${td} text-left font-bold`}>
                      {labels[difference.field]}
                    </th>
                    <td className={td}>{shown(difference.field, difference.yours)}</td>
                    <td className={td}>{shown(difference.field, difference.current)}</td>
                    <td className={td}>{who[difference.changedBy]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      ) : (
        <p className="mt-4">{text.noDifference}</p>
      )}
      <div className={`mt-4 flex flex-wrap ${look.buttons}`}>
        <Button onPress={onReapply}>{text.reapply}</Button>
        <Button variant="secondary" onPress={onDiscard}>
          {text.discard}
        </Button>
      </div>
    </section>
  );
}
