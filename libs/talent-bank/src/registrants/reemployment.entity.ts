import { UserEntity } from '@kakehashi/identity';
import { OccupationMajorGroupEntity, ReceivingOfferEntity } from '@kakehashi/offers';
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
  Unique,
} from 'typeorm';
import { EmploymentType, sqlInList, WageBand } from '../talent-bank-enums';
import { RegistrantEntity } from './registrant.entity';

/**
 * 再就職: where a registrant was re-employed. One per registrant, append-only (a trigger refuses UPDATE and DELETE),
 * and free of personal data: anonymising the registrant leaves it, and so the counts, as they are. The office is
 * copied so the figures never need the registrant row.
 */
@Entity({ name: 'talent_bank_reemployments' })
@Unique('uq_talent_bank_reemployments_registrant', ['registrantId'])
@Check('ck_talent_bank_reemployments_employment_type', `"employment_type" IN (${sqlInList(EmploymentType)})`)
@Check('ck_talent_bank_reemployments_wage_band', `"wage_band" IN (${sqlInList(WageBand)})`)
@Index('ix_talent_bank_reemployments_reemployed_on', ['reemployedOn'])
@Index('ix_talent_bank_reemployments_employer', ['employerCompanyId'])
export class ReemploymentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_talent_bank_reemployments' })
  id: string;

  @Column({ type: 'uuid' })
  registrantId: string;

  @ManyToOne(() => RegistrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registrant_id', foreignKeyConstraintName: 'fk_talent_bank_reemployments_registrant' })
  registrant?: RegistrantEntity;

  @Column({ type: 'date' })
  reemployedOn: string;

  @Column({ type: 'uuid' })
  employerCompanyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'employer_company_id',
    foreignKeyConstraintName: 'fk_talent_bank_reemployments_employer',
  })
  employer?: CompanyEntity;

  /** The senior opening it came through, if any. */
  @Column({ type: 'uuid', nullable: true })
  receivingOfferId: string | null;

  @ManyToOne(() => ReceivingOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'receiving_offer_id',
    foreignKeyConstraintName: 'fk_talent_bank_reemployments_receiving_offer',
  })
  receivingOffer?: ReceivingOfferEntity;

  @Column({ type: 'varchar', length: 200 })
  jobTitle: string;

  @Column({ type: 'char', length: 1 })
  occupationCode: string;

  @ManyToOne(() => OccupationMajorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'occupation_code',
    foreignKeyConstraintName: 'fk_talent_bank_reemployments_occupation',
  })
  occupation?: OccupationMajorGroupEntity;

  @Column({ type: 'varchar', length: 16 })
  employmentType: EmploymentType;

  @Column({ type: 'varchar', length: 24 })
  wageBand: WageBand;

  @Column({ type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'fk_talent_bank_reemployments_office' })
  office?: OfficeEntity;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'fk_talent_bank_reemployments_recorded_by',
  })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
