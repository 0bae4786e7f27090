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
import { OccupationMajorGroupEntity } from '../reference-data/occupation-major-group.entity';
import {
  AgeBand,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  sqlInList,
  type OfferSkill,
  type WorkplaceCondition,
} from '../shared/offer-enums';

/** 送出情報: people a company can send, as a consultant learned on a visit. */
@Entity({ name: 'sending_offers' })
@Check('ck_sending_offers_move_type', `"move_type" IN (${sqlInList(MoveTypeWanted)})`)
@Check('ck_sending_offers_people', `"people_count" >= 1 AND "people_available" BETWEEN 0 AND "people_count"`)
@Check('ck_sending_offers_reason', `"reason" IN (${sqlInList(SendingReason)})`)
@Check('ck_sending_offers_experience', `"experience_years" IS NULL OR "experience_years" BETWEEN 0 AND 60`)
@Check('ck_sending_offers_age_band', `"age_band" IS NULL OR "age_band" IN (${sqlInList(AgeBand)})`)
@Check('ck_sending_offers_wage', `"monthly_wage" IS NULL OR "monthly_wage" >= 0`)
@Check(
  'ck_sending_offers_period',
  `"desired_period_months" IS NULL OR "desired_period_months" BETWEEN 1 AND 36`,
)
@Check('ck_sending_offers_status', `"status" IN (${sqlInList(OfferStatus)})`)
@Index('ix_sending_offers_company', ['companyId'])
@Index('ix_sending_offers_office_received', ['owningOfficeId', 'receivedOn'])
@Index('ix_sending_offers_received', ['receivedOn', 'id'])
@Index('ix_sending_offers_change_xid', ['changeXid'])
@Index('ix_sending_offers_skill_keys', { synchronize: false })
export class SendingOfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sending_offers' })
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_sending_offers_company' })
  company?: CompanyEntity;

  @Column({ type: 'uuid' })
  owningOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owning_office_id', foreignKeyConstraintName: 'fk_sending_offers_owning_office' })
  owningOffice?: OfficeEntity;

  /** 受付日 (YYYY-MM-DD): counts in that month's statistics. */
  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 16 })
  moveType: MoveTypeWanted;

  @Column({ type: 'integer' })
  peopleCount: number;

  /** People not yet established elsewhere; the offer closes at 0. */
  @Column({ type: 'integer' })
  peopleAvailable: number;

  @Column({ type: 'varchar', length: 32 })
  reason: SendingReason;

  @Column({ type: 'text', nullable: true })
  reasonDetail: string | null;

  @Column({ type: 'char', length: 1 })
  occupationCode: string;

  @ManyToOne(() => OccupationMajorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_code', foreignKeyConstraintName: 'fk_sending_offers_occupation' })
  occupation?: OccupationMajorGroupEntity;

  @Column({ type: 'varchar', length: 200 })
  jobTitle: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: OfferSkill[];

  /** skills[].key plus the keys they imply; what matching and the GIN index use. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skillKeys: string[];

  @Column({ type: 'integer', nullable: true })
  experienceYears: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  ageBand: AgeBand | null;

  /** Current monthly wage in yen. */
  @Column({ type: 'integer', nullable: true })
  monthlyWage: number | null;

  @Column({ type: 'integer', nullable: true })
  desiredPeriodMonths: number | null;

  /** JIS prefecture codes the people could work in; empty means anywhere. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acceptablePrefectureCodes: string[];

  @Column({ type: 'date', nullable: true })
  earliestStartOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conditions: WorkplaceCondition[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 16, default: OfferStatus.OPEN })
  status: OfferStatus;

  /** Set by a trigger to the writing transaction's id; see the migration. Never written by the application. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  changeXid: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
