// The career-up report calculator (様式第11号 (11), spec §7): a pure function from what was done to the form's figures.
import type { RuleFinding } from '../../shared/rule-finding';
import type {
  CourseResult,
  DispatchReportInput,
  DispatchReportResult,
  SheetResult,
  TrainingSheetInput,
  YearSummary,
} from '../dispatch-report.types';
import { CATEGORY_LABELS, dispatchReportMessages as messages } from '../dispatch-reports.messages';
import { courseFigures } from './course-figures';
import { averageHours, floorDivide, hoursFigure, isBelowHours } from './report-arithmetic';
import { isWholeNumber } from '../../shared/whole-number';
import { reportFinding, validateCounts, validateCourse, validateSheets } from './validate-report';

const YEARS = [1, 2, 3] as const;
/** "1年で概ね8時間以上" for full-time workers expected to stay a year or more (S002:23). */
const FULL_TIME_YEARLY_HOURS = 8;

/**
 * Per tenure year, Σ a ÷ Σ b over the qualifying courses (R-DR-6): the denominator is the sum of the courses'
 * headcounts, as the form adds its b figures ([adopted]). Category 1 warns under about 8 hours (R-DR-8, おおむね, so a
 * warning), comparing the exact fraction, not the rounded figure.
 */
function yearSummaries(category: number, qualifying: readonly CourseResult[]): YearSummary[] {
  return YEARS.map((year) => {
    const minutes = qualifying.reduce((sum, course) => sum + course.years[year - 1].a.minutes, 0);
    const b = qualifying.reduce((sum, course) => sum + course.years[year - 1].b, 0);
    const average = averageHours(minutes, b);
    const belowEightHours =
      category === 1 && average !== null && isBelowHours(average, FULL_TIME_YEARLY_HOURS);
    return { year, a: hoursFigure(minutes), b, average, belowEightHours };
  });
}

function sheetFigures(
  sheet: TrainingSheetInput,
  index: number,
): { result: SheetResult; findings: RuleFinding[] } {
  const findings: RuleFinding[] = [];
  const courses = sheet.courses.map((course, courseIndex) => {
    const field = `sheets.${index}.courses.${courseIndex}`;
    const figures = courseFigures(course, field);
    findings.push(...validateCourse(course, field), ...figures.findings);
    return figures.result;
  });
  const years = yearSummaries(
    sheet.category,
    courses.filter((course) => course.qualifying),
  );
  for (const summary of years) {
    if (!summary.belowEightHours || !summary.average) continue;
    findings.push(
      reportFinding(
        'DR_YEARLY_AVERAGE_UNDER_8_HOURS',
        `sheets.${index}`,
        messages.belowEightHours(summary.year, summary.average.shown),
        'R-DR-8',
        'S002:23',
        'WARNING',
      ),
    );
  }
  const cMinutes = years.reduce((sum, summary) => sum + summary.a.minutes, 0);
  const d = years.reduce((sum, summary) => sum + summary.b, 0);
  const result: SheetResult = {
    category: sheet.category,
    categoryLabel: CATEGORY_LABELS[sheet.category] ?? String(sheet.category),
    courses,
    years,
    c: hoursFigure(cMinutes),
    d,
    cPerD: averageHours(cMinutes, d),
  };
  return { result, findings };
}

/** Item 50: Σ wages paid for training ÷ Σ training person-hours, yen rounded down (R-DR-10 [proposal]). */
function averageWagePerHour(input: DispatchReportInput): number | null {
  const { wagesPaidForTrainingYen: wages, trainingPersonHours: hours } = input;
  if (!isWholeNumber(wages) || !isWholeNumber(hours) || hours === 0) return null;
  return floorDivide(wages, hours);
}

/**
 * The figures of the report: per sheet and course, a (hours) and b (people) per tenure year, whether the course meets
 * the Minister's standard, the yearly averages, c, d and c ÷ d over the qualifying courses, and item 50's wage.
 * Attendances outside the three columns (4th year on, before hire, deemed competent) are listed per course.
 */
export function calculateDispatchReport(input: DispatchReportInput): DispatchReportResult {
  const findings = [...validateCounts(input), ...validateSheets(input)];
  const sheets = input.sheets.map((sheet, index) => {
    const figures = sheetFigures(sheet, index);
    findings.push(...figures.findings);
    return figures.result;
  });
  return {
    contacts: input.contacts,
    consultedHeadcount: input.consultedHeadcount,
    sheets,
    averageWagePerHourYen: averageWagePerHour(input),
    wagesPaidForTrainingYen: input.wagesPaidForTrainingYen,
    trainingPersonHours: input.trainingPersonHours,
    findings,
  };
}
