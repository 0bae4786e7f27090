import { Badge } from '@kakehashi/web-ui';
import type { RetryMenuItemFragment } from '../../gql/graphql';
import { retryMessages } from './messages';

const text = retryMessages.catalogue;

/** One menu of the catalogue: its field, its (provisional) name, who it is for and what it teaches. */
export function RetryMenuCard({ menu }: { menu: RetryMenuItemFragment }) {
  const headingId = `retry-menu-${menu.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="h-full rounded-16 bg-white p-6 shadow-sm">
        <p className="text-sm font-bold text-solid-gray-700">{menu.groupName}</p>
        <h3 id={headingId} className="mt-1 text-lg font-bold [word-break:auto-phrase]">
          {menu.title}
        </h3>
        {menu.provisional ? (
          <p className="mt-1">
            <Badge>{text.provisional}</Badge>
          </p>
        ) : null}
        <dl className="mt-3 flex flex-col gap-2">
          <div>
            <dt className="font-bold">{text.target}</dt>
            <dd className="[word-break:auto-phrase]">{menu.target}</dd>
          </div>
          <div>
            <dt className="font-bold">{text.content}</dt>
            <dd className="[word-break:auto-phrase]">{menu.content}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-solid-gray-700">
          {text.seed}：{menu.seed}
        </p>
      </article>
    </li>
  );
}
