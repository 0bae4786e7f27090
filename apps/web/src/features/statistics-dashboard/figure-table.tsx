import { ScrollRegion } from '@kakehashi/web-ui';
import { dashboardMessages as text } from './messages';

export type Cell = string | number | null;

const th = 'border-b-2 border-solid-gray-600 px-2 py-1 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-300 px-2 py-1 align-top';

/** A number as the exports write it (grouped), text as it is, an empty cell empty. */
function shown(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? cell.toLocaleString('ja-JP') : cell;
}

/** Numbers right-aligned; short text (labels, 和暦, 速報値) on one line; notes wrap. */
function cellClass(cell: Cell): string {
  if (typeof cell === 'number') return 'text-right tabular-nums whitespace-nowrap';
  return cell !== null && cell.length <= 12 ? 'whitespace-nowrap' : 'min-w-48';
}

/**
 * A table with the columns and rows of an export (same headings, same order): the first cell of a row heads it,
 * numbers align right, total rows are bold.
 */
export function FigureTable({
  label,
  columns,
  rows,
  totalRows = [],
}: {
  label: string;
  columns: readonly string[];
  rows: Cell[][];
  totalRows?: number[];
}) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            {columns.map((heading) => (
              <th key={heading} scope="col" className={th}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className={totalRows.includes(index) ? 'font-bold' : undefined}>
              {row.map((cell, ci) =>
                ci === 0 ? (
                  <th key={ci} scope="row" className={`${td} text-left whitespace-nowrap`}>
                    {shown(cell)}
                  </th>
                ) : (
                  <td key={ci} className={`${td} ${cellClass(cell)}`}>
                    {shown(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const linkClass =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** CSV and Excel downloads of a table; the browser's session cookie signs them in (same origin). */
export function ExportLinks({ name, href }: { name: string; href: (format: 'csv' | 'xlsx') => string }) {
  return (
    <div className="my-3 flex flex-wrap gap-2 print:hidden">
      <a href={href('csv')} download className={linkClass} aria-label={text.downloadCsv(name)}>
        {text.csv}
      </a>
      <a href={href('xlsx')} download className={linkClass} aria-label={text.downloadXlsx(name)}>
        {text.xlsx}
      </a>
    </div>
  );
}
