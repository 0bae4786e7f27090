// How a document is laid out as rows of cells, the same for both formats: the title and the lines under it, a blank
// row, the headings, the rows, a blank row and the footnotes. A CSV holds one grid (the sections one under the
// other, each under its 【name】 when there are several); an .xlsx holds one sheet per section, each with the title and
// the footnotes, so a single-section export has exactly the same cells in both files.
import type { CellValue, ExportDocument, ExportSection } from './export-document';

export type GridRowRole = 'title' | 'meta' | 'blank' | 'section' | 'heading' | 'data' | 'total' | 'note';

export interface GridRow {
  role: GridRowRole;
  cells: CellValue[];
  /** The section whose columns the cells follow (heading, data and total rows). */
  section?: ExportSection;
}

function preamble(doc: ExportDocument): GridRow[] {
  return [
    { role: 'title', cells: [doc.title] },
    ...doc.meta.map((line): GridRow => ({ role: 'meta', cells: [line] })),
    { role: 'blank', cells: [] },
  ];
}

function table(section: ExportSection): GridRow[] {
  const totals = new Set(section.totalRows ?? []);
  return [
    { role: 'heading', cells: section.columns.map((c) => c.heading), section },
    ...section.rows.map((cells, index): GridRow => ({
      role: totals.has(index) ? 'total' : 'data',
      cells,
      section,
    })),
  ];
}

function footnotes(doc: ExportDocument): GridRow[] {
  return doc.notes.length
    ? [{ role: 'blank', cells: [] }, ...doc.notes.map((line): GridRow => ({ role: 'note', cells: [line] }))]
    : [];
}

/** The whole document as one grid (the CSV). */
export function documentGrid(doc: ExportDocument): GridRow[] {
  const several = doc.sections.length > 1;
  const body = doc.sections.flatMap((section, index) => [
    ...(index > 0 ? [{ role: 'blank', cells: [] } as GridRow] : []),
    ...(several ? [{ role: 'section', cells: [`【${section.name}】`] } as GridRow] : []),
    ...table(section),
  ]);
  return [...preamble(doc), ...body, ...footnotes(doc)];
}

/** One grid per section (the sheets of the .xlsx). */
export function sheetGrids(doc: ExportDocument): { name: string; rows: GridRow[] }[] {
  return doc.sections.map((section) => ({
    name: section.name,
    rows: [...preamble(doc), ...table(section), ...footnotes(doc)],
  }));
}
