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
  UpdateDateColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';

export enum CaseTaskKind {
  FOLLOW_UP = 'FOLLOW_UP',
  END_DATE_PASSED = 'END_DATE_PASSED',
}

export enum CaseTaskStatus {
  /** Planned; its delayed job has not fired yet. */
  SCHEDULED = 'SCHEDULED',
  DUE = 'DUE',
  DONE = 'DONE',
  /** Dropped by a reschedule or by the case ending. */
  CANCELLED = 'CANCELLED',
}

export const CASE_TASK_KIND_LABELS: Record<CaseTaskKind, string> = {
  FOLLOW_UP: 'フォローアップ',
  END_DATE_PASSED: '終了日経過(未完了)',
};

export const CASE_TASK_STATUS_LABELS: Record<CaseTaskStatus, string> = {
  SCHEDULED: '予定',
  DUE: '期限到来',
  DONE: '完了',
  CANCELLED: '取消',
};

/** A reminder for the consultants in charge of a case: a follow-up falling due, or an end date passed. */
@Entity({ name: 'case_tasks' })
@Check('ck_case_tasks_kind', `"kind" IN ('FOLLOW_UP', 'END_DATE_PASSED')`)
@Check('ck_case_tasks_status', `"status" IN ('SCHEDULED', 'DUE', 'DONE', 'CANCELLED')`)
// One live task per case, kind and due date: a reschedule cancels and re-adds, never duplicates (partial index).
@Index('uq_case_tasks_live', { synchronize: false })
@Index('ix_case_tasks_status_due', ['status', 'dueOn'])
export class CaseTaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_tasks' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_tasks_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: CaseTaskKind;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 16 })
  status: CaseTaskStatus;

  @Column({ type: 'timestamptz', nullable: true })
  becameDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'done_by_user_id', foreignKeyConstraintName: 'fk_case_tasks_done_by' })
  doneBy?: UserEntity;

  /** The follow-up record that completed it (also case_follow_ups.task_id; this side is for the task list). */
  @Column({ type: 'uuid', nullable: true })
  followUpId: string | null;

  // A string target: the follow-up entity imports this one, and a class reference here would be a cycle.
  @ManyToOne('CaseFollowUpEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'fk_case_tasks_follow_up' })
  followUp?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
