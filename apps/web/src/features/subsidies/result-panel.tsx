import { formatYen } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import { subsidyMessages } from './messages';

const text = subsidyMessages.result;

/**
 * The result beside the form. Only a short line is announced (politely) when an estimate arrives; the breakdown is
 * read at the user's pace.
 */
export function ResultPanel({
  asked,
  loading,
  totalYen,
  children,
}: {
  asked: boolean;
  loading: boolean;
  totalYen: number | null;
  children: ReactNode;
}) {
  const status = loading
    ? text.loading
    : totalYen !== null
      ? text.summary(formatYen(totalYen))
      : asked
        ? ''
        : text.none;
  return (
    <section aria-labelledby="sb-result-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="sb-result-heading" className="text-lg font-bold">
        {text.heading}
      </h2>
      {/* Once the result is there its total box says the same: the line is then for screen readers only. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={totalYen !== null && !loading ? 'sr-only' : 'empty:hidden'}
      >
        {status}
      </p>
      {loading ? null : children}
    </section>
  );
}
