import { UserEntity } from '@kakehashi/identity';
import { ReceivingOfferEntity } from '@kakehashi/offers';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PhysicalDemand, sqlInList, WorkingStyle } from '../talent-bank-enums';
import { decimalTransformer } from '../registrants/registrant.entity';

/**
 * A receiving offer marked open to people aged 60 and over (シニア歓迎の求人), with what matters to them: working style
 * and hours, physical demands and the wage range. Owned by the talent bank, so the offers module stays unchanged; a
 * senior-specific opening is a receiving offer recorded as usual and marked here.
 */
@Entity({ name: 'senior_openings' })
@Check('ck_senior_openings_working_style', `"working_style" IN (${sqlInList(WorkingStyle)})`)
@Check('ck_senior_openings_physical_demand', `"physical_demand" IN (${sqlInList(PhysicalDemand)})`)
@Check('ck_senior_openings_days', `"days_per_week" IS NULL OR "days_per_week" BETWEEN 1 AND 7`)
@Check('ck_senior_openings_hours', `"hours_per_day" IS NULL OR "hours_per_day" BETWEEN 1 AND 24`)
@Check(
  'ck_senior_openings_wage',
  `("wage_min" IS NULL OR "wage_min" >= 0) AND ("wage_max" IS NULL OR "wage_max" >= 0) AND ("wage_min" IS NULL OR "wage_max" IS NULL OR "wage_min" <= "wage_max")`,
)
export class SeniorOpeningEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_senior_openings' })
  receivingOfferId: string;

  @ManyToOne(() => ReceivingOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_offer_id', foreignKeyConstraintName: 'fk_senior_openings_receiving_offer' })
  receivingOffer?: ReceivingOfferEntity;

  @Column({ type: 'varchar', length: 16 })
  workingStyle: WorkingStyle;

  @Column({ type: 'integer', nullable: true })
  daysPerWeek: number | null;

  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: decimalTransformer })
  hoursPerDay: number | null;

  @Column({ type: 'varchar', length: 16 })
  physicalDemand: PhysicalDemand;

  /** Monthly wage range in yen. */
  @Column({ type: 'integer', nullable: true })
  wageMin: number | null;

  @Column({ type: 'integer', nullable: true })
  wageMax: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  updatedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'fk_senior_openings_updated_by' })
  updatedBy?: UserEntity;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
