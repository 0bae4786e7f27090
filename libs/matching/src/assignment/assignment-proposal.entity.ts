import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AssignmentRunEntity } from './assignment-run.entity';

/** People of one sending offer proposed for one receiving offer by a run. */
@Entity({ name: 'assignment_proposals' })
@Unique('uq_assignment_proposals_pair', ['runId', 'sendingOfferId', 'receivingOfferId'])
@Check('ck_assignment_proposals_people', `"people" >= 1`)
// (run_id, score DESC, id), declared in the migration: TypeORM cannot express the descending column.
@Index('ix_assignment_proposals_run_score', { synchronize: false })
@Index('ix_assignment_proposals_sending_offer', ['sendingOfferId'])
@Index('ix_assignment_proposals_receiving_offer', ['receivingOfferId'])
export class AssignmentProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assignment_proposals' })
  id: string;

  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => AssignmentRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_assignment_proposals_run' })
  run?: AssignmentRunEntity;

  @Column({ type: 'uuid' })
  sendingOfferId: string;

  @ManyToOne(() => SendingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sending_offer_id', foreignKeyConstraintName: 'fk_assignment_proposals_sending_offer' })
  sendingOffer?: SendingOfferEntity;

  @Column({ type: 'uuid' })
  receivingOfferId: string;

  @ManyToOne(() => ReceivingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'receiving_offer_id',
    foreignKeyConstraintName: 'fk_assignment_proposals_receiving_offer',
  })
  receivingOffer?: ReceivingOfferEntity;

  @Column({ type: 'integer' })
  people: number;

  @Column({ type: 'double precision' })
  score: number;
}
