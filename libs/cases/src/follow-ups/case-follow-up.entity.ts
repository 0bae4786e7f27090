import { UserEntity } from '@kakehashi/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { CaseTaskEntity } from './case-task.entity';

export enum FollowUpMethod {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  EMAIL = 'EMAIL',
  OTHER = 'OTHER',
}

export const FOLLOW_UP_METHOD_LABELS: Record<FollowUpMethod, string> = {
  VISIT: '訪問',
  PHONE: '電話',
  ONLINE: 'オンライン面談',
  EMAIL: 'メール',
  OTHER: 'その他',
};

/** STEP6 フォローアップ: one contact with the secondee and the companies, and what came of it. */
@Entity({ name: 'case_follow_ups' })
@Unique('uq_case_follow_ups_task', ['taskId'])
@Check('ck_case_follow_ups_method', `"method" IN ('VISIT', 'PHONE', 'ONLINE', 'EMAIL', 'OTHER')`)
@Index('ix_case_follow_ups_case', ['caseId', 'heldOn'])
export class CaseFollowUpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_follow_ups' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_follow_ups_case' })
  case?: CaseEntity;

  /** The reminder this record completes, if it answered one. */
  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @OneToOne(() => CaseTaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_case_follow_ups_task' })
  task?: CaseTaskEntity;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'varchar', length: 16 })
  method: FollowUpMethod;

  @Column({ type: 'uuid' })
  conductedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conducted_by_user_id', foreignKeyConstraintName: 'fk_case_follow_ups_conducted_by' })
  conductedBy?: UserEntity;

  /** Who took part (出向者本人、出向元人事担当など). */
  @Column({ type: 'text', nullable: true })
  participants: string | null;

  @Column({ type: 'text' })
  secondeeSituation: string;

  @Column({ type: 'text', nullable: true })
  senderSituation: string | null;

  @Column({ type: 'text', nullable: true })
  receiverSituation: string | null;

  @Column({ type: 'text', nullable: true })
  issues: string | null;

  @Column({ type: 'text', nullable: true })
  actions: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
