import type { ReactNode } from 'react';

/**
 * Content wider than a narrow window (a table at 200 % zoom) scrolls inside this labelled region instead of the
 * page. The region takes keyboard focus so that keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe
 * "scrollable-region-focusable").
 */
export function ScrollRegion({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
    >
      {children}
    </div>
  );
}
