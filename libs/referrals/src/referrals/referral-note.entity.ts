import { UserEntity } from '@kakehashi/identity';
import { ReferralEntity } from './referral.entity';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

/** The Center's internal note on a referral; the row-level security policy hides every note from partners. */
@ForeignKey(() => ReferralEntity, ['referralId'], ['id'], {
  name: 'fk_referral_notes_referral',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => UserEntity, ['authorUserId'], ['id'], {
  name: 'fk_referral_notes_author',
  onDelete: 'RESTRICT',
})
@Entity({ name: 'referral_notes' })
@Index('ix_referral_notes_referral', ['referralId', 'createdAt'])
export class ReferralNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_notes' })
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
