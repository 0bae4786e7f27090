import { Injectable } from '@nestjs/common';
import { JobcardClock } from '../../jobcard-clock';
import { InputChecks } from '../../shared/input-checks';
import type { ConversionSubsidyInput, TrainingSubsidyInput } from '../dtos/subsidy-estimate.input';
import { rateTableOn, type SubsidyRateTable, SUBSIDY_RATE_TABLES } from '../rate-tables';
import { type ConversionSubsidyEstimate, estimateConversionSubsidy } from '../rules/conversion-subsidy';
import { estimateTrainingSubsidy, type TrainingSubsidyEstimate } from '../rules/training-subsidy';
import { SUBSIDY_CASE_MESSAGES as M } from '../subsidies.messages';
import type { StoredConversionInput, StoredTrainingInput } from '../subsidy-estimate.types';

const PEOPLE_MAX = 100;

export interface Estimated<Input, Result> {
  readonly input: Input;
  readonly table: SubsidyRateTable;
  readonly result: Result;
}

/**
 * The two subsidy estimates (spec §6), stateless: the input checked (whole, non-negative figures; real days), the
 * rate table chosen (the one named, else the one in force on the day that decides: today for training, the
 * application day for a conversion), then the rules, every line with its computation.
 */
@Injectable()
export class EstimateSubsidyService {
  constructor(private readonly clock: JobcardClock) {}

  rateTables(): { table: SubsidyRateTable; inForceToday: boolean }[] {
    const current = rateTableOn(this.clock.today());
    return SUBSIDY_RATE_TABLES.map((table) => ({ table, inForceToday: table.id === current?.id }));
  }

  training(
    input: TrainingSubsidyInput,
    prefix = 'input',
  ): Estimated<StoredTrainingInput, TrainingSubsidyEstimate> {
    const checks = new InputChecks();
    const at = (path: string) => `${prefix}.${path}`;
    const trainees = checks.list(at('trainees'), input.trainees, '訓練受講者', PEOPLE_MAX).map((t, i) => ({
      name: checks.text(at(`trainees.${i}.name`), t.name, '氏名', 100),
      offJtMinutes: checks.atLeast(
        at(`trainees.${i}.offJtMinutes`),
        t.offJtMinutes,
        'Off-JT の時間（分）',
        0,
      ),
      ojtMinutes: checks.atLeast(at(`trainees.${i}.ojtMinutes`), t.ojtMinutes, 'OJT の時間（分）', 0),
      costBorneYen: checks.atLeast(
        at(`trainees.${i}.costBorneYen`),
        t.costBorneYen,
        'Off-JT の実費（円）',
        0,
      ),
    }));
    const table = this.table(checks, at('rateTableId'), input.rateTableId, this.clock.today());
    checks.throwIfAny();
    const stored: StoredTrainingInput = {
      rateTableId: table.id,
      companySize: input.companySize,
      productivityUplift: input.productivityUplift,
      trainees,
    };
    const result = estimateTrainingSubsidy({ ...stored, table });
    return { input: stored, table, result };
  }

  conversion(
    input: ConversionSubsidyInput,
    prefix = 'input',
  ): Estimated<StoredConversionInput, ConversionSubsidyEstimate> {
    const checks = new InputChecks();
    const at = (path: string) => `${prefix}.${path}`;
    const applicationOn = checks.day(at('applicationOn'), input.applicationOn, '支給申請日');
    const already = checks.atLeast(
      at('alreadyAppliedThisFiscalYear'),
      input.alreadyAppliedThisFiscalYear,
      '申請済みの人数',
      0,
    );
    const conversions = checks
      .list(at('conversions'), input.conversions, '転換した人', PEOPLE_MAX)
      .map((c, i) => ({
        name: checks.text(at(`conversions.${i}.name`), c.name, '氏名', 100),
        kind: c.kind,
        convertedOn: checks.day(at(`conversions.${i}.convertedOn`), c.convertedOn, '転換日'),
        dispatchedWorkerHiredByClient: c.dispatchedWorkerHiredByClient,
      }));
    const table = this.table(checks, at('rateTableId'), input.rateTableId, applicationOn);
    checks.throwIfAny();
    const stored: StoredConversionInput = {
      rateTableId: table.id,
      companySize: input.companySize,
      productivityUplift: input.productivityUplift,
      alreadyAppliedThisFiscalYear: already,
      applicationOn,
      conversions,
    };
    const result = estimateConversionSubsidy({ ...stored, table });
    return { input: stored, table, result };
  }

  /** The table named, or the one in force on `day`; RATE_TABLE_S003 stands in while `day` is not a day yet. */
  private table(
    checks: InputChecks,
    field: string,
    id: string | null | undefined,
    day: string,
  ): SubsidyRateTable {
    const latest = SUBSIDY_RATE_TABLES[SUBSIDY_RATE_TABLES.length - 1];
    if (id) {
      const named = SUBSIDY_RATE_TABLES.find((table) => table.id === id);
      if (!named) checks.add(field, M.unknownRateTable);
      return named ?? latest;
    }
    const inForce = rateTableOn(day);
    if (!inForce) checks.add(field, M.noRateTable(day));
    return inForce ?? latest;
  }
}
