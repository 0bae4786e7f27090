export * from './dispatch-report.types';
export { calculateDispatchReport } from './rules/dispatch-report';
export { dispatchReportRows } from './rules/report-rows';
export type { DispatchReportTable, ReportCell } from './rules/report-rows';
export { isQualifying } from './rules/course-figures';
export { tenureYearOf } from './rules/report-arithmetic';
