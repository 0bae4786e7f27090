import { CompanyEntity, OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
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
  OfferStatus,
  ShiftPattern,
  sqlInList,
  type OfferSkill,
  type WorkplaceCondition,
} from '../shared/offer-enums';

/** 受入情報: people a company wants, as a consultant learned on a visit. */
@Entity({ name: 'receiving_offers' })
@Check('ck_receiving_offers_move_types', `"accepts_secondment" OR "accepts_transfer"`)
@Check(
  'ck_receiving_offers_people',
  `"people_wanted" >= 1 AND "people_remaining" BETWEEN 0 AND "people_wanted"`,
)
@Check(
  'ck_receiving_offers_experience',
  `"min_experience_years" IS NULL OR "min_experience_years" BETWEEN 0 AND 60`,
)
@Check('ck_receiving_offers_period', `"period_months" IS NULL OR "period_months" BETWEEN 1 AND 36`)
@Check('ck_receiving_offers_wage', `"monthly_wage" IS NULL OR "monthly_wage" >= 0`)
@Check(
  'ck_receiving_offers_shift_pattern',
  `"shift_pattern" IS NULL OR "shift_pattern" IN (${sqlInList(ShiftPattern)})`,
)
@Check('ck_receiving_offers_status', `"status" IN (${sqlInList(OfferStatus)})`)
@Index('ix_receiving_offers_company', ['companyId'])
@Index('ix_receiving_offers_office_received', ['owningOfficeId', 'receivedOn'])
@Index('ix_receiving_offers_received', ['receivedOn', 'id'])
@Index('ix_receiving_offers_workplace_prefecture', ['workplacePrefectureCode'])
@Index('ix_receiving_offers_change_xid', ['changeXid'])
@Index('ix_receiving_offers_required_skill_keys', { synchronize: false })
export class ReceivingOfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_receiving_offers' })
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_receiving_offers_company' })
  company?: CompanyEntity;

  @Column({ type: 'uuid' })
  owningOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owning_office_id', foreignKeyConstraintName: 'fk_receiving_offers_owning_office' })
  owningOffice?: OfficeEntity;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'boolean' })
  acceptsSecondment: boolean;

  @Column({ type: 'boolean' })
  acceptsTransfer: boolean;

  @Column({ type: 'integer' })
  peopleWanted: number;

  /** Places not yet filled; the offer closes at 0. */
  @Column({ type: 'integer' })
  peopleRemaining: number;

  @Column({ type: 'char', length: 1 })
  occupationCode: string;

  @ManyToOne(() => OccupationMajorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_code', foreignKeyConstraintName: 'fk_receiving_offers_occupation' })
  occupation?: OccupationMajorGroupEntity;

  @Column({ type: 'varchar', length: 200 })
  jobTitle: string;

  @Column({ type: 'text', nullable: true })
  duties: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  requiredSkills: OfferSkill[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requiredSkillKeys: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  preferredSkills: OfferSkill[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  preferredSkillKeys: string[];

  @Column({ type: 'integer', nullable: true })
  minExperienceYears: number | null;

  /** Period offered, for a secondment (1..36 months). */
  @Column({ type: 'integer', nullable: true })
  periodMonths: number | null;

  @Column({ type: 'integer', nullable: true })
  monthlyWage: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  workingHours: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  shiftPattern: ShiftPattern | null;

  @Column({ type: 'char', length: 2 })
  workplacePrefectureCode: string;

  @ManyToOne(() => PrefectureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'workplace_prefecture_code',
    foreignKeyConstraintName: 'fk_receiving_offers_workplace_prefecture',
  })
  workplacePrefecture?: PrefectureEntity;

  @Column({ type: 'varchar', length: 100, nullable: true })
  workplaceCity: string | null;

  /** The date by which the receiver would like people to start, if it said. */
  @Column({ type: 'date', nullable: true })
  startBy: string | null;

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
