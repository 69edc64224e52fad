-- AlterTable
ALTER TABLE "ReportEdition" ADD COLUMN     "note" TEXT;

ALTER TABLE "ReportEdition" ADD COLUMN     "headline" JSONB;
