// Rate tables, estimates and stored estimates as the API shows them.
import { addDays } from '@kakehashi/calendar';
import { toRuleFindingModel } from '../shared/rule-finding.view';
import { type RatesBySize, type SubsidyRateTable, SUBSIDY_RATE_TABLES } from './rate-tables';
import type { ConversionSubsidyEstimate } from './rules/conversion-subsidy';
import type { TrainingSubsidyEstimate } from './rules/training-subsidy';
import type { SubsidyEstimateEntity } from './subsidy-estimate.entity';
import type {
  ConversionSubsidyEstimateModel,
  SubsidyEstimateModel,
  TrainingSubsidyEstimateModel,
} from './subsidy-estimate.model';
import type { StoredConversionInput, StoredTrainingInput } from './subsidy-estimate.types';
import type { RatesBySizeModel, SubsidyRateTableModel } from './subsidy-rate-table.model';
import { CONVERSION_KIND_LABELS } from './subsidies.messages';

const rates = (r: RatesBySize): RatesBySizeModel => ({
  sme: r.SME,
  smeUplift: r.SME_UPLIFT,
  large: r.LARGE,
  largeUplift: r.LARGE_UPLIFT,
});

/** The day before the next table starts; null for the latest. */
function validUntil(table: SubsidyRateTable): string | null {
  const next = SUBSIDY_RATE_TABLES.filter((other) => other.validFrom > table.validFrom).sort((a, b) =>
    a.validFrom.localeCompare(b.validFrom),
  )[0];
  return next ? addDays(next.validFrom, -1) : null;
}

export function toRateTableModel(table: SubsidyRateTable, inForceToday: boolean): SubsidyRateTableModel {
  return {
    id: table.id,
    validFrom: table.validFrom,
    validUntil: validUntil(table),
    inForceToday,
    trainingSchemeName: table.schemeNames.training,
    conversionSchemeName: table.schemeNames.conversion,
    source: table.source,
    printsUpliftAmounts: table.printsUpliftAmounts,
    offJtWagePerHour: rates(table.offJtWagePerHour),
    offJtCostBracketsSme: [...table.offJtCostBrackets.SME],
    offJtCostBracketsLarge: [...table.offJtCostBrackets.LARGE],
    ojtPerHour: rates(table.ojtPerHour),
    offJtWageHoursCap: table.caps.offJtWageHours,
    ojtHoursCap: table.caps.ojtHours,
    conversion: (['FIXED_TO_REGULAR', 'FIXED_TO_INDEFINITE', 'INDEFINITE_TO_REGULAR'] as const).map(
      (kind) => {
        const amounts = table.conversion[kind];
        return { kind, kindLabel: CONVERSION_KIND_LABELS[kind], rates: amounts ? rates(amounts) : null };
      },
    ),
    conversionCapPerEstablishmentPerFiscalYear: table.conversionCapPerEstablishmentPerFiscalYear,
    dispatchAddition: table.dispatchAddition ? { ...table.dispatchAddition } : null,
    offJtCostIncreasesAfterConversion: table.offJtCostIncreasesAfterConversion,
  };
}

export function toTrainingEstimateModel(
  estimate: TrainingSubsidyEstimate,
  input: StoredTrainingInput,
): TrainingSubsidyEstimateModel {
  return {
    rateTableId: estimate.tableId,
    schemeName: estimate.schemeName,
    companySize: input.companySize,
    productivityUplift: input.productivityUplift,
    trainees: estimate.trainees.map((trainee) => ({
      ...trainee,
      lines: trainee.lines.map((line) => ({ ...line })),
    })),
    totalYen: estimate.totalYen,
    totalComputation: estimate.totalComputation,
    notes: estimate.notes.map((note) => ({ ...note })),
    findings: estimate.findings.map(toRuleFindingModel),
  };
}

export function toConversionEstimateModel(
  estimate: ConversionSubsidyEstimate,
  input: StoredConversionInput,
): ConversionSubsidyEstimateModel {
  return {
    rateTableId: estimate.tableId,
    schemeName: estimate.schemeName,
    companySize: input.companySize,
    productivityUplift: input.productivityUplift,
    fiscalYear: estimate.fiscalYear,
    fiscalYearLabel: estimate.fiscalYearLabel,
    lines: estimate.lines.map((line) => ({ ...line })),
    refused: estimate.refused.map((refused) => ({ ...refused })),
    totalYen: estimate.totalYen,
    totalComputation: estimate.totalComputation,
    findings: estimate.findings.map(toRuleFindingModel),
  };
}

/** A stored estimate, exactly as it was shown when attached (never recomputed). */
export function toSubsidyEstimateModel(row: SubsidyEstimateEntity): SubsidyEstimateModel {
  const { caseNotes, ...result } = row.result;
  return {
    id: row.id,
    caseId: row.caseId,
    planId: row.planId,
    kind: row.kind,
    rateTableId: row.rateTableId,
    totalYen: row.totalYen,
    training:
      row.kind === 'TRAINING'
        ? toTrainingEstimateModel(result as TrainingSubsidyEstimate, row.input as StoredTrainingInput)
        : null,
    conversion:
      row.kind === 'CONVERSION'
        ? toConversionEstimateModel(result as ConversionSubsidyEstimate, row.input as StoredConversionInput)
        : null,
    caseNotes: [...caseNotes],
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt,
  };
}
