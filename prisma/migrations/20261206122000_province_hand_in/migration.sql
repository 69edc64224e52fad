-- Province mode's hand-in (issue 24): a college's own account (role COLLEGE, bound to one
-- registered college) and the date each year's packages are due.
ALTER TYPE "Role" ADD VALUE 'COLLEGE';

ALTER TABLE "User" ADD COLUMN "collegeId" TEXT;
CREATE INDEX "User_collegeId_idx" ON "User"("collegeId");
ALTER TABLE "User" ADD CONSTRAINT "User_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "College"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A later edition marks its predecessor's cases not current by submission.
CREATE INDEX "PooledCase_submissionId_idx" ON "PooledCase"("submissionId");

CREATE TABLE "HandInDue" (
    "year" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "HandInDue_pkey" PRIMARY KEY ("year")
);
