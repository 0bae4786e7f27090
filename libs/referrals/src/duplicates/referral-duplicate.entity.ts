import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import { ReferralEntity } from '../referrals/referral.entity';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';
import { DuplicateMatch } from '../referral-enums';

/** An open referral or offer a referral was found to duplicate at submission; Center-only by policy. */
@ForeignKey(() => ReferralEntity, ['referralId'], ['id'], {
  name: 'fk_referral_duplicates_referral',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ReferralEntity, ['duplicateReferralId'], ['id'], {
  name: 'fk_referral_duplicates_duplicate_referral',
  onDelete: 'CASCADE',
})
@ForeignKey(() => SendingOfferEntity, ['duplicateSendingOfferId'], ['id'], {
  name: 'fk_referral_duplicates_sending_offer',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ReceivingOfferEntity, ['duplicateReceivingOfferId'], ['id'], {
  name: 'fk_referral_duplicates_receiving_offer',
  onDelete: 'CASCADE',
})
@Entity({ name: 'referral_duplicates' })
@Check('ck_referral_duplicates_matched_by', `"matched_by" IN ('CORPORATE_NUMBER', 'NAME_PREFECTURE')`)
@Check(
  'ck_referral_duplicates_one_target',
  `num_nonnulls("duplicate_referral_id", "duplicate_sending_offer_id", "duplicate_receiving_offer_id") = 1`,
)
@Index('ix_referral_duplicates_referral', ['referralId'])
export class ReferralDuplicateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_duplicates' })
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 16 })
  matchedBy: DuplicateMatch;

  @Column({ type: 'uuid', nullable: true })
  duplicateReferralId: string | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateSendingOfferId: string | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateReceivingOfferId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  foundAt: Date;
}
