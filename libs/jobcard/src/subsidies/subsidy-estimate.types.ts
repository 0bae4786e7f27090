// The input of an estimate as stored with it (jobcard_subsidy_estimates.input): what was typed, with the table used.
import type { CompanySize, ConversionKind } from './rate-tables';

export interface StoredTrainingInput {
  readonly rateTableId: string;
  readonly companySize: CompanySize;
  readonly productivityUplift: boolean;
  readonly trainees: readonly {
    readonly name: string;
    readonly offJtMinutes: number;
    readonly ojtMinutes: number;
    readonly costBorneYen: number;
  }[];
}

export interface StoredConversionInput {
  readonly rateTableId: string;
  readonly companySize: CompanySize;
  readonly productivityUplift: boolean;
  readonly alreadyAppliedThisFiscalYear: number;
  readonly applicationOn: string;
  readonly conversions: readonly {
    readonly name: string;
    readonly kind: ConversionKind;
    readonly convertedOn: string;
    readonly dispatchedWorkerHiredByClient: boolean;
  }[];
}
