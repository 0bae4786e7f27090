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
import { UserEntity } from '../users/user.entity';

/**
 * A browser's cookie session. The cookie carries `<id>.<secret>`; the table keeps only the secret's SHA-256, so
 * reading it signs no one in. See SessionService for when a session counts.
 */
@Entity({ name: 'user_sessions' })
@Check('ck_user_sessions_idle_within_absolute', `"idle_expires_at" <= "absolute_expires_at"`)
@Index('ix_user_sessions_user', ['userId'])
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_sessions' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_sessions_user' })
  user?: UserEntity;

  /** SHA-256 of the cookie's secret (32 bytes). */
  @Column({ type: 'bytea' })
  secretHash: Buffer;

  /** The user's tokenVersion when the session was opened; a bump (deactivation, role, password) ends it. */
  @Column({ type: 'integer' })
  tokenVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The last request that moved the idle expiry (written at most once a minute). */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'timestamptz' })
  idleExpiresAt: Date;

  @Column({ type: 'timestamptz' })
  absoluteExpiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
