import { UserEntity } from '@kakehashi/identity';
import { MatchDecisionEntity } from '@kakehashi/matching';
import { MoveType, ReceivingOfferEntity, SendingOfferEntity, sqlInList } from '@kakehashi/offers';
import { OfficeEntity } from '@kakehashi/organisations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  CaseWorker,
  ContractRecord,
  HiringAgreementRecord,
  InternalProcedureRecord,
  MeetingRecord,
  WorkplaceTourRecord,
} from '../workflow/case-details';
import { CaseStage, CompletionOutcome, NotEstablishedReason } from '../workflow/case-stage';

/** 案件: one sending and one receiving offer walked through the process towards an establishment. */
@Entity({ name: 'cases' })
@Unique('uq_cases_number', ['number'])
@Check('ck_cases_move_type', `"move_type" IN ('SECONDMENT', 'TRANSFER')`)
@Check('ck_cases_stage', `"stage" IN (${sqlInList(CaseStage)})`)
@Check('ck_cases_people', `"people_planned" >= 1 AND "people_established" >= 0`)
@Check(
  'ck_cases_not_established_reason',
  `"not_established_reason" IS NULL OR "not_established_reason" IN (${sqlInList(NotEstablishedReason)})`,
)
@Check(
  'ck_cases_completion_outcome',
  `"completion_outcome" IS NULL OR "completion_outcome" IN (${sqlInList(CompletionOutcome)})`,
)
@Check(
  'ck_cases_not_established_has_reason',
  `("stage" = 'NOT_ESTABLISHED') = ("not_established_reason" IS NOT NULL)`,
)
@Check('ck_cases_completed_has_outcome', `("stage" = 'COMPLETED') = ("completion_outcome" IS NOT NULL)`)
@Index('ix_cases_sending_office_stage', ['sendingOfficeId', 'stage', 'stageEnteredAt'])
@Index('ix_cases_receiving_office_stage', ['receivingOfficeId', 'stage', 'stageEnteredAt'])
@Index('ix_cases_sending_offer', ['sendingOfferId'])
@Index('ix_cases_receiving_offer', ['receivingOfferId'])
@Index('ix_cases_sending_consultant', ['sendingConsultantId'])
@Index('ix_cases_receiving_consultant', ['receivingConsultantId'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cases' })
  id: string;

  /** 案件番号: what people say on the phone. */
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @Column({ type: 'varchar', length: 16 })
  moveType: MoveType;

  @Column({ type: 'uuid' })
  sendingOfferId: string;

  @ManyToOne(() => SendingOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sending_offer_id', foreignKeyConstraintName: 'fk_cases_sending_offer' })
  sendingOffer?: SendingOfferEntity;

  @Column({ type: 'uuid' })
  receivingOfferId: string;

  @ManyToOne(() => ReceivingOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_offer_id', foreignKeyConstraintName: 'fk_cases_receiving_offer' })
  receivingOffer?: ReceivingOfferEntity;

  /** The taken-up suggestion the case came from, if any: one case per suggestion. */
  @Column({ type: 'uuid', nullable: true })
  matchDecisionId: string | null;

  @OneToOne(() => MatchDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'match_decision_id',
    foreignKeyConstraintName: 'fk_cases_match_decision',
  })
  matchDecision?: MatchDecisionEntity;

  /** The offices involved: the offers' owning offices when the case was opened. */
  @Column({ type: 'uuid' })
  sendingOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sending_office_id', foreignKeyConstraintName: 'fk_cases_sending_office' })
  sendingOffice?: OfficeEntity;

  @Column({ type: 'uuid' })
  receivingOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_office_id', foreignKeyConstraintName: 'fk_cases_receiving_office' })
  receivingOffice?: OfficeEntity;

  @Column({ type: 'uuid', nullable: true })
  sendingConsultantId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sending_consultant_id', foreignKeyConstraintName: 'fk_cases_sending_consultant' })
  sendingConsultant?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  receivingConsultantId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_consultant_id', foreignKeyConstraintName: 'fk_cases_receiving_consultant' })
  receivingConsultant?: UserEntity;

  @Column({ type: 'integer' })
  peoplePlanned: number;

  @Column({ type: 'varchar', length: 32 })
  stage: CaseStage;

  /** When the case entered its current stage: the board's "stuck for N days". */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  workers: CaseWorker[];

  @Column({ type: 'jsonb', nullable: true })
  meeting: MeetingRecord | null;

  @Column({ type: 'jsonb', nullable: true })
  internalProcedure: InternalProcedureRecord | null;

  @Column({ type: 'jsonb', nullable: true })
  workplaceTour: WorkplaceTourRecord | null;

  @Column({ type: 'jsonb', nullable: true })
  contract: ContractRecord | null;

  @Column({ type: 'jsonb', nullable: true })
  hiringAgreement: HiringAgreementRecord | null;

  /** 成立日: the secondment's start or the transfer's hire. */
  @Column({ type: 'date', nullable: true })
  establishedOn: string | null;

  /** People established after corrections: the sum of the case's case_establishments rows. */
  @Column({ type: 'integer', default: 0 })
  peopleEstablished: number;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  /** The stage a not-established case was in when it ended. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  endedFromStage: CaseStage | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  notEstablishedReason: NotEstablishedReason | null;

  @Column({ type: 'text', nullable: true })
  notEstablishedNote: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  completionOutcome: CompletionOutcome | null;

  @Column({ type: 'text', nullable: true })
  completionNote: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_cases_created_by' })
  createdBy?: UserEntity;

  @Column({ type: 'uuid' })
  updatedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'fk_cases_updated_by' })
  updatedBy?: UserEntity;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
