-- CreateEnum
CREATE TYPE "SignoffStatus" AS ENUM ('PENDING', 'SIGNED', 'RETURNED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'DEPT_HEAD';
ALTER TYPE "Role" ADD VALUE 'LEADER';

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "declarationText" TEXT,
ADD COLUMN     "departmentReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leaderSignoff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "legalRepresentative" TEXT;

-- AlterTable
ALTER TABLE "ReportEdition" ADD COLUMN     "signoffId" TEXT;

-- AlterTable
ALTER TABLE "Record" ADD COLUMN     "deptApprovedAt" TIMESTAMP(3),
ADD COLUMN     "deptApprovedById" TEXT;

-- CreateTable
CREATE TABLE "ReportSignoff" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "SignoffStatus" NOT NULL DEFAULT 'PENDING',
    "contentHash" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "ReportSignoff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportSignoff_year_requestedAt_idx" ON "ReportSignoff"("year", "requestedAt");

-- AddForeignKey
ALTER TABLE "ReportEdition" ADD CONSTRAINT "ReportEdition_signoffId_fkey" FOREIGN KEY ("signoffId") REFERENCES "ReportSignoff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSignoff" ADD CONSTRAINT "ReportSignoff_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSignoff" ADD CONSTRAINT "ReportSignoff_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSignoff" ADD CONSTRAINT "ReportSignoff_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

