import { useId } from 'react';
import type { RetrySuggestionItemFragment } from '../../gql/graphql';
import { retryMessages } from './messages';

const text = retryMessages.match;

/**
 * On a match card: the RETRY menus the API suggests for the match's missing skills and licences (「必須資格…が未保有」),
 * with its reason and the gaps each would close. Nothing when the match reports no such gap.
 */
export function MatchRetryMenus({ suggestions }: { suggestions: readonly RetrySuggestionItemFragment[] }) {
  const headingId = useId();
  if (!suggestions.length) return null;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="mt-4 rounded-8 border border-blue-900 bg-blue-50 p-4"
    >
      <h4 id={headingId} className="font-bold">
        {text.heading}
      </h4>
      <ul className="mt-2 flex flex-col gap-3">
        {suggestions.map((suggestion) => (
          <li key={suggestion.menu.id}>
            <p className="font-bold [word-break:auto-phrase]">
              {suggestion.menu.groupName}：{suggestion.menu.title}
            </p>
            <p className="[word-break:auto-phrase]">{suggestion.reason}</p>
            {suggestion.gapItems.length ? (
              <p className="text-sm [word-break:auto-phrase]">{text.gapItems(suggestion.gapItems)}</p>
            ) : null}
          </li>
        ))}
      </ul>
      {/* A plain link, as the card's other links: the card is also drawn outside the router (its unit tests). */}
      <a
        href="/jobcard/retry"
        className="mt-3 inline-block text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
      >
        {text.catalogueLink}
      </a>
    </div>
  );
}
