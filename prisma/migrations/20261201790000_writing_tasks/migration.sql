-- 任务看板: who writes a section or a case of a year's report, with whom and by when (lib/tasks).
-- The lead department is not stored here: a section's is OutlineSection.departmentId, a case's is its record's department.
CREATE TABLE "WritingTask" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sectionId" TEXT,
    "caseRecordId" TEXT,
    "supportingDepartmentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "writerId" TEXT,
    "dueDate" DATE,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WritingTask_pkey" PRIMARY KEY ("id"),
    -- Exactly one target: a section or a case.
    CONSTRAINT "WritingTask_one_target" CHECK (("sectionId" IS NULL) <> ("caseRecordId" IS NULL))
);

CREATE UNIQUE INDEX "WritingTask_sectionId_key" ON "WritingTask"("sectionId");
CREATE UNIQUE INDEX "WritingTask_caseRecordId_key" ON "WritingTask"("caseRecordId");
CREATE INDEX "WritingTask_year_idx" ON "WritingTask"("year");
CREATE INDEX "WritingTask_writerId_idx" ON "WritingTask"("writerId");

ALTER TABLE "WritingTask" ADD CONSTRAINT "WritingTask_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WritingTask" ADD CONSTRAINT "WritingTask_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OutlineSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WritingTask" ADD CONSTRAINT "WritingTask_caseRecordId_fkey" FOREIGN KEY ("caseRecordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WritingTask" ADD CONSTRAINT "WritingTask_writerId_fkey" FOREIGN KEY ("writerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "WritingTask" ADD CONSTRAINT "WritingTask_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
