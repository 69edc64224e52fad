-- One job system (lib/jobs, docs/decisions/013-one-job-system.md): the table every background job
-- lives in, now in the migrations instead of created at start-up.

-- CreateTable
CREATE TABLE "Job" (
    "id" BIGSERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "state" TEXT NOT NULL DEFAULT 'created',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 4,
    "runAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job"("dedupeKey");

-- CreateIndex
CREATE INDEX "Job_state_runAfter_idx" ON "Job"("state", "runAfter");

-- CreateIndex
CREATE INDEX "Job_name_state_idx" ON "Job"("name", "state");


ALTER TABLE "Job" ADD CONSTRAINT "Job_state_check" CHECK ("state" IN ('created', 'active', 'completed', 'failed'));

-- Installations that ran the export queue before have its table, created at start-up outside the
-- migrations (nianbao_jobs.job, lib/pdf/jobs.ts). Its rows move here (waiting, running, finished
-- and failed exports keep their state and attempts), then the old schema goes. Columns added to it
-- on first use by later versions are added first, so a table of any age can be read.
DO $$
BEGIN
  IF to_regclass('nianbao_jobs.job') IS NOT NULL THEN
    ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS format text NOT NULL DEFAULT 'pdf';
    ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS locked_by text;
    ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS lease_until timestamptz;
    INSERT INTO "Job" ("name", "dedupeKey", "payload", "state", "attempts", "maxAttempts", "runAfter", "lockedBy",
                       "leaseUntil", "startedAt", "finishedAt", "lastError", "createdAt", "updatedAt")
    SELECT CASE WHEN data->>'document' = 'partner-report' THEN 'export.partner-pdf' ELSE 'export.edition' END,
           key,
           CASE WHEN data->>'document' = 'partner-report' THEN data ELSE data || jsonb_build_object('format', format) END,
           state, attempts, max_attempts, run_after, locked_by, lease_until, started_at, finished_at, last_error,
           created_at, updated_at
      FROM nianbao_jobs.job
     WHERE queue = 'report-pdf' AND state IN ('created', 'active', 'completed', 'failed')
    ON CONFLICT ("dedupeKey") DO NOTHING;
    DROP SCHEMA nianbao_jobs CASCADE;
  END IF;
END $$;
