import { Checkbox, ScrollRegion } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';

/** A data cell of a list's table; `rowHeadCell` is the cell that names its row. */
export const bodyCell = 'border-b border-solid-gray-300 px-3 py-2 align-top';
export const rowHeadCell = `${bodyCell} text-left font-normal`;

export interface Column {
  key: string;
  label: ReactNode;
  className?: string;
}

/**
 * A list's table, wider than a narrow window: it scrolls sideways inside its own labelled region, never the page.
 * `columns` head the rows `children` gives (one that is `false` or absent is left out); headings stay on one line unless
 * `wrapHeadings`.
 */
export function ListTable({
  label,
  minWidth,
  columns,
  wrapHeadings = false,
  children,
}: {
  label: string;
  /** The table's least width, a Tailwind class such as `min-w-[40rem]`. */
  minWidth: string;
  columns: (Column | false | null | undefined)[];
  wrapHeadings?: boolean;
  children: ReactNode;
}) {
  const th = `border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold${wrapHeadings ? '' : ' whitespace-nowrap'}`;
  return (
    <ScrollRegion label={label}>
      <table className={`w-full ${minWidth} border-collapse`}>
        <thead>
          <tr>
            {columns.map((column) =>
              column ? (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className ? `${th} ${column.className}` : th}
                >
                  {column.label}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** The checkbox that selects a row (or, in the heading, the whole page); its label is for screen readers only. */
export function SelectCheckbox({
  label,
  isSelected,
  isIndeterminate,
  onChange,
}: {
  label: string;
  isSelected: boolean;
  isIndeterminate?: boolean;
  onChange: (selected: boolean) => void;
}) {
  return (
    <Checkbox isSelected={isSelected} isIndeterminate={isIndeterminate} onChange={onChange}>
      <span className="sr-only">{label}</span>
    </Checkbox>
  );
}

/** The cell of a row's select checkbox. */
export function SelectCell(props: {
  label: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
}) {
  return (
    <td className={bodyCell}>
      <SelectCheckbox {...props} />
    </td>
  );
}
