import { Button, EmptyState, ScrollRegion } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import { partnerMessages } from './messages';

/**
 * A tab's heading, its add button, and its table (or what to do when there is nothing yet); the table's last column
 * holds each row's buttons.
 */
export function TabSection({
  id,
  text,
  onAdd,
  isEmpty,
  columns,
  before,
  dialog,
  children,
}: {
  id: string;
  /** The tab's words (its section of messages.ts). */
  text: { heading: string; add: string; empty: string; emptyHelp: string; tableLabel: string };
  onAdd: () => void;
  isEmpty: boolean;
  /** The headings of the table's columns, but the buttons column. */
  columns: string[];
  /** Shown between the heading and the table (e.g. the date agreements are counted on). */
  before?: ReactNode;
  /** The open dialog, if any (kept outside the table, which is absent while the tab is empty). */
  dialog?: ReactNode;
  /** The table's rows. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id={id} className="text-xl font-bold">
          {text.heading}
        </h2>
        <Button onPress={onAdd}>{text.add}</Button>
      </div>
      {before}
      {isEmpty ? (
        <EmptyState title={text.empty}>
          <p>{text.emptyHelp}</p>
        </EmptyState>
      ) : (
        <ScrollRegion label={text.tableLabel}>
          <table className="w-full min-w-[36rem] border-collapse">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={th}>
                    {column}
                  </th>
                ))}
                <th scope="col" className={actionsTh}>
                  <span className="sr-only">{partnerMessages.actionsColumn}</span>
                </th>
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </ScrollRegion>
      )}
      {dialog}
    </section>
  );
}

const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold';
export const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

// The visually hidden heading of the actions column is positioned within its cell: otherwise it would sit outside the
// table's scroll region and widen the page at a narrow width.
const actionsTh = `${th} relative`;

/** A row's buttons, at the row's end. */
export function ActionsCell({ children }: { children: ReactNode }) {
  return <td className={`${td} text-right`}>{children}</td>;
}
