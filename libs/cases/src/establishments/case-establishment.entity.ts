import { UserEntity } from '@kakehashi/identity';
import { MoveType } from '@kakehashi/offers';
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
import { CaseEntity } from '../cases/case.entity';

export enum EstablishmentKind {
  ESTABLISHED = 'ESTABLISHED',
  CORRECTION = 'CORRECTION',
}

export const ESTABLISHMENT_KIND_LABELS: Record<EstablishmentKind, string> = {
  ESTABLISHED: '成立',
  CORRECTION: '訂正',
};

/**
 * 成立 as an event: people established on a date, or a signed correction of them. Append-only (a trigger refuses
 * UPDATE and DELETE); the statistics count these rows, with the industries and offices as they were.
 */
@Entity({ name: 'case_establishments' })
@Check('ck_case_establishments_kind', `"kind" IN ('ESTABLISHED', 'CORRECTION')`)
@Check('ck_case_establishments_move_type', `"move_type" IN ('SECONDMENT', 'TRANSFER')`)
@Check('ck_case_establishments_people', `"people" <> 0 AND ("kind" = 'CORRECTION' OR "people" > 0)`)
@Check('ck_case_establishments_correction_reason', `"kind" <> 'CORRECTION' OR "reason" IS NOT NULL`)
@Index('ix_case_establishments_case', ['caseId'])
@Index('ix_case_establishments_occurred', ['occurredOn'])
export class CaseEstablishmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_establishments' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_establishments_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: EstablishmentKind;

  /** The day it happened (the start, the hire, the withdrawal): the month the statistics count it in. */
  @Column({ type: 'date' })
  occurredOn: string;

  /** Positive when people were established, negative when a correction takes some back. */
  @Column({ type: 'integer' })
  people: number;

  @Column({ type: 'varchar', length: 16 })
  moveType: MoveType;

  @Column({ type: 'uuid' })
  sendingOfferId: string;

  @Column({ type: 'uuid' })
  receivingOfferId: string;

  @Column({ type: 'uuid' })
  sendingOfficeId: string;

  @Column({ type: 'uuid' })
  receivingOfficeId: string;

  /** JSIC major groups of the two companies at the time: the industry-flow statistics. */
  @Column({ type: 'char', length: 1 })
  sendingJsicCode: string;

  @Column({ type: 'char', length: 1 })
  receivingJsicCode: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  workerIds: string[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'fk_case_establishments_recorded_by' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
