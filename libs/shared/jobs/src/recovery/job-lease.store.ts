// The job_leases table (prisma/migrations/20261206000000_job_leases): one row per job that has started and not yet
// ended, so a job whose process died or whose queue forgot it (Redis data loss, an in-process runner restarted) is
// still known and can be resumed or failed. Plain SQL without an entity: @kakehashi/jobs owns no TypeORM module, and
// a process without a database (a unit test of the queue) simply keeps no leases.
import type { DataSource } from 'typeorm';

/** A started job as its lease records it, enough to queue it again. */
export interface JobLease {
  queue: string;
  jobId: string;
  name: string;
  data: unknown;
  attempt: number;
  maxAttempts: number;
  /** How many times a sweep has queued it again after its queue lost it. */
  recoveries: number;
  /** No process has renewed it within its lease: whoever ran it is gone. */
  expired: boolean;
}

/** How many leases one sweep looks at (running jobs are few; the rest waits for the next sweep). */
const SWEEP_BATCH = 100;

export class JobLeaseStore {
  constructor(private readonly dataSource: DataSource) {}

  /** An attempt starts: the job is leased to this process for `leaseMs` (kept across its attempts). */
  async take(lease: Omit<JobLease, 'recoveries' | 'expired'>, leaseMs: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "job_leases" ("queue", "job_id", "name", "data", "attempt", "max_attempts", "lease_expires_at")
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, now() + $7 * interval '1 millisecond')
       ON CONFLICT ("queue", "job_id") DO UPDATE
         SET "name" = EXCLUDED."name", "data" = EXCLUDED."data", "attempt" = EXCLUDED."attempt",
             "max_attempts" = EXCLUDED."max_attempts", "lease_expires_at" = EXCLUDED."lease_expires_at"`,
      [
        lease.queue,
        lease.jobId,
        lease.name,
        JSON.stringify(lease.data ?? null),
        lease.attempt,
        lease.maxAttempts,
        leaseMs,
      ],
    );
  }

  async renew(queue: string, jobId: string, leaseMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE "job_leases" SET "lease_expires_at" = now() + $3 * interval '1 millisecond'
        WHERE "queue" = $1 AND "job_id" = $2`,
      [queue, jobId, leaseMs],
    );
  }

  /** The job has ended (completed, or failed for good and its owner told). */
  async release(queue: string, jobId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM "job_leases" WHERE "queue" = $1 AND "job_id" = $2`, [
      queue,
      jobId,
    ]);
  }

  /** The leases to check, least recently renewed first. */
  async list(): Promise<JobLease[]> {
    return this.dataSource.query<JobLease[]>(
      `SELECT "queue", "job_id" AS "jobId", "name", "data", "attempt", "max_attempts" AS "maxAttempts",
              "recoveries", ("lease_expires_at" < now()) AS "expired"
         FROM "job_leases" ORDER BY "lease_expires_at" LIMIT ${SWEEP_BATCH}`,
    );
  }

  /**
   * Takes over an expired lease for a recovery (counted), so that of several processes sweeping at once only one
   * acts on it. False when another process renewed or took it first.
   */
  async takeOver(queue: string, jobId: string, leaseMs: number): Promise<boolean> {
    const rows = await this.dataSource.query<{ jobId: string }[]>(
      `WITH "taken" AS (
         UPDATE "job_leases"
            SET "lease_expires_at" = now() + $3 * interval '1 millisecond', "recoveries" = "recoveries" + 1
          WHERE "queue" = $1 AND "job_id" = $2 AND "lease_expires_at" < now()
          RETURNING "job_id" AS "jobId"
       )
       SELECT * FROM "taken"`,
      [queue, jobId, leaseMs],
    );
    return rows.length > 0;
  }
}
