-- AlterTable
ALTER TABLE "ReportEdition" ADD COLUMN     "note" TEXT;
