-- One workflow table (docs/decisions/006-one-record-table.md). The workflow columns that every
-- kind's table repeated move into "Record"; each kind's table keeps its own fields and shares
-- the record's id. Existing rows are carried over here, in SQL: nothing is lost.

CREATE TABLE "Record" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "topic" TEXT,
    "pending" JSONB,
    "revisionStatus" "RecordStatus",
    "returnReason" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    CONSTRAINT "Record_pkey" PRIMARY KEY ("id")
);

-- Table name → kind (the Prisma model name, as AuditLog.entityType already spells it).
CREATE TEMPORARY TABLE record_kind_tables (tbl text PRIMARY KEY, kind text NOT NULL);
INSERT INTO record_kind_tables VALUES
  ('Honour', 'honour'), ('CompetitionAward', 'competitionAward'), ('HostedCompetition', 'hostedCompetition'),
  ('Course', 'course'), ('Textbook', 'textbook'), ('CertificatePilot', 'certificatePilot'), ('Major', 'major'),
  ('EmploymentStat', 'employmentStat'), ('FundingItem', 'fundingItem'), ('ResearchProject', 'researchProject'),
  ('TeachingAchievementAward', 'teachingAchievementAward'), ('LubanWorkshop', 'lubanWorkshop'),
  ('LubanActivity', 'lubanActivity'), ('SocialTraining', 'socialTraining'), ('Case', 'case'), ('Figure', 'figure'),
  ('Indicator', 'indicator');

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tbl, kind FROM record_kind_tables LOOP
    EXECUTE format($f$
      INSERT INTO "Record" ("id", "kind", "year", "departmentId", "status", "version", "highlight", "sortOrder", "topic",
        "pending", "revisionStatus", "returnReason", "authorId", "createdAt", "updatedAt")
      SELECT "id", %L, "year", "departmentId", "status", "version", "highlight", "sortOrder", "topic",
        "pending", "revisionStatus", "returnReason", "authorId", "createdAt", "updatedAt" FROM %I$f$, r.kind, r.tbl);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I, DROP CONSTRAINT %I, DROP CONSTRAINT %I',
      r.tbl, r.tbl || '_year_fkey', r.tbl || '_departmentId_fkey', r.tbl || '_authorId_fkey');
    EXECUTE format('DROP INDEX %I, %I', r.tbl || '_year_status_idx', r.tbl || '_departmentId_status_idx');
    -- Dropping "version" drops its CHECK (<table>_version_positive) too; the rule moves to "Record".
    EXECUTE format('ALTER TABLE %I DROP COLUMN "authorId", DROP COLUMN "createdAt", DROP COLUMN "departmentId",
      DROP COLUMN "highlight", DROP COLUMN "pending", DROP COLUMN "returnReason", DROP COLUMN "revisionStatus",
      DROP COLUMN "sortOrder", DROP COLUMN "status", DROP COLUMN "topic", DROP COLUMN "updatedAt", DROP COLUMN "version"', r.tbl);
    IF r.tbl <> 'Indicator' THEN
      EXECUTE format('ALTER TABLE %I DROP COLUMN "year"', r.tbl);
      EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY ("id") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE',
        r.tbl, r.tbl || '_id_fkey');
    END IF;
  END LOOP;
END $$;

DROP TABLE record_kind_tables;

CREATE INDEX "Record_year_status_idx" ON "Record"("year", "status");
CREATE INDEX "Record_departmentId_status_idx" ON "Record"("departmentId", "status");
CREATE INDEX "Record_kind_year_status_idx" ON "Record"("kind", "year", "status");
CREATE UNIQUE INDEX "Record_id_year_key" ON "Record"("id", "year");
ALTER TABLE "Record" ADD CONSTRAINT "Record_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Record" ADD CONSTRAINT "Record_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Record" ADD CONSTRAINT "Record_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An indicator key is unique per year, so the indicator keeps a copy of its record's year, held
-- in step by a composite foreign key (a year change on the record cascades here).
CREATE UNIQUE INDEX "Indicator_id_year_key" ON "Indicator"("id", "year");
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_id_year_fkey" FOREIGN KEY ("id", "year") REFERENCES "Record"("id", "year") ON DELETE CASCADE ON UPDATE CASCADE;

-- The workflow's invariants, once, for every kind.
ALTER TABLE "Record" ADD CONSTRAINT "Record_kind_known" CHECK ("kind" IN ('honour', 'competitionAward', 'hostedCompetition',
  'course', 'textbook', 'certificatePilot', 'major', 'employmentStat', 'fundingItem', 'researchProject',
  'teachingAchievementAward', 'lubanWorkshop', 'lubanActivity', 'socialTraining', 'case', 'figure', 'indicator'));
ALTER TABLE "Record" ADD CONSTRAINT "Record_version_positive" CHECK ("version" >= 1);
-- A return reason only on a returned record or a returned revision.
ALTER TABLE "Record" ADD CONSTRAINT "Record_return_reason_only_when_returned"
  CHECK ("returnReason" IS NULL OR "status" = 'RETURNED' OR "revisionStatus" IS NOT DISTINCT FROM 'RETURNED');
-- A revision only of an approved record, never itself "approved" (approving applies it), and
-- its status and its values come and go together.
ALTER TABLE "Record" ADD CONSTRAINT "Record_revision_only_when_approved"
  CHECK ("revisionStatus" IS NULL OR ("status" = 'APPROVED' AND "revisionStatus" <> 'APPROVED'));
ALTER TABLE "Record" ADD CONSTRAINT "Record_pending_with_revision_status"
  CHECK (("pending" IS NULL) = ("revisionStatus" IS NULL));
-- A case is always placed under a report topic.
ALTER TABLE "Record" ADD CONSTRAINT "Record_case_has_topic" CHECK ("kind" <> 'case' OR "topic" IS NOT NULL);

-- Evidence now points at its record with a real foreign key.
ALTER TABLE "FileAttachment" ADD COLUMN "recordId" TEXT;
UPDATE "FileAttachment" a SET "recordId" = a."entityId" FROM "Record" r WHERE r."id" = a."entityId";
-- An attachment whose record no longer exists pointed at nothing readable; it cannot be kept.
DELETE FROM "FileAttachment" WHERE "recordId" IS NULL;
DROP INDEX "FileAttachment_entityType_entityId_idx";
DROP INDEX "FileAttachment_fileId_entityType_entityId_key";
ALTER TABLE "FileAttachment" DROP COLUMN "entityType", DROP COLUMN "entityId", ALTER COLUMN "recordId" SET NOT NULL;
CREATE INDEX "FileAttachment_recordId_idx" ON "FileAttachment"("recordId");
CREATE UNIQUE INDEX "FileAttachment_fileId_recordId_key" ON "FileAttachment"("fileId", "recordId");
ALTER TABLE "FileAttachment" ADD CONSTRAINT "FileAttachment_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Audit rows about records point at them. entityType/entityId stay: entries about users,
-- editions and outlines have no record. The append-only trigger is lifted for this one
-- back-fill only, inside this migration's transaction.
ALTER TABLE "AuditLog" ADD COLUMN "recordId" TEXT;
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete";
UPDATE "AuditLog" a SET "recordId" = r."id" FROM "Record" r WHERE r."id" = a."entityId" AND r."kind" = a."entityType";
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_delete";
CREATE INDEX "AuditLog_recordId_idx" ON "AuditLog"("recordId");
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
