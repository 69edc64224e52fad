-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "region" TEXT;

-- AlterTable
ALTER TABLE "OutlineSection" ADD COLUMN     "blockOptions" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "departmentId" TEXT;

-- AddForeignKey
ALTER TABLE "OutlineSection" ADD CONSTRAINT "OutlineSection_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The 2022 template prints the per-major employment table in the appendix (its text cites 表1/表2):
-- formerly a special case in code, now data in the year's outline.
UPDATE "OutlineSection" SET "blockOptions" = '{"table:employment": {"appendix": true}}'
WHERE "key" = 'student.employment'
  AND "blocks" ? 'table:employment'
  AND "year" IN (SELECT "year" FROM "ReportYear" WHERE "templateKey" = '2022');
