import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { FactorWeights } from '../engine/factor-weights';

/** The engine's weights and switches: one row (id 1), edited by administrators. */
@Entity({ name: 'matching_settings' })
@Check('ck_matching_settings_single_row', `"id" = 1`)
@Check(
  'ck_matching_settings_minimum_proposal_score',
  `"minimum_proposal_score" >= 0 AND "minimum_proposal_score" <= 1`,
)
export class MatchingSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_matching_settings' })
  id: number;

  @Column({ type: 'jsonb' })
  weights: FactorWeights;

  /** When true, a counterpart missing a required licence or skill is not suggested at all. */
  @Column({ type: 'boolean' })
  excludeMissingRequired: boolean;

  /** Batch proposals only: pairs scoring below this are never proposed (see proposal-floor.ts). */
  // The defaults are the migration's (DEFAULT_PROPOSAL_FLOOR), which gave them to a row saved before the floor existed.
  @Column({ type: 'double precision', default: () => '0.65' })
  minimumProposalScore: number;

  /** Batch proposals only: a pair missing a required licence or skill is never proposed. */
  @Column({ type: 'boolean', default: true })
  excludeMissingRequiredFromProposals: boolean;

  @VersionColumn()
  version: number;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
