-- Province mode (issue 24): what an installation is, a college's identity in its packages, and
-- the colleges, submissions, indicator figures and case pool an education department gathers.
CREATE TYPE "InstallationKind" AS ENUM ('COLLEGE', 'PROVINCE', 'CITY');
CREATE TYPE "CollegeType" AS ENUM ('SECONDARY', 'HIGHER', 'UNDERGRADUATE');

ALTER TABLE "Institution" ADD COLUMN "kind" "InstallationKind" NOT NULL DEFAULT 'COLLEGE';
ALTER TABLE "Institution" ADD COLUMN "code" TEXT;
ALTER TABLE "Institution" ADD COLUMN "collegeType" "CollegeType";

CREATE TABLE "College" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "CollegeType" NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "College_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "College_code_key" ON "College"("code");

CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "collegeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "editionVersion" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "packageSha256" TEXT NOT NULL,
    "packageFileId" TEXT,
    "report" JSONB NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Submission_collegeId_year_editionVersion_key" ON "Submission"("collegeId", "year", "editionVersion");
CREATE INDEX "Submission_year_current_idx" ON "Submission"("year", "current");
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "College"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SubmittedFigure" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "collegeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "tableKey" TEXT NOT NULL,
    "rowCode" TEXT NOT NULL,
    "value" DECIMAL(24,6),
    "numerator" DECIMAL(24,6),
    "denominator" DECIMAL(24,6),
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SubmittedFigure_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SubmittedFigure_submissionId_tableKey_rowCode_key" ON "SubmittedFigure"("submissionId", "tableKey", "rowCode");
CREATE INDEX "SubmittedFigure_year_current_rowCode_idx" ON "SubmittedFigure"("year", "current", "rowCode");
ALTER TABLE "SubmittedFigure" ADD CONSTRAINT "SubmittedFigure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PooledCase" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "collegeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "text" TEXT NOT NULL,
    "chapterKey" TEXT NOT NULL,
    "chapterTitle" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "sectionTitle" TEXT NOT NULL,
    "topics" TEXT[],
    "photos" JSONB NOT NULL DEFAULT '[]',
    "pickedAt" TIMESTAMP(3),
    CONSTRAINT "PooledCase_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PooledCase_year_current_idx" ON "PooledCase"("year", "current");
ALTER TABLE "PooledCase" ADD CONSTRAINT "PooledCase_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
