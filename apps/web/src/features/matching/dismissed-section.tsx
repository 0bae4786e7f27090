import { Button, formatDateTime } from '@kakehashi/web-ui';
import type { Ref } from 'react';
import { scoreText } from './match-presentation';
import type { DismissedMatch } from './match-view';
import { matchingMessages } from './messages';

const text = matchingMessages.dismissed;

/** The counterparts dismissed for this offer, each with its reason as recorded, and a way to restore it. */
export function DismissedSection({
  items,
  totalCount,
  onRestore,
  pendingId,
  headingRef,
}: {
  items: DismissedMatch[];
  totalCount: number;
  onRestore: (item: DismissedMatch) => void;
  /** The dismissal being restored (no second restore starts meanwhile). */
  pendingId: string | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section aria-labelledby="dismissed-heading" className="mt-8">
      <h2
        id="dismissed-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mb-4 text-xl font-bold outline-none"
      >
        {text.heading(totalCount)}
      </h2>
      {items.length ? (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id}>
              <article
                aria-labelledby={`dismissed-${item.id}`}
                className="rounded-16 border border-solid-gray-300 bg-white p-4"
              >
                <h3 id={`dismissed-${item.id}`} className="font-bold [word-break:auto-phrase]">
                  {item.counterpart.company.legalName}{' '}
                  <span className="ml-1 font-normal">{item.counterpart.jobTitle}</span>
                </h3>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-bold">{text.reason}</dt>
                  <dd className="[word-break:auto-phrase]">
                    {[item.reasonLabel, item.reason].filter(Boolean).join('：')}
                  </dd>
                  <dt className="font-bold">{text.decidedAt}</dt>
                  <dd>{formatDateTime(item.decidedAt)}</dd>
                </dl>
                <p className="mt-1 text-sm text-solid-gray-700">
                  {text.scoreThen(scoreText(item.explanation.scorePoints))}
                </p>
                <Button
                  className="mt-3"
                  variant="secondary"
                  onPress={() => (pendingId ? undefined : onRestore(item))}
                >
                  {matchingMessages.actions.restore}
                  <span className="sr-only">
                    {matchingMessages.actions.forCounterpart(item.counterpart.company.legalName)}
                  </span>
                </Button>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-solid-gray-700">{text.none}</p>
      )}
    </section>
  );
}
