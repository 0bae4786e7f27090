import { UserEntity } from '@kakehashi/identity';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The administrator's follow-up defaults; one row (id 1), created by the migration. */
@Entity({ name: 'case_follow_up_settings' })
@Check('ck_case_follow_up_settings_singleton', `"id" = 1`)
@Check(
  'ck_case_follow_up_settings_months',
  `"first_after_months" BETWEEN 0 AND 24 AND "interval_months" BETWEEN 1 AND 24 AND "before_end_months" BETWEEN 0 AND 12 AND "transfer_horizon_months" BETWEEN 0 AND 60`,
)
export class FollowUpSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_case_follow_up_settings' })
  id: number;

  /** The first follow-up, this many months after the start (default 1). */
  @Column({ type: 'integer' })
  firstAfterMonths: number;

  /** Then one every this many months (default 3). */
  @Column({ type: 'integer' })
  intervalMonths: number;

  /** And one this many months before the contract's end date (default 1; 0 for none). */
  @Column({ type: 'integer' })
  beforeEndMonths: number;

  /** A transfer has no end date: follow-ups stop this many months after the hire (default 12). */
  @Column({ type: 'integer' })
  transferHorizonMonths: number;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_user_id',
    foreignKeyConstraintName: 'fk_case_follow_up_settings_updated_by',
  })
  updatedBy?: UserEntity;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
