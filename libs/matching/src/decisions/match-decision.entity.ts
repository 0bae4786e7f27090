import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { MatchExplanation } from '../engine/match-explanation';

export enum MatchDecisionKind {
  DISMISSED = 'DISMISSED',
  TAKEN_UP = 'TAKEN_UP',
}

export const MATCH_DECISION_KIND_LABELS: Record<MatchDecisionKind, string> = {
  DISMISSED: '除外',
  TAKEN_UP: '採用',
};

export enum DismissalReason {
  SKILLS_MISMATCH = 'SKILLS_MISMATCH',
  LOCATION = 'LOCATION',
  CONDITIONS = 'CONDITIONS',
  PERIOD_OR_TIMING = 'PERIOD_OR_TIMING',
  COMPANY_DECLINED = 'COMPANY_DECLINED',
  ALREADY_ARRANGED = 'ALREADY_ARRANGED',
  OTHER = 'OTHER',
}

export const DISMISSAL_REASON_LABELS: Record<DismissalReason, string> = {
  SKILLS_MISMATCH: 'スキル・資格が合わない',
  LOCATION: '勤務地が合わない',
  CONDITIONS: '労働条件が合わない',
  PERIOD_OR_TIMING: '期間・時期が合わない',
  COMPANY_DECLINED: '企業が辞退',
  ALREADY_ARRANGED: '他で調整済み',
  OTHER: 'その他',
};

export enum SuggestionSource {
  ON_DEMAND = 'ON_DEMAND',
  BATCH = 'BATCH',
}

export const SUGGESTION_SOURCE_LABELS: Record<SuggestionSource, string> = {
  ON_DEMAND: '個別検索',
  BATCH: '一括マッチング',
};

/** A consultant's decision on one suggested pair; at most one per pair. */
@Entity({ name: 'match_decisions' })
@Unique('uq_match_decisions_pair', ['sendingOfferId', 'receivingOfferId'])
@Check('ck_match_decisions_decision', `"decision" IN ('DISMISSED', 'TAKEN_UP')`)
@Check(
  'ck_match_decisions_reason_code',
  `"reason_code" IS NULL OR "reason_code" IN ('SKILLS_MISMATCH', 'LOCATION', 'CONDITIONS', 'PERIOD_OR_TIMING', 'COMPANY_DECLINED', 'ALREADY_ARRANGED', 'OTHER')`,
)
@Check('ck_match_decisions_dismissal_reason', `"decision" <> 'DISMISSED' OR "reason_code" IS NOT NULL`)
@Check('ck_match_decisions_people', `"people" IS NULL OR "people" >= 1`)
@Check('ck_match_decisions_source', `"source" IN ('ON_DEMAND', 'BATCH')`)
@Index('ix_match_decisions_receiving_offer', ['receivingOfferId'])
export class MatchDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_match_decisions' })
  id: string;

  @Column({ type: 'uuid' })
  sendingOfferId: string;

  @ManyToOne(() => SendingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sending_offer_id', foreignKeyConstraintName: 'fk_match_decisions_sending_offer' })
  sendingOffer?: SendingOfferEntity;

  @Column({ type: 'uuid' })
  receivingOfferId: string;

  @ManyToOne(() => ReceivingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'receiving_offer_id', foreignKeyConstraintName: 'fk_match_decisions_receiving_offer' })
  receivingOffer?: ReceivingOfferEntity;

  @Column({ type: 'varchar', length: 16 })
  decision: MatchDecisionKind;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reasonCode: DismissalReason | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** People proposed for the pair when taken up. */
  @Column({ type: 'integer', nullable: true })
  people: number | null;

  /** The score and explanation the consultant saw when deciding. */
  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  explanation: MatchExplanation;

  @Column({ type: 'varchar', length: 16 })
  source: SuggestionSource;

  @Column({ type: 'uuid', nullable: true })
  assignmentRunId: string | null;

  @Column({ type: 'uuid' })
  decidedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;
}
