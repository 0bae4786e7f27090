import { UserEntity } from '@kakehashi/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AccessAction, AccessOutcome, sqlInList } from '../talent-bank-enums';

/**
 * 個人データのアクセス記録: every read and export of a registrant's personal data, and every refused attempt. Append-only
 * (a trigger refuses UPDATE and DELETE) and never holding the personal data itself: field NAMES, never values; no
 * search text (a name typed into a search is personal data). The registrant id has no foreign key: a refused attempt
 * may name an id that does not exist, and the record of it must still be kept.
 */
@Entity({ name: 'talent_bank_access_log' })
@Check('ck_talent_bank_access_log_action', `"action" IN (${sqlInList(AccessAction)})`)
@Check('ck_talent_bank_access_log_outcome', `"outcome" IN (${sqlInList(AccessOutcome)})`)
@Check('ck_talent_bank_access_log_denial', `("outcome" = 'DENIED') = ("denial_reason" IS NOT NULL)`)
@Index('ix_talent_bank_access_log_registrant', ['registrantId', 'id'])
@Index('ix_talent_bank_access_log_actor', ['actorUserId', 'id'])
@Index('ix_talent_bank_access_log_occurred', ['occurredAt'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_talent_bank_access_log',
  })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'fk_talent_bank_access_log_actor' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'uuid', nullable: true })
  actorOfficeId: string | null;

  @Column({ type: 'varchar', length: 16 })
  action: AccessAction;

  /** The GraphQL operation, e.g. Query.talentBankRegistrant. */
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  @Column({ type: 'uuid', nullable: true })
  registrantId: string | null;

  /** Names of the personal-data fields read or exported (e.g. name, phone, career). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'varchar', length: 16 })
  outcome: AccessOutcome;

  @Column({ type: 'varchar', length: 64, nullable: true })
  denialReason: string | null;

  /** Where the request came from (the client address Express reports, see TRUST_PROXY). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;
}
