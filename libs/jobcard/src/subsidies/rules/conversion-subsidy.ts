// The conversion subsidy estimate (spec §6.2): per person converted, the 20-person cap per establishment and fiscal
// year (R-SB-6) and the application window after the conversion (R-SB-7 = R-TR-22).
import { fiscalYearOf, formatFiscalYear } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { conversionApplicationWindow } from '../../training-plans/rules/conversion-window';
import { isWholeNumber } from '../../shared/whole-number';
import type { CompanySize, ConversionKind, RatesBySize, SubsidyRateTable } from '../rate-tables';
import { rateFor, rateTableOn } from '../rate-tables';
import {
  conversionComputation,
  conversionTotalComputation,
  CONVERSION_KIND_LABELS,
  subsidyMessages,
} from '../subsidies.messages';

export interface ConversionInput {
  readonly name: string;
  readonly kind: ConversionKind;
  readonly convertedOn: string;
  /** A dispatched worker hired directly by the client as a regular worker (seed 001's addition, S001:277). */
  readonly dispatchedWorkerHiredByClient?: boolean;
}

export interface ConversionSubsidyInput {
  readonly table: SubsidyRateTable;
  readonly companySize: CompanySize;
  readonly productivityUplift: boolean;
  /** People this establishment already applied for in the fiscal year of `applicationOn`. */
  readonly alreadyAppliedThisFiscalYear: number;
  readonly applicationOn: string;
  /** In the order they are applied for: when the cap is reached, the later ones are refused. */
  readonly conversions: readonly ConversionInput[];
}

export interface ConversionLine {
  readonly name: string;
  readonly kind: ConversionKind;
  readonly kindLabel: string;
  readonly amountYen: number;
  /** As shown to users: 「①有期→正規 1人あたり 570,000円（中小企業）」. */
  readonly computation: string;
}

export interface RefusedConversion {
  readonly name: string;
  readonly kind: ConversionKind;
  /** The finding's code and its Japanese message. */
  readonly code: string;
  readonly reason: string;
}

export interface ConversionSubsidyEstimate {
  readonly tableId: string;
  readonly schemeName: string;
  /** The fiscal year (年度) of the application date, which the cap counts in. */
  readonly fiscalYear: number;
  readonly fiscalYearLabel: string;
  readonly lines: readonly ConversionLine[];
  readonly refused: readonly RefusedConversion[];
  readonly totalYen: number;
  readonly totalComputation: string;
  readonly findings: readonly RuleFinding[];
}

function refusal(finding: RuleFinding, conversion: ConversionInput): RefusedConversion {
  return { name: conversion.name, kind: conversion.kind, code: finding.code, reason: finding.message };
}

/** Why this person cannot be paid whatever the cap: a kind the table has no amount for, or outside the window. */
function ineligibility(
  input: ConversionSubsidyInput,
  conversion: ConversionInput,
  index: number,
): RuleFinding | null {
  if (input.table.conversion[conversion.kind] === null) {
    return {
      code: 'CONVERSION_KIND_NOT_IN_TABLE',
      severity: 'ERROR',
      field: `conversions.${index}.kind`,
      message: subsidyMessages.kindNotInTable(
        conversion.name,
        input.table.schemeNames.conversion,
        conversion.kind,
      ),
      rule: '§6.3',
      seed: input.table.source,
    };
  }
  // R-SB-7 = R-TR-22: one window, the training plan's (conversion-window.ts).
  const window = conversionApplicationWindow(conversion.convertedOn);
  if (input.applicationOn >= window.from && input.applicationOn <= window.to) return null;
  return {
    code: 'CONVERSION_APPLICATION_OUTSIDE_WINDOW',
    severity: 'ERROR',
    field: `conversions.${index}.convertedOn`,
    message: subsidyMessages.outsideWindow(
      conversion.name,
      conversion.convertedOn,
      window.from,
      window.to,
      input.applicationOn,
    ),
    rule: 'R-TR-22',
    seed: 'S003:35',
  };
}

/** A warning when the amounts of another table applied on the day of the conversion. */
function tableNotInForce(
  input: ConversionSubsidyInput,
  conversion: ConversionInput,
  index: number,
): RuleFinding[] {
  const inForce = rateTableOn(conversion.convertedOn);
  if (inForce?.id === input.table.id) return [];
  const used = input.table.schemeNames.conversion;
  return [
    {
      code: 'CONVERSION_RATE_TABLE_NOT_IN_FORCE',
      severity: 'WARNING',
      field: `conversions.${index}.convertedOn`,
      message: subsidyMessages.tableNotInForce(
        conversion.name,
        conversion.convertedOn,
        used,
        inForce?.schemeNames.conversion ?? null,
      ),
      rule: '§6.3',
      seed: 'S001:276',
    },
  ];
}

function dispatchAdditionFor(table: SubsidyRateTable, conversion: ConversionInput): number {
  const addition = table.dispatchAddition;
  if (!addition || !conversion.dispatchedWorkerHiredByClient) return 0;
  // The addition is for hiring as a regular worker (正規雇用労働者として直接雇用, S001:277).
  if (conversion.kind === 'FIXED_TO_INDEFINITE') return 0;
  const inPeriod = conversion.convertedOn >= addition.from && conversion.convertedOn <= addition.until;
  return inPeriod ? addition.yenPerPerson : 0;
}

function lineFor(
  input: ConversionSubsidyInput,
  conversion: ConversionInput,
  rates: RatesBySize,
): ConversionLine {
  const base = rateFor(rates, input.companySize, input.productivityUplift);
  const addition = dispatchAdditionFor(input.table, conversion);
  return {
    name: conversion.name,
    kind: conversion.kind,
    kindLabel: CONVERSION_KIND_LABELS[conversion.kind],
    amountYen: base + addition,
    computation: conversionComputation(
      conversion.kind,
      input.companySize,
      input.productivityUplift,
      base,
      addition,
    ),
  };
}

function capFinding(
  input: ConversionSubsidyInput,
  conversion: ConversionInput,
  index: number,
  cap: number,
  ordinal: number,
): RuleFinding {
  return {
    code: 'CONVERSION_CAP_EXCEEDED',
    severity: 'ERROR',
    field: `conversions.${index}`,
    message: subsidyMessages.capExceeded(conversion.name, cap, fiscalYearOf(input.applicationOn), ordinal),
    rule: 'R-SB-6',
    seed: 'S003:40',
  };
}

function totalOf(lines: readonly ConversionLine[]): { totalYen: number; totalComputation: string } {
  const groups: { label: string; amount: number; people: number }[] = [];
  for (const line of lines) {
    const group = groups.find((g) => g.label === line.kindLabel && g.amount === line.amountYen);
    if (group) group.people += 1;
    else groups.push({ label: line.kindLabel, amount: line.amountYen, people: 1 });
  }
  const totalYen = lines.reduce((sum, line) => sum + line.amountYen, 0);
  return { totalYen, totalComputation: conversionTotalComputation(groups, totalYen) };
}

function alreadyAppliedNotWholeNumber(value: number, fiscalYear: number): RuleFinding {
  return {
    code: 'SUBSIDY_FIGURE_NOT_WHOLE_NUMBER',
    severity: 'ERROR',
    field: 'alreadyAppliedThisFiscalYear',
    message: subsidyMessages.invalidWholeNumber(formatFiscalYear(fiscalYear), '申請済みの人数', value),
    rule: 'R-SB-6',
    seed: 'S003:40',
  };
}

/**
 * Per person the table's amount for the kind, size and uplift. The cap counts by the application date's fiscal year
 * (spec §6.2 [adopted]); people beyond it are refused, not pro-rated. A person refused for another reason (a kind the
 * table lacks, outside the window) is not paid and so takes no place under the cap.
 */
export function estimateConversionSubsidy(input: ConversionSubsidyInput): ConversionSubsidyEstimate {
  const fiscalYear = fiscalYearOf(input.applicationOn);
  const findings: RuleFinding[] = [];
  const lines: ConversionLine[] = [];
  const refused: RefusedConversion[] = [];
  const base = {
    tableId: input.table.id,
    schemeName: input.table.schemeNames.conversion,
    fiscalYear,
    fiscalYearLabel: formatFiscalYear(fiscalYear),
  };
  if (!isWholeNumber(input.alreadyAppliedThisFiscalYear)) {
    const finding = alreadyAppliedNotWholeNumber(input.alreadyAppliedThisFiscalYear, fiscalYear);
    return { ...base, lines, refused, ...totalOf(lines), findings: [finding] };
  }
  const cap = input.table.conversionCapPerEstablishmentPerFiscalYear;
  let counted = input.alreadyAppliedThisFiscalYear;
  input.conversions.forEach((conversion, index) => {
    const rates = input.table.conversion[conversion.kind];
    const ineligible = ineligibility(input, conversion, index);
    if (ineligible) {
      findings.push(ineligible);
      refused.push(refusal(ineligible, conversion));
      return;
    }
    if (!rates) return; // ineligibility() has refused a kind without rates; this tells the compiler.
    findings.push(...tableNotInForce(input, conversion, index));
    counted += 1;
    if (cap !== null && counted > cap) {
      const finding = capFinding(input, conversion, index, cap, counted);
      findings.push(finding);
      refused.push(refusal(finding, conversion));
      return;
    }
    lines.push(lineFor(input, conversion, rates));
  });
  return { ...base, lines, refused, ...totalOf(lines), findings };
}
