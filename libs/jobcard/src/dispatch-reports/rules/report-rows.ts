// The report's figures laid out as the form's rows, with its Japanese headings, for an Excel or CSV export.
import { formatYen } from '../../shared/format-yen';
import type { AverageHours, CourseResult, DispatchReportResult, SheetResult } from '../dispatch-report.types';
import {
  CONSULTING_HEADINGS,
  COST_LABELS,
  METHOD_LABELS,
  NO_FIGURE,
  QUALIFYING_TEXT,
  REPORT_TITLES,
  rowLabel,
  SHEET_HEADINGS,
  SHEET_SUMMARY_LABEL,
  WAGE_HEADINGS,
  WAGE_LABELS,
} from '../dispatch-reports.messages';

/** Counts as numbers; hours as the shown text ("128.0"), so the export keeps the form's one decimal. */
export type ReportCell = string | number;

export interface DispatchReportTable {
  readonly title: string;
  readonly headings: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

const shown = (average: AverageHours | null): string => average?.shown ?? NO_FIGURE;

const codeLabel = (labels: Readonly<Record<number, string>>, code: number): string =>
  labels[code] ?? String(code);

function courseRow(course: CourseResult, index: number): ReportCell[] {
  return [
    rowLabel(index),
    course.name,
    course.targetKinds.join('・'),
    course.targetCount,
    codeLabel(METHOD_LABELS, course.method),
    codeLabel(COST_LABELS, course.cost),
    codeLabel(WAGE_LABELS, course.wage),
    course.qualifying ? QUALIFYING_TEXT.yes : QUALIFYING_TEXT.no,
    ...course.years.flatMap((year) => [year.a.shown, year.b]),
    '',
    '',
    '',
    course.c.shown,
    course.d,
    shown(course.cPerD),
  ];
}

/** The sheet's summary: Σ a, Σ b and the average per year, then c, d, c ÷ d, over the qualifying courses. */
function summaryRow(sheet: SheetResult): ReportCell[] {
  return [
    '',
    SHEET_SUMMARY_LABEL,
    '',
    '',
    '',
    '',
    '',
    '',
    ...sheet.years.flatMap((year) => [year.a.shown, year.b]),
    ...sheet.years.map((year) => shown(year.average)),
    sheet.c.shown,
    sheet.d,
    shown(sheet.cPerD),
  ];
}

function sheetTable(sheet: SheetResult): DispatchReportTable {
  return {
    title: REPORT_TITLES.sheet(sheet.categoryLabel),
    headings: SHEET_HEADINGS,
    rows: [...sheet.courses.map(courseRow), summaryRow(sheet)],
  };
}

/** ①②, one table per sheet of ③ (rows イ, ロ, ハ, … then the summary), and item 50. */
export function dispatchReportRows(result: DispatchReportResult): DispatchReportTable[] {
  const { contacts } = result;
  const consulting: DispatchReportTable = {
    title: REPORT_TITLES.consulting,
    headings: CONSULTING_HEADINGS,
    rows: [
      [
        contacts.total,
        contacts.alsoDispatchManager,
        contacts.careerConsultants,
        contacts.experienced,
        contacts.knowledgeable,
        result.consultedHeadcount,
      ],
    ],
  };
  const wage: DispatchReportTable = {
    title: REPORT_TITLES.wage,
    headings: WAGE_HEADINGS,
    rows: [
      [
        formatYen(result.wagesPaidForTrainingYen),
        result.trainingPersonHours,
        result.averageWagePerHourYen === null ? NO_FIGURE : formatYen(result.averageWagePerHourYen),
      ],
    ],
  };
  return [consulting, ...result.sheets.map(sheetTable), wage];
}
