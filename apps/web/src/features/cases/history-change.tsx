import type { CaseHistoryEntryFragment } from '../../gql/graphql';

type Change = CaseHistoryEntryFragment['changes'][number];

/** One field of a history entry as the API displays it: its Japanese name, and the value before and after. */
export function HistoryChange({ change }: { change: Change }) {
  return (
    <>
      <dt className="font-bold">{change.label}</dt>
      <dd className="mb-1 break-words">
        {change.before} → {change.after}
      </dd>
    </>
  );
}
