-- Jobs that have started and not yet ended (libs/shared/jobs/src/recovery). The process running a job renews its lease
-- every few seconds; a recovery sweep (each worker, and the API running jobs in-process, at start and periodically)
-- finds the jobs whose queue no longer knows them (Redis lost its data, the in-process runner restarted) once their
-- lease has expired, and queues them again, or has their owner mark them FAILED. A job BullMQ failed after its worker
-- died during it too often is handed to its owner the same way, so no job's row stays RUNNING for good.
CREATE TABLE "job_leases" (
  "queue"            varchar(64)  NOT NULL,
  "job_id"           varchar(200) NOT NULL,
  "name"             varchar(100) NOT NULL,
  "data"             jsonb        NOT NULL,
  "attempt"          integer      NOT NULL,
  "max_attempts"     integer      NOT NULL,
  "recoveries"       integer      NOT NULL DEFAULT 0,
  "lease_expires_at" timestamptz  NOT NULL,
  "created_at"       timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT "pk_job_leases" PRIMARY KEY ("queue", "job_id"),
  CONSTRAINT "ck_job_leases_attempts" CHECK ("attempt" >= 1 AND "max_attempts" >= 1 AND "recoveries" >= 0)
);

CREATE INDEX "ix_job_leases_lease_expires_at" ON "job_leases" ("lease_expires_at");

-- Rows left RUNNING before this migration, by a job whose worker died twice or that Redis lost, hold no lease and
-- would stay RUNNING for good: each gets an expired lease under a new job id, so the first sweep queues its job again
-- (the jobs take a RUNNING row over: the import writes its referrals in one transaction, the run starts over). The
-- queue and job names and the job data are those of libs/shared/jobs/src/queue-names.ts, ReferralImportJobData and
-- RunAssignmentJobData; the attempts those of IMPORT_JOB_ATTEMPTS and RUN_ASSIGNMENT_ATTEMPTS.
INSERT INTO "job_leases" ("queue", "job_id", "name", "data", "attempt", "max_attempts", "lease_expires_at")
SELECT 'referrals', "id" || '-recovered', 'referrals.import',
       jsonb_build_object('importId', "id", 'institutionId', "institution_id"), 1, 3, now()
  FROM "referral_imports"
 WHERE "status" = 'RUNNING';

INSERT INTO "job_leases" ("queue", "job_id", "name", "data", "attempt", "max_attempts", "lease_expires_at")
SELECT 'matching', "id" || '-v' || "version" || '-recovered', 'matching.run-assignment',
       jsonb_build_object('runId', "id", 'version', "version"), 1, 3, now()
  FROM "assignment_runs"
 WHERE "status" = 'RUNNING';
