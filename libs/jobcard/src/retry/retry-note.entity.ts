import { CaseEntity } from '@kakehashi/cases';
import { RegistrantEntity } from '@kakehashi/talent-bank';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedJobcardRecord, jobcardForeignKeys } from '../shared/jobcard-record.columns';
import type { RetryMenuId } from './retry-catalogue';

export type RetryNoteStatus = 'SUGGESTED' | 'TAKEN';

/**
 * A RETRY programme (spec §8) suggested to a person, a case's secondee or a talent bank registrant, and whether they
 * took it: one row per person and menu, moved from SUGGESTED to TAKEN (version-checked).
 */
@Entity({ name: 'jobcard_retry_notes' })
@jobcardForeignKeys(
  'jobcard_retry_notes',
  { case: ['caseId', () => CaseEntity], registrant: ['registrantId', () => RegistrantEntity] },
  ['createdByUserId'],
)
@Check('ck_jobcard_retry_notes_status', `"status" IN ('SUGGESTED', 'TAKEN')`)
@Check('ck_jobcard_retry_notes_person', `("case_id" IS NULL) <> ("registrant_id" IS NULL)`)
@Index('ux_jobcard_retry_notes_case_menu', { synchronize: false })
@Index('ux_jobcard_retry_notes_registrant_menu', { synchronize: false })
export class RetryNoteEntity extends VersionedJobcardRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jobcard_retry_notes' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  menuId: RetryMenuId;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'uuid', nullable: true })
  registrantId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: RetryNoteStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The day of the latest status (suggested, then taken). */
  @Column({ type: 'date' })
  notedOn: string;
}
