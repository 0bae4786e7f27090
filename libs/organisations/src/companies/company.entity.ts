import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OfficeEntity } from '../offices/office.entity';
import { JsicMajorGroupEntity } from '../reference-data/jsic-major-group.entity';
import { PrefectureEntity } from '../reference-data/prefecture.entity';

export enum CompanySize {
  SME = 'SME',
  LARGE = 'LARGE',
}

export const COMPANY_SIZE_LABELS: Record<CompanySize, string> = { SME: '中小企業', LARGE: '大企業' };

@Entity({ name: 'companies' })
@Unique('uq_companies_corporate_number', ['corporateNumber'])
@Check('ck_companies_size', `"size" IN ('SME', 'LARGE')`)
@Check('ck_companies_employee_count', `"employee_count" IS NULL OR "employee_count" >= 0`)
@Check(
  'ck_companies_corporate_number_format',
  `"corporate_number" IS NULL OR "corporate_number" ~ '^[0-9]{13}$'`,
)
@Index('ix_companies_owning_office', ['owningOfficeId'])
@Index('ix_companies_prefecture', ['prefectureCode'])
@Index('ix_companies_jsic_major', ['jsicMajorCode'])
@Index('ix_companies_change_xid', ['changeXid'])
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_companies' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  legalName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  legalNameKana: string | null;

  /** companyNameSearchKey(legalName): NFKC, legal-form words removed; what partial-match search runs on. */
  @Column({ type: 'varchar', length: 200 })
  nameSearchKey: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  kanaSearchKey: string;

  /** 法人番号, 13 digits with a verified check digit. */
  @Column({ type: 'char', length: 13, nullable: true })
  corporateNumber: string | null;

  @Column({ type: 'char', length: 1 })
  jsicMajorCode: string;

  @ManyToOne(() => JsicMajorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jsic_major_code', foreignKeyConstraintName: 'fk_companies_jsic_major' })
  jsicMajorGroup?: JsicMajorGroupEntity;

  @Column({ type: 'varchar', length: 3, nullable: true })
  jsicMiddleCode: string | null;

  @Column({ type: 'char', length: 2 })
  prefectureCode: string;

  @ManyToOne(() => PrefectureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code', foreignKeyConstraintName: 'fk_companies_prefecture' })
  prefecture?: PrefectureEntity;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 8 })
  size: CompanySize;

  @Column({ type: 'integer', nullable: true })
  employeeCount: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'uuid' })
  owningOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owning_office_id', foreignKeyConstraintName: 'fk_companies_owning_office' })
  owningOffice?: OfficeEntity;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /**
   * Set by a trigger to the writing transaction's id (see the offers_and_matching migration): the matching index
   * re-reads the offers of a company whose name, prefecture or industry changed. Never written by the application.
   */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  changeXid: string;

  /** Optimistic lock: an edit must name the version it read, so two consultants never overwrite each other. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
