import { Button, EmptyState, ScrollRegion } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';

/** A tab's heading, its add button, and its table (or what to do when there is nothing yet). */
export function TabSection({
  id,
  heading,
  addLabel,
  onAdd,
  isEmpty,
  emptyTitle,
  emptyHelp,
  tableLabel,
  before,
  dialog,
  children,
}: {
  id: string;
  heading: string;
  addLabel: string;
  onAdd: () => void;
  isEmpty: boolean;
  emptyTitle: string;
  emptyHelp: string;
  tableLabel: string;
  /** Shown between the heading and the table (e.g. the date agreements are counted on). */
  before?: ReactNode;
  /** The open dialog, if any (kept outside the table, which is absent while the tab is empty). */
  dialog?: ReactNode;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id={id} className="text-xl font-bold">
          {heading}
        </h2>
        <Button onPress={onAdd}>{addLabel}</Button>
      </div>
      {before}
      {isEmpty ? (
        <EmptyState title={emptyTitle}>
          <p>{emptyHelp}</p>
        </EmptyState>
      ) : (
        <ScrollRegion label={tableLabel}>
          <table className="w-full min-w-[36rem] border-collapse">{children}</table>
        </ScrollRegion>
      )}
      {dialog}
    </section>
  );
}

export const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold';
export const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

// The visually hidden heading of the actions column is positioned within its cell: otherwise it would sit outside the
// table's scroll region and widen the page at a narrow width.
export const actionsTh = `${th} relative`;
