import { UserEntity } from '@kakehashi/identity';
import { CompanyEntity, OfficeEntity } from '@kakehashi/organisations';
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

/**
 * A company's request that the Center support its retiring employees (キャリア人材バンクへの支援依頼): who asks, for how
 * many people, and when they are expected to leave. The contact is the company's business contact, not a registrant.
 */
@Entity({ name: 'talent_bank_support_requests' })
@Check('ck_talent_bank_support_requests_people', `"people_count" BETWEEN 1 AND 10000`)
@Index('ix_talent_bank_support_requests_office', ['officeId', 'receivedOn'])
@Index('ix_talent_bank_support_requests_company', ['companyId'])
export class SupportRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_talent_bank_support_requests' })
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_talent_bank_support_requests_company' })
  company?: CompanyEntity;

  /** The office working the request (registrants it brings are registered there). */
  @Column({ type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'fk_talent_bank_support_requests_office' })
  office?: OfficeEntity;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 100 })
  contactName: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactDepartment: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'integer' })
  peopleCount: number;

  /** YYYY-MM-DD, sorted and distinct. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expectedLeavingDates: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'fk_talent_bank_support_requests_created_by',
  })
  createdBy?: UserEntity;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
