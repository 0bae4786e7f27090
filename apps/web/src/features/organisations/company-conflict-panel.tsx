import { Button, ScrollRegion } from '@kakehashi/web-ui';
import { useEffect, useRef } from 'react';
import type { ChangedBy, FieldDifference } from './company-conflict';
import type { CompanyField } from './company-form-values';
import { companyFieldLabels, companyMessages } from './messages';
import type { CompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.conflict;

const WHO: Record<ChangedBy, string> = { you: text.byYou, other: text.byOther, both: text.byBoth };

/** Which reference list a field's value is a code of. */
const LISTED: Partial<Record<CompanyField, Parameters<CompanyReferenceLists['labelOf']>[0]>> = {
  jsicMajorCode: 'industries',
  prefectureCode: 'prefectures',
  owningOfficeId: 'offices',
  size: 'sizes',
};

/** A field's value as the user reads it: names instead of codes and ids, and 「（空欄）」 for nothing. */
export function displayValue(lists: CompanyReferenceLists, field: CompanyField, value: string): string {
  if (value.trim() === '') return text.empty;
  const list = LISTED[field];
  return list ? lists.labelOf(list, value) : value;
}

/**
 * A stale save, explained: the user's edit was not saved because someone else saved first. Lists field by field
 * what the user typed against what is stored now, and lets them reload the stored version with their own changes
 * laid over it (then review and save), or drop their changes. Nothing is written until they save again.
 */
export function CompanyConflictPanel({
  differences,
  lists,
  onReapply,
  onDiscard,
}: {
  differences: FieldDifference[];
  lists: CompanyReferenceLists;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top break-words';
  return (
    <section
      aria-labelledby="company-conflict"
      className="mb-6 rounded-16 border-2 border-error-1 bg-white p-6"
    >
      <h2
        id="company-conflict"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold text-error-1 outline-none"
      >
        {text.title}
      </h2>
      <p role="alert" className="mt-2">
        {text.lead}
      </p>
      {differences.length ? (
        <div className="mt-4">
          <ScrollRegion label={text.tableLabel}>
            <table className="w-full min-w-[36rem] border-collapse">
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
                      {companyFieldLabels[difference.field]}
                    </th>
                    <td className={td}>{displayValue(lists, difference.field, difference.yours)}</td>
                    <td className={td}>{displayValue(lists, difference.field, difference.current)}</td>
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
      <div className="mt-4 flex flex-wrap gap-4">
        <Button onPress={onReapply}>{text.reapply}</Button>
        <Button variant="secondary" onPress={onDiscard}>
          {text.discard}
        </Button>
      </div>
    </section>
  );
}
