import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobcardAccessAction, JobcardAccessOutcome, JobcardRecordKind } from '../jobcard-enums';

/**
 * Who read or exported the personal data of a sheet or a plan, and every refused attempt: field NAMES, never values.
 * Append-only (a trigger refuses UPDATE and DELETE). The record id has no foreign key: a refused attempt may name an
 * id that does not exist, and the record of it must still be kept.
 */
@Entity({ name: 'jobcard_access_log' })
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

  /** The GraphQL operation (Query.evaluationSheet) or the route (GET /jobcard/evaluation-sheets/:id/export.xlsx). */
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
