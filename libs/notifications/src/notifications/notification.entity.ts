import { UserEntity } from '@kakehashi/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** One in-app notification for one user; written by NotifyUsersService, read and marked read by its owner only. */
@Entity({ name: 'notifications' })
@Unique('uq_notifications_user_dedupe', ['userId', 'dedupeKey'])
// (user_id, created_at DESC, id DESC), and the same WHERE read_at IS NULL: declared in the migration, TypeORM cannot
// express descending columns or partial indexes.
@Index('ix_notifications_user_created', { synchronize: false })
@Index('ix_notifications_user_unread', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: UserEntity;

  /** Free text so each module adds its own kinds, e.g. CASE_FOLLOW_UP_DUE. */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** What the notification is about (e.g. CASE) and its id, for the client to link to. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  subjectType: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  /** Unique per user: delivering the same notification again (a retried job) creates nothing. */
  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
