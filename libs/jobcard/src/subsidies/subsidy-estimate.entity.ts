import { CaseEntity } from '@kakehashi/cases';
import { UserEntity } from '@kakehashi/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
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
@Check('ck_jobcard_subsidy_estimates_kind', `"kind" IN ('TRAINING', 'CONVERSION')`)
@Check('ck_jobcard_subsidy_estimates_total', `"total_yen" >= 0`)
@Index('ix_jobcard_subsidy_estimates_case', ['caseId', 'createdAt'])
export class SubsidyEstimateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_subsidy_estimates' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_jobcard_subsidy_estimates_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @ManyToOne(() => TrainingPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_jobcard_subsidy_estimates_plan' })
  plan?: TrainingPlanEntity;

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

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'fk_jobcard_subsidy_estimates_created_by',
  })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
