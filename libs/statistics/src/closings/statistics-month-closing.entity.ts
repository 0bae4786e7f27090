import { UserEntity } from '@kakehashi/identity';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A month headquarters closed: its figures are final. figures: the national figures at closing. */
@Entity({ name: 'statistics_month_closings' })
@Check('ck_statistics_month_closings_first_day', `EXTRACT(DAY FROM "year_month") = 1`)
export class StatisticsMonthClosingEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_month_closings' })
  yearMonth: string;

  @Column({ type: 'uuid' })
  closedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'closed_by_user_id',
    foreignKeyConstraintName: 'fk_statistics_month_closings_closed_by',
  })
  closedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  closedAt: Date;

  @Column({ type: 'jsonb' })
  figures: Record<string, unknown>;
}
