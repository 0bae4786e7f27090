import { UserEntity } from '@kakehashi/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import type { CaseStage } from '../workflow/case-stage';

export enum CaseAction {
  CREATED = 'CREATED',
  CONSULTANTS_ASSIGNED = 'CONSULTANTS_ASSIGNED',
  PEOPLE_CHANGED = 'PEOPLE_CHANGED',
  WORKERS_RECORDED = 'WORKERS_RECORDED',
  MEETING_RECORDED = 'MEETING_RECORDED',
  INTERNAL_PROCEDURE_RECORDED = 'INTERNAL_PROCEDURE_RECORDED',
  WORKPLACE_TOUR_RECORDED = 'WORKPLACE_TOUR_RECORDED',
  CONTRACT_RECORDED = 'CONTRACT_RECORDED',
  HIRING_AGREEMENT_RECORDED = 'HIRING_AGREEMENT_RECORDED',
  ADVANCED = 'ADVANCED',
  MOVED_BACK = 'MOVED_BACK',
  ESTABLISHED = 'ESTABLISHED',
  ESTABLISHMENT_CORRECTED = 'ESTABLISHMENT_CORRECTED',
  NOT_ESTABLISHED = 'NOT_ESTABLISHED',
  COMPLETED = 'COMPLETED',
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED',
}

/** A value as stored in jsonb (objects and arrays as parsed JSON). */
export type JsonValue = string | number | boolean | null | object;

/** One field's value before and after a change (JSON values; null when absent). */
export interface FieldChange {
  field: string;
  before: JsonValue;
  after: JsonValue;
}

/** Append-only (a trigger refuses UPDATE and DELETE): who changed what on a case, when, and why. */
@Entity({ name: 'case_history' })
@Index('ix_case_history_case_seq', ['caseId', 'seq'])
export class CaseHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_history' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_history_case' })
  case?: CaseEntity;

  /** Insertion order, total even for entries written in the same millisecond. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'varchar', length: 32 })
  action: CaseAction;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'fk_case_history_actor' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromStage: CaseStage | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  toStage: CaseStage | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The case's version after the change. */
  @Column({ type: 'integer' })
  caseVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
