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
