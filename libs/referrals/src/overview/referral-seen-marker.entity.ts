import { UserEntity } from '@kakehashi/identity';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Until when a user has seen the status changes of the referrals they may read (the partner home's "since your last
 * visit"). Per user, holding nothing of any referral: outside row-level security, always read by the user's own id.
 */
@ForeignKey(() => UserEntity, ['userId'], ['id'], {
  name: 'fk_referral_seen_markers_user',
  onDelete: 'CASCADE',
})
@Entity({ name: 'referral_seen_markers' })
export class ReferralSeenMarkerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_referral_seen_markers' })
  userId: string;

  @Column({ type: 'timestamptz' })
  seenAt: Date;
}
