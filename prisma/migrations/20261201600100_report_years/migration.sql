-- CreateEnum
CREATE TYPE "ReportYearState" AS ENUM ('OPEN', 'PUBLISHED', 'ARCHIVED');

-- AlterTable
ALTER TABLE "ReportYear" ADD COLUMN     "deadline" DATE,
ADD COLUMN     "state" "ReportYearState" NOT NULL DEFAULT 'OPEN';

