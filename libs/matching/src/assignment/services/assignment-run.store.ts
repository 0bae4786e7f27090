// Every write to assignment_runs and assignment_proposals, as single SQL statements guarded by the run's status and
// version: a cancellation, a requeue and a job (or a retry of it) can interleave in any order and the run still ends
// in exactly one state.
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource, type Repository } from 'typeorm';
import type { AssignmentSettingsSnapshot } from '../assignment-algorithm';
import {
  AssignmentPhase,
  AssignmentRunEntity,
  AssignmentRunStatus,
  type AssignmentScopeKind,
  type AssignmentTrigger,
} from '../assignment-run.entity';

export interface NewRun {
  scopeKind: AssignmentScopeKind;
  scopeValue: string;
  inputFingerprint: string;
  trigger: AssignmentTrigger;
  requestedByUserId: string | null;
  settingsSnapshot: AssignmentSettingsSnapshot;
}

/** A run as a job works on it: the version it was queued with guards every write. */
export interface RunRef {
  id: string;
  version: number;
}

export interface RunFigures {
  sendingOfferCount: number;
  receivingOfferCount: number;
  candidatePairCount: number;
  peopleOffered: number;
  peopleAssigned: number;
  totalScore: number;
  upperBound: number;
  optimalityGap: number;
  settingsSnapshot: Record<string, unknown>;
}

export interface ProposalRow {
  sendingOfferId: string;
  receivingOfferId: string;
  people: number;
  score: number;
}

/** What a job learns when it reports progress or tries to finish. */
export type RunState = 'RUNNING' | 'CANCEL_REQUESTED' | 'GONE';

const INSERT_BATCH = 5000;

// UPDATE … RETURNING statements are wrapped in `WITH changed AS (…) SELECT * FROM changed`: TypeORM's query()
// answers an UPDATE with [rows, affected] but a SELECT with the rows, which is what the callers read.

/** Columns cleared whenever a run is (re)started or requeued. */
const CLEARED_RESULTS = `"sending_offer_count" = NULL, "receiving_offer_count" = NULL, "candidate_pair_count" = NULL,
  "people_offered" = NULL, "people_assigned" = NULL, "total_score" = NULL, "upper_bound" = NULL,
  "optimality_gap" = NULL, "error" = NULL, "finished_at" = NULL`;

@Injectable()
export class AssignmentRunStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AssignmentRunEntity) private readonly runs: Repository<AssignmentRunEntity>,
  ) {}

  async findById(id: string): Promise<AssignmentRunEntity | null> {
    return isUUID(id) ? this.runs.findOneBy({ id }) : null;
  }

  /** Inserts a QUEUED run unless one with the same scope and input exists; null when it does. */
  async insertQueued(run: NewRun): Promise<AssignmentRunEntity | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO "assignment_runs" ("scope_kind", "scope_value", "input_fingerprint", "trigger", "status", "phase",
         "progress", "requested_by_user_id", "settings_snapshot", "version")
       VALUES ($1, $2, $3, $4, 'QUEUED', 'QUEUED', 0, $5, $6, 1)
       ON CONFLICT ON CONSTRAINT "uq_assignment_runs_input" DO NOTHING
       RETURNING "id"`,
      [
        run.scopeKind,
        run.scopeValue,
        run.inputFingerprint,
        run.trigger,
        run.requestedByUserId,
        JSON.stringify(run.settingsSnapshot),
      ],
    );
    return rows[0] ? this.runs.findOneByOrFail({ id: rows[0].id }) : null;
  }

  async findByInput(scopeKind: AssignmentScopeKind, scopeValue: string, fingerprint: string) {
    return this.runs.findOneBy({ scopeKind, scopeValue, inputFingerprint: fingerprint });
  }

  /** Runs of a scope still queued or running, newest first (whatever their input). */
  async findActive(scopeKind: AssignmentScopeKind, scopeValue: string): Promise<AssignmentRunEntity[]> {
    return this.runs.find({
      where: { scopeKind, scopeValue, status: In([AssignmentRunStatus.QUEUED, AssignmentRunStatus.RUNNING]) },
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * Queues a run again under a new version (a new job id), if it is still in one of `from` at `version`. Returns the
   * run as queued, or null when someone else changed it first.
   */
  async requeue(
    run: RunRef,
    from: readonly AssignmentRunStatus[],
    by: {
      trigger: AssignmentTrigger;
      requestedByUserId: string | null;
      settingsSnapshot: AssignmentSettingsSnapshot;
    },
  ): Promise<AssignmentRunEntity | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH changed AS (
UPDATE "assignment_runs"
          SET "status" = 'QUEUED', "phase" = 'QUEUED', "progress" = 0, "cancel_requested_at" = NULL,
              "started_at" = NULL, ${CLEARED_RESULTS}, "trigger" = $4, "requested_by_user_id" = $5,
              "settings_snapshot" = $6, "version" = "version" + 1, "updated_at" = now()
        WHERE "id" = $1 AND "version" = $2 AND "status" = ANY($3::text[])
        RETURNING "id"
       )
       SELECT * FROM changed`,
      [run.id, run.version, from, by.trigger, by.requestedByUserId, JSON.stringify(by.settingsSnapshot)],
    );
    return rows.length ? this.runs.findOneByOrFail({ id: run.id }) : null;
  }

  /**
   * A job takes its run: RUNNING from the start (a retry or a job whose worker died starts over), with its old
   * proposals, if any, removed. Null when the run is no longer this job's (requeued, cancelled, finished).
   */
  async claim(run: RunRef): Promise<AssignmentRunEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `WITH changed AS (
UPDATE "assignment_runs"
            SET "status" = 'RUNNING', "phase" = 'LOADING', "progress" = 0, "started_at" = now(),
                ${CLEARED_RESULTS}, "updated_at" = now()
          WHERE "id" = $1 AND "version" = $2 AND "status" IN ('QUEUED', 'RUNNING')
            AND "cancel_requested_at" IS NULL
          RETURNING "id"
       )
       SELECT * FROM changed`,
        [run.id, run.version],
      );
      if (!rows.length) return null;
      await manager.query(`DELETE FROM "assignment_proposals" WHERE "run_id" = $1`, [run.id]);
      return manager.getRepository(AssignmentRunEntity).findOneByOrFail({ id: run.id });
    });
  }

  /** Stores the phase and progress (never lowering it) and says whether the job should go on. */
  async reportProgress(run: RunRef, phase: AssignmentPhase, progress: number): Promise<RunState> {
    const rows = await this.dataSource.query<{ cancel_requested: boolean }[]>(
      `WITH changed AS (
UPDATE "assignment_runs"
          SET "phase" = $3, "progress" = GREATEST("progress", $4), "updated_at" = now()
        WHERE "id" = $1 AND "version" = $2 AND "status" = 'RUNNING'
        RETURNING ("cancel_requested_at" IS NOT NULL) AS "cancel_requested"
       )
       SELECT * FROM changed`,
      [run.id, run.version, phase, Math.max(0, Math.min(100, Math.round(progress)))],
    );
    if (!rows.length) return 'GONE';
    return rows[0].cancel_requested ? 'CANCEL_REQUESTED' : 'RUNNING';
  }

  /**
   * Stores the proposals and the figures and marks the run COMPLETED, in one transaction holding the run's row: a
   * cancellation either came first (nothing is stored) or waits and finds the run completed.
   */
  async complete(
    run: RunRef,
    proposals: readonly ProposalRow[],
    figures: RunFigures,
    onBatch?: (saved: number) => Promise<void>,
  ): Promise<RunState> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.query<{ status: string; cancel_requested: boolean }[]>(
        `SELECT "status", ("cancel_requested_at" IS NOT NULL) AS "cancel_requested" FROM "assignment_runs"
          WHERE "id" = $1 AND "version" = $2 FOR UPDATE`,
        [run.id, run.version],
      );
      if (!locked.length || locked[0].status !== AssignmentRunStatus.RUNNING) return 'GONE';
      if (locked[0].cancel_requested) return 'CANCEL_REQUESTED';
      await manager.query(`DELETE FROM "assignment_proposals" WHERE "run_id" = $1`, [run.id]);
      for (let start = 0; start < proposals.length; start += INSERT_BATCH) {
        const batch = proposals.slice(start, start + INSERT_BATCH);
        // The pair is unique per run: a proposal stored twice (it cannot be, but a retry must never duplicate) is
        // skipped.
        await manager.query(
          `INSERT INTO "assignment_proposals" ("run_id", "sending_offer_id", "receiving_offer_id", "people", "score")
           SELECT $1, p.s, p.r, p.n, p.score
             FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::float8[]) AS p(s, r, n, score)
           ON CONFLICT ON CONSTRAINT "uq_assignment_proposals_pair" DO NOTHING`,
          [
            run.id,
            batch.map((p) => p.sendingOfferId),
            batch.map((p) => p.receivingOfferId),
            batch.map((p) => p.people),
            batch.map((p) => p.score),
          ],
        );
        await onBatch?.(start + batch.length);
      }
      await manager.query(
        `UPDATE "assignment_runs"
            SET "status" = 'COMPLETED', "phase" = 'DONE', "progress" = 100, "finished_at" = now(),
                "sending_offer_count" = $2, "receiving_offer_count" = $3, "candidate_pair_count" = $4,
                "people_offered" = $5, "people_assigned" = $6, "total_score" = $7, "upper_bound" = $8,
                "optimality_gap" = $9, "settings_snapshot" = $10, "error" = NULL, "updated_at" = now()
          WHERE "id" = $1`,
        [
          run.id,
          figures.sendingOfferCount,
          figures.receivingOfferCount,
          figures.candidatePairCount,
          figures.peopleOffered,
          figures.peopleAssigned,
          figures.totalScore,
          figures.upperBound,
          figures.optimalityGap,
          JSON.stringify(figures.settingsSnapshot),
        ],
      );
      return 'RUNNING';
    });
  }

  /** Ends a run whose cancellation was asked for (or that was queued when cancelled); no proposals stay. */
  async markCancelled(run: RunRef): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `WITH changed AS (
UPDATE "assignment_runs"
            SET "status" = 'CANCELLED', "cancel_requested_at" = coalesce("cancel_requested_at", now()),
                "finished_at" = now(), "updated_at" = now()
          WHERE "id" = $1 AND "version" = $2 AND "status" IN ('QUEUED', 'RUNNING')
          RETURNING "id"
       )
       SELECT * FROM changed`,
        [run.id, run.version],
      );
      if (rows.length)
        await manager.query(`DELETE FROM "assignment_proposals" WHERE "run_id" = $1`, [run.id]);
      return rows.length > 0;
    });
  }

  /** The job failed for good (its last attempt, or its worker died during it too often): FAILED with the reason (a retry, or starting the run again, queues it anew). */
  async markFailed(run: RunRef, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "assignment_runs"
          SET "status" = 'FAILED', "error" = $3, "finished_at" = now(), "updated_at" = now()
        WHERE "id" = $1 AND "version" = $2 AND "status" IN ('QUEUED', 'RUNNING')`,
      [run.id, run.version, error.slice(0, 4000)],
    );
  }

  /** An attempt failed and will be retried: the run stays RUNNING, showing why it is starting over. */
  async noteRetry(run: RunRef, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "assignment_runs" SET "error" = $3, "updated_at" = now()
        WHERE "id" = $1 AND "version" = $2 AND "status" = 'RUNNING'`,
      [run.id, run.version, error.slice(0, 4000)],
    );
  }

  /**
   * Asks a run to stop: a QUEUED one is CANCELLED at once, a RUNNING one is flagged and its job ends it CANCELLED at
   * its next check. Returns the run after, or null when it is in neither state.
   */
  async requestCancel(id: string): Promise<AssignmentRunEntity | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH changed AS (
UPDATE "assignment_runs"
          SET "status" = CASE WHEN "status" = 'QUEUED' THEN 'CANCELLED' ELSE "status" END,
              "finished_at" = CASE WHEN "status" = 'QUEUED' THEN now() ELSE "finished_at" END,
              "cancel_requested_at" = coalesce("cancel_requested_at", now()), "updated_at" = now()
        WHERE "id" = $1 AND "status" IN ('QUEUED', 'RUNNING')
        RETURNING "id"
       )
       SELECT * FROM changed`,
      [id],
    );
    return rows.length ? this.runs.findOneByOrFail({ id }) : null;
  }
}
