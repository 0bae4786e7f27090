import { UserEntity } from '@kakehashi/identity';
import { PartnerInstitutionEntity } from '@kakehashi/partners';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { ReferralFileFormat, ReferralImportStatus } from '../referral-enums';

/** A partner head office's bulk upload; one per institution and file content (the same file twice imports once). */
@ForeignKey(() => PartnerInstitutionEntity, ['institutionId'], ['id'], {
  name: 'fk_referral_imports_institution',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => UserEntity, ['uploadedByUserId'], ['id'], {
  name: 'fk_referral_imports_uploaded_by',
  onDelete: 'RESTRICT',
})
@Entity({ name: 'referral_imports' })
@Unique('uq_referral_imports_institution_file', ['institutionId', 'fileSha256'])
@Check('ck_referral_imports_format', `"file_format" IN ('CSV', 'XLSX')`)
@Check('ck_referral_imports_status', `"status" IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')`)
@Check('ck_referral_imports_counts', `"row_count" >= 1 AND "imported_count" BETWEEN 0 AND "row_count"`)
export class ReferralImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_imports' })
  id: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'uuid' })
  uploadedByUserId: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 8 })
  fileFormat: ReferralFileFormat;

  @Column({ type: 'char', length: 64 })
  fileSha256: string;

  @Column({ type: 'varchar', length: 16 })
  status: ReferralImportStatus;

  @Column({ type: 'integer' })
  rowCount: number;

  @Column({ type: 'integer', default: 0 })
  importedCount: number;

  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  /** The validated file, kept until the import job has written its rows (then cleared). */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
