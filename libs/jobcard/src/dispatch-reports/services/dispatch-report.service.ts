import { Injectable } from '@nestjs/common';
import { InputChecks } from '../../shared/input-checks';
import { toRuleFindingModel } from '../../shared/rule-finding.view';
import type { DispatchReportResult } from '../dispatch-report.types';
import type { DispatchReportModel } from '../dispatch-report.model';
import { dispatchReportCsv } from '../dispatch-report-csv';
import { toDispatchReportInput } from '../dtos/to-dispatch-report-input';
import { calculateDispatchReport } from '../rules/dispatch-report';
import { dispatchReportRows } from '../rules/report-rows';

/** The dispatch career-up report (spec §7): a calculator, nothing read or stored. */
@Injectable()
export class DispatchReportService {
  calculate(body: unknown): DispatchReportResult {
    const checks = new InputChecks();
    const input = toDispatchReportInput(checks, body);
    checks.throwIfAny();
    return calculateDispatchReport(input);
  }

  report(body: unknown): DispatchReportModel {
    const result = this.calculate(body);
    return {
      ...result,
      contacts: { ...result.contacts },
      sheets: result.sheets.map((sheet) => ({
        ...sheet,
        courses: sheet.courses.map((course) => ({
          ...course,
          targetKinds: [...course.targetKinds],
          years: course.years.map((year) => ({ ...year })),
          excluded: course.excluded.map((entry) => ({ ...entry })),
        })),
        years: sheet.years.map((year) => ({ ...year })),
      })),
      findings: result.findings.map(toRuleFindingModel),
      rows: dispatchReportRows(result).map((table) => ({
        title: table.title,
        headings: [...table.headings],
        rows: table.rows.map((row) => row.map(String)),
      })),
    };
  }

  csv(body: unknown): Buffer {
    return dispatchReportCsv(dispatchReportRows(this.calculate(body)));
  }
}
