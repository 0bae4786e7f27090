import { CaseEntity } from '@kakehashi/cases';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WrittenJobcardRecord, jobcardForeignKeys } from '../shared/jobcard-record.columns';
import { TrainingPlanEntity } from '../training-plans/training-plan.entity';
import type { StoredConversionInput, StoredTrainingInput } from './subsidy-estimate.types';
import type { ConversionSubsidyEstimate } from './rules/conversion-subsidy';
import type { TrainingSubsidyEstimate } from './rules/training-subsidy';

export type SubsidyEstimateKind = 'TRAINING' | 'CONVERSION';

/** The result as it was shown, with the notes the case added (a secondee's subsidies, spec §9.1). */
export type StoredSubsidyResult =
  | (TrainingSubsidyEstimate & { readonly caseNotes: readonly string[] })
  | (ConversionSubsidyEstimate & { readonly caseNotes: readonly string[] });

/**
 * A subsidy estimate as it was shown on a case at STEP 2 (助成金の周知と活用勧奨): the rate table in force, the input and
 * every line with its computation. Never recomputed: the amounts explained stay what they were when rates change.
 */
@Entity({ name: 'jobcard_subsidy_estimates' })
@jobcardForeignKeys(
  'jobcard_subsidy_estimates',
  { case: ['caseId', () => CaseEntity], plan: ['planId', () => TrainingPlanEntity] },
  ['createdByUserId'],
)
@Check('ck_jobcard_subsidy_estimates_kind', `"kind" IN ('TRAINING', 'CONVERSION')`)
@Check('ck_jobcard_subsidy_estimates_total', `"total_yen" >= 0`)
@Index('ix_jobcard_subsidy_estimates_case', ['caseId', 'createdAt'])
export class SubsidyEstimateEntity extends WrittenJobcardRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_subsidy_estimates' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: SubsidyEstimateKind;

  @Column({ type: 'varchar', length: 40 })
  rateTableId: string;

  @Column({ type: 'jsonb' })
  input: StoredTrainingInput | StoredConversionInput;

  @Column({ type: 'jsonb' })
  result: StoredSubsidyResult;

  /** bigint arrives as a string from pg; amounts stay far below 2^53. */
  @Column({
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  totalYen: number;
}
