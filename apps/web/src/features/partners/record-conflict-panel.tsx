import { Button, ScrollRegion } from '@kakehashi/web-ui';
import { useEffect, useRef } from 'react';
import type { ChangedBy, FieldDifference } from './record-conflict';
import { partnerMessages } from './messages';

const text = partnerMessages.conflict;

const WHO: Record<ChangedBy, string> = { you: text.byYou, other: text.byOther, both: text.byBoth };

/**
 * A stale save, explained: the user's edit was not saved because someone else saved first. Lists field by field
 * what the user typed against what is stored now, and lets them lay their own changes over the stored version (then
 * review and save) or drop them. Nothing is written until they save again.
 */
export function RecordConflictPanel<K extends string>({
  differences,
  labels,
  display,
  onReapply,
  onDiscard,
}: {
  differences: FieldDifference<K>[];
  labels: Record<K, string>;
  /** A value as the user reads it (names instead of codes); empty values are shown as 「（空欄）」. */
  display: (field: K, value: string) => string;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shown = (field: K, value: string) => (value.trim() === '' ? text.empty : display(field, value));
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold';
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top break-words';
  return (
    <section aria-labelledby="record-conflict" className="rounded-8 border-2 border-error-1 bg-white p-4">
      <h3
        id="record-conflict"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-bold text-error-1 outline-none"
      >
        {text.title}
      </h3>
      <p role="alert" className="mt-2">
        {text.lead}
      </p>
      {differences.length ? (
        <div className="mt-4">
          <ScrollRegion label={text.tableLabel}>
            <table className="w-full min-w-[28rem] border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {text.field}
                  </th>
                  <th scope="col" className={th}>
                    {text.yours}
                  </th>
                  <th scope="col" className={th}>
                    {text.current}
                  </th>
                  <th scope="col" className={th}>
                    {text.who}
                  </th>
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
                    <td className={td}>{WHO[difference.changedBy]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      ) : (
        <p className="mt-4">{text.noDifference}</p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onPress={onReapply}>{text.reapply}</Button>
        <Button variant="secondary" onPress={onDiscard}>
          {text.discard}
        </Button>
      </div>
    </section>
  );
}
