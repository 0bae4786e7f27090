import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export enum AssignmentScopeKind {
  OFFICE = 'OFFICE',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
}

export enum AssignmentTrigger {
  MANUAL = 'MANUAL',
  SCHEDULED = 'SCHEDULED',
}

export enum AssignmentRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

/** Where a run is; CANCELLED and FAILED runs keep the phase they stopped in. */
export enum AssignmentPhase {
  QUEUED = 'QUEUED',
  LOADING = 'LOADING',
  CANDIDATES = 'CANDIDATES',
  SOLVING = 'SOLVING',
  BOUNDING = 'BOUNDING',
  /** More candidates for the offers the bound says may do better elsewhere, then solve and bound again. */
  REFINING = 'REFINING',
  SAVING = 'SAVING',
  DONE = 'DONE',
}

/** One batch assignment: same scope and same input fingerprint is the same run (re-running adds nothing). */
@Entity({ name: 'assignment_runs' })
@Unique('uq_assignment_runs_input', ['scopeKind', 'scopeValue', 'inputFingerprint'])
@Check('ck_assignment_runs_scope_kind', `"scope_kind" IN ('OFFICE', 'REGION', 'COUNTRY')`)
@Check('ck_assignment_runs_trigger', `"trigger" IN ('MANUAL', 'SCHEDULED')`)
@Check('ck_assignment_runs_status', `"status" IN ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')`)
@Check('ck_assignment_runs_progress', `"progress" BETWEEN 0 AND 100`)
@Index('ix_assignment_runs_created', ['createdAt'])
export class AssignmentRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assignment_runs' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  scopeKind: AssignmentScopeKind;

  /** The office id, the region name (e.g. 近畿), or '' for the whole country. */
  @Column({ type: 'varchar', length: 64 })
  scopeValue: string;

  /** sha256 over the scope's open offers (id and last change), the settings and the dismissals. */
  @Column({ type: 'char', length: 64 })
  inputFingerprint: string;

  @Column({ type: 'varchar', length: 16 })
  trigger: AssignmentTrigger;

  @Column({ type: 'varchar', length: 16 })
  status: AssignmentRunStatus;

  @Column({ type: 'varchar', length: 32 })
  phase: AssignmentPhase;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelRequestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  sendingOfferCount: number | null;

  @Column({ type: 'integer', nullable: true })
  receivingOfferCount: number | null;

  @Column({ type: 'integer', nullable: true })
  candidatePairCount: number | null;

  @Column({ type: 'integer', nullable: true })
  peopleOffered: number | null;

  @Column({ type: 'integer', nullable: true })
  peopleAssigned: number | null;

  @Column({ type: 'double precision', nullable: true })
  totalScore: number | null;

  /** An upper bound on the best possible total (LP dual bound over every pair, not only the candidates). */
  @Column({ type: 'double precision', nullable: true })
  upperBound: number | null;

  /** (upperBound - totalScore) / upperBound. */
  @Column({ type: 'double precision', nullable: true })
  optimalityGap: number | null;

  @Column({ type: 'jsonb', nullable: true })
  settingsSnapshot: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /**
   * Bumped each time the run is queued (again): a job carries the version it was queued for, so a job left over from
   * an earlier queueing never works on the run. Runs are written with SQL that does not bump it otherwise.
   */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
