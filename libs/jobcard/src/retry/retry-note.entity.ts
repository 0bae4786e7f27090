import { CaseEntity } from '@kakehashi/cases';
import { UserEntity } from '@kakehashi/identity';
import { RegistrantEntity } from '@kakehashi/talent-bank';
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
  VersionColumn,
} from 'typeorm';
import type { RetryMenuId } from './retry-catalogue';

export type RetryNoteStatus = 'SUGGESTED' | 'TAKEN';

/**
 * A RETRY programme (spec §8) suggested to a person, a case's secondee or a talent bank registrant, and whether they
 * took it: one row per person and menu, moved from SUGGESTED to TAKEN (version-checked).
 */
@Entity({ name: 'jobcard_retry_notes' })
@Check('ck_jobcard_retry_notes_status', `"status" IN ('SUGGESTED', 'TAKEN')`)
@Check('ck_jobcard_retry_notes_person', `("case_id" IS NULL) <> ("registrant_id" IS NULL)`)
@Index('ux_jobcard_retry_notes_case_menu', { synchronize: false })
@Index('ux_jobcard_retry_notes_registrant_menu', { synchronize: false })
export class RetryNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_retry_notes' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  menuId: RetryMenuId;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_jobcard_retry_notes_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid', nullable: true })
  registrantId: string | null;

  @ManyToOne(() => RegistrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registrant_id', foreignKeyConstraintName: 'fk_jobcard_retry_notes_registrant' })
  registrant?: RegistrantEntity;

  @Column({ type: 'varchar', length: 16 })
  status: RetryNoteStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The day of the latest status (suggested, then taken). */
  @Column({ type: 'date' })
  notedOn: string;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_jobcard_retry_notes_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
