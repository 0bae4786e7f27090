import { UserEntity } from '@kakehashi/identity';
import { ReferralEntity } from './referral.entity';
import { Role } from '@kakehashi/authz';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';
import { ReferralAction, ReferralStatus } from '../referral-enums';

/** One transition or edit of a referral; append-only (a trigger refuses UPDATE and DELETE). */
@ForeignKey(() => ReferralEntity, ['referralId'], ['id'], {
  name: 'fk_referral_events_referral',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => UserEntity, ['actorUserId'], ['id'], {
  name: 'fk_referral_events_actor',
  onDelete: 'RESTRICT',
})
@Entity({ name: 'referral_events' })
@Index('ix_referral_events_referral', ['referralId', 'occurredAt'])
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_events' })
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  /** Copied from the referral, for the row-level security policy. */
  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Column({ type: 'varchar', length: 32 })
  action: ReferralAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: ReferralStatus;

  /** null: done by the system (auto-forward, an import job). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: Role | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
