// The training subsidy estimate (spec §6.1): per trainee per course the Off-JT wage and cost subsidies and the OJT
// subsidy, with the computation a user sees beside each amount.
import type { RuleFinding } from '../../shared/rule-finding';
import { isWholeNumber } from '../../shared/whole-number';
import type { CompanySize, SubsidyRateTable } from '../rate-tables';
import { rateFor } from '../rate-tables';
import {
  costComputation,
  perHourComputation,
  SUBSIDY_NOTES,
  subsidyMessages,
  sumComputation,
  TRAINING_LINE_LABELS,
} from '../subsidies.messages';

export interface TraineeInput {
  readonly name: string;
  /** Certified Off-JT and OJT time of this course, in minutes. */
  readonly offJtMinutes: number;
  readonly ojtMinutes: number;
  /** What the employer actually paid for the Off-JT (実費), in yen. */
  readonly costBorneYen: number;
}

export interface TrainingSubsidyInput {
  readonly table: SubsidyRateTable;
  /** Fixed at plan submission (R-EM-7, S001:268). */
  readonly companySize: CompanySize;
  readonly productivityUplift: boolean;
  readonly trainees: readonly TraineeInput[];
}

export type TrainingLineItem = keyof typeof TRAINING_LINE_LABELS;

export interface SubsidyLine {
  readonly item: TrainingLineItem;
  readonly label: string;
  readonly amountYen: number;
  /** As shown to users: 「760円 × 120時間 = 91,200円」. */
  readonly computation: string;
  /** The hours cap or the cost bracket, not the actual figure, decided the amount. */
  readonly capped: boolean;
}

export interface TraineeEstimate {
  readonly name: string;
  /** Whole hours, rounded down (spec §2.1). */
  readonly offJtHours: number;
  readonly ojtHours: number;
  readonly lines: readonly SubsidyLine[];
  readonly totalYen: number;
  readonly totalComputation: string;
}

export interface SubsidyNote {
  readonly text: string;
  readonly seed: string;
}

export interface TrainingSubsidyEstimate {
  readonly tableId: string;
  readonly schemeName: string;
  readonly trainees: readonly TraineeEstimate[];
  readonly totalYen: number;
  readonly totalComputation: string;
  readonly notes: readonly SubsidyNote[];
  /** Trainees with unusable figures are named here and left out of the estimate. */
  readonly findings: readonly RuleFinding[];
}

const MINUTES_PER_HOUR = 60;

/** Subsidy hours are whole hours, rounded down, per person per course (spec §2.1 [proposal]). */
export function wholeHours(minutes: number): number {
  return (minutes - (minutes % MINUTES_PER_HOUR)) / MINUTES_PER_HOUR;
}

/** 0: under 100 h, 1: 100–199 h, 2: 200 h or more (S003:32 "100時間未満 / 100時間以上200時間未満 / 200時間以上"). */
export function costBracketOf(offJtHours: number): 0 | 1 | 2 {
  if (offJtHours < 100) return 0;
  return offJtHours < 200 ? 1 : 2;
}

function perHourLine(
  item: 'OFF_JT_WAGE' | 'OJT',
  rate: number,
  minutes: number,
  capHours: number,
): SubsidyLine {
  const hours = wholeHours(minutes);
  const paidHours = Math.min(hours, capHours);
  const amountYen = rate * paidHours;
  const capped = hours > capHours;
  return {
    item,
    label: TRAINING_LINE_LABELS[item],
    amountYen,
    computation: perHourComputation(rate, paidHours, amountYen, minutes, capped),
    capped,
  };
}

function costLine(input: TrainingSubsidyInput, trainee: TraineeInput): SubsidyLine {
  const bracket = costBracketOf(wholeHours(trainee.offJtMinutes));
  const bracketCap = input.table.offJtCostBrackets[input.companySize][bracket];
  const amountYen = Math.min(trainee.costBorneYen, bracketCap);
  return {
    item: 'OFF_JT_COST',
    label: TRAINING_LINE_LABELS.OFF_JT_COST,
    amountYen,
    computation: costComputation(trainee.costBorneYen, bracketCap, bracket, amountYen),
    capped: trainee.costBorneYen > bracketCap,
  };
}

function estimateTrainee(input: TrainingSubsidyInput, trainee: TraineeInput): TraineeEstimate {
  const { table, companySize, productivityUplift } = input;
  const lines = [
    perHourLine(
      'OFF_JT_WAGE',
      rateFor(table.offJtWagePerHour, companySize, productivityUplift),
      trainee.offJtMinutes,
      table.caps.offJtWageHours,
    ),
    costLine(input, trainee),
    perHourLine(
      'OJT',
      rateFor(table.ojtPerHour, companySize, productivityUplift),
      trainee.ojtMinutes,
      table.caps.ojtHours,
    ),
  ];
  const amounts = lines.map((line) => line.amountYen);
  const totalYen = amounts.reduce((sum, amount) => sum + amount, 0);
  return {
    name: trainee.name,
    offJtHours: wholeHours(trainee.offJtMinutes),
    ojtHours: wholeHours(trainee.ojtMinutes),
    lines,
    totalYen,
    totalComputation: sumComputation(amounts, totalYen),
  };
}

const TRAINEE_FIGURES = [
  ['offJtMinutes', 'Off-JT の訓練時間（分）'],
  ['ojtMinutes', 'OJT の訓練時間（分）'],
  ['costBorneYen', 'Off-JT の実費（円）'],
] as const;

function invalidFigures(trainee: TraineeInput, index: number): RuleFinding[] {
  return TRAINEE_FIGURES.filter(([key]) => !isWholeNumber(trainee[key])).map(([key, what]) => ({
    code: 'SUBSIDY_FIGURE_NOT_WHOLE_NUMBER',
    severity: 'ERROR',
    field: `trainees.${index}.${key}`,
    message: subsidyMessages.invalidWholeNumber(trainee.name, what, trainee[key]),
    rule: '§2.1',
    seed: 'S003:31–33',
  }));
}

function trainingNotes(input: TrainingSubsidyInput): SubsidyNote[] {
  const notes: SubsidyNote[] = [{ text: SUBSIDY_NOTES.trainingPreconditions, seed: 'S003:13–14' }];
  if (input.table.offJtCostIncreasesAfterConversion) {
    notes.push({ text: SUBSIDY_NOTES.costIncreaseAfterConversion, seed: 'S003:32' });
  }
  if (input.productivityUplift && !input.table.printsUpliftAmounts) {
    notes.push({ text: SUBSIDY_NOTES.noUpliftInTable, seed: input.table.source });
  }
  return notes;
}

/**
 * Off-JT wage = rate × min(hours, 1,200); Off-JT cost = min(cost borne, bracket(hours)); OJT = rate × min(hours,
 * 680); hours are whole hours rounded down per trainee. The cost subsidy's increase after conversion is noted, not
 * computed (S003:32 gives no amount).
 */
export function estimateTrainingSubsidy(input: TrainingSubsidyInput): TrainingSubsidyEstimate {
  const checked = input.trainees.map((trainee, index) => ({
    trainee,
    problems: invalidFigures(trainee, index),
  }));
  const findings = checked.flatMap((entry) => entry.problems);
  const trainees = checked
    .filter((entry) => entry.problems.length === 0)
    .map((entry) => estimateTrainee(input, entry.trainee));
  const amounts = trainees.map((trainee) => trainee.totalYen);
  const totalYen = amounts.reduce((sum, amount) => sum + amount, 0);
  return {
    tableId: input.table.id,
    schemeName: input.table.schemeNames.training,
    trainees,
    totalYen,
    totalComputation: sumComputation(amounts, totalYen),
    notes: trainingNotes(input),
    findings,
  };
}
