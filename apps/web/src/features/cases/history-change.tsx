import type { CaseHistoryEntryFragment } from '../../gql/graphql';
import { caseMessages } from './messages';

type Change = CaseHistoryEntryFragment['changes'][number] & { label?: string | null };

/**
 * One field of a history entry, before and after. The one place the page shows a change: it shows what the API
 * gives (the API is adding each field's Japanese name and its values as displayed; this is where they will be used).
 */
export function HistoryChange({ change }: { change: Change }) {
  const text = caseMessages.history;
  return (
    <>
      <dt className="font-bold">{change.label ?? text.change(change.field)}</dt>
      <dd className="mb-1 break-words">
        {change.before ?? text.empty} → {change.after ?? text.empty}
      </dd>
    </>
  );
}
