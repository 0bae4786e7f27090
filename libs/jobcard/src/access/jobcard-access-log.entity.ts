import { UserEntity } from '@kakehashi/identity';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jobcardForeignKeys } from '../shared/jobcard-record.columns';
import type { JobcardAccessAction, JobcardAccessOutcome, JobcardRecordKind } from '../jobcard-enums';

/**
 * Who read or exported the personal data of a sheet or a plan, and every refused attempt: field NAMES, never values.
 * Append-only (a trigger refuses UPDATE and DELETE). The record id has no foreign key: a refused attempt may name an
 * id that does not exist, and the record of it must still be kept.
 */
@Entity({ name: 'jobcard_access_log' })
@jobcardForeignKeys('jobcard_access_log', { actor: ['actorUserId', () => UserEntity] })
@Check('ck_jobcard_access_log_action', `"action" IN ('READ', 'EXPORT')`)
@Check('ck_jobcard_access_log_record_kind', `"record_kind" IN ('EVALUATION_SHEET', 'TRAINING_PLAN')`)
@Check('ck_jobcard_access_log_outcome', `"outcome" IN ('ALLOWED', 'DENIED')`)
@Check('ck_jobcard_access_log_denial', `("outcome" = 'DENIED') = ("denial_reason" IS NOT NULL)`)
@Index('ix_jobcard_access_log_record', ['recordKind', 'recordId', 'id'])
@Index('ix_jobcard_access_log_actor', ['actorUserId', 'id'])
export class JobcardAccessLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_jobcard_access_log' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'uuid', nullable: true })
  actorOfficeId: string | null;

  @Column({ type: 'varchar', length: 16 })
  action: JobcardAccessAction;

  /** The GraphQL operation (Query.evaluationSheet) or the route (GET /jobcard/exports/evaluation-sheets/:id/workbook.xlsx). */
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  @Column({ type: 'varchar', length: 16 })
  recordKind: JobcardRecordKind;

  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  /** Names of the personal-data fields read or exported (traineeName, ratings, comments). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'varchar', length: 16 })
  outcome: JobcardAccessOutcome;

  @Column({ type: 'varchar', length: 64, nullable: true })
  denialReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;
}
