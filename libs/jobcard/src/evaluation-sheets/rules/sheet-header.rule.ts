import { isCalendarDay } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import type { EvaluationSheet } from '../evaluation-sheet';
import { HEADER_LABELS } from '../evaluation-sheets.messages';
import { isBlank, sheetFinding } from './sheet-text';

/** R-ES-1: the header's names (S001:518–530); the date may stay empty until the sheet is issued. */
function checkHeader(sheet: EvaluationSheet): RuleFinding[] {
  const findings = (Object.keys(HEADER_LABELS) as (keyof typeof HEADER_LABELS)[])
    .filter((field) => isBlank(sheet.header[field]))
    .map((field) => sheetFinding('SHEET_HEADER_MISSING', `header.${field}`, HEADER_LABELS[field]));
  const issuedOn = sheet.header.issuedOn;
  if (issuedOn !== null && !isCalendarDay(issuedOn)) {
    findings.push(sheetFinding('SHEET_DATE_INVALID', 'header.issuedOn', issuedOn));
  }
  return findings;
}

/** R-ES-2: section I, the planned OJT period and what the trainee will do (S001:674–679). */
function checkOjtDuties(sheet: EvaluationSheet): RuleFinding[] {
  if (sheet.ojtDuties.length === 0) return [sheetFinding('OJT_DUTIES_EMPTY', 'ojtDuties')];
  return sheet.ojtDuties.flatMap((duty, i) => {
    const findings: RuleFinding[] = [];
    if (!isCalendarDay(duty.from) || !isCalendarDay(duty.to) || duty.from > duty.to) {
      findings.push(sheetFinding('OJT_PERIOD_INVALID', `ojtDuties.${i}.from`, duty.from, duty.to));
    }
    if (isBlank(duty.description))
      findings.push(sheetFinding('OJT_DESCRIPTION_MISSING', `ojtDuties.${i}.description`));
    // A warning, not an error: the same sheet serves 企業実習 in other programmes (and secondments, spec §9).
    if (duty.kind !== 'OJT') findings.push(sheetFinding('OJT_KIND_NOT_OJT', `ojtDuties.${i}.kind`));
    return findings;
  });
}

export function checkSheetHeader(sheet: EvaluationSheet): RuleFinding[] {
  return [...checkHeader(sheet), ...checkOjtDuties(sheet)];
}
