-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PARTNER';

-- CreateTable
CREATE TABLE "PartnerEnterprise" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "phone" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerEnterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReport" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "returnReason" TEXT,
    "industry" TEXT NOT NULL DEFAULT '',
    "profile" TEXT NOT NULL DEFAULT '',
    "studentsTaken" INTEGER NOT NULL DEFAULT 0,
    "jointProgrammes" INTEGER NOT NULL DEFAULT 0,
    "programmes" TEXT NOT NULL DEFAULT '',
    "equipmentInvestment" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "trainingInvestment" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "jobsOffered" INTEGER NOT NULL DEFAULT 0,
    "results" TEXT NOT NULL DEFAULT '',
    "caseTitle" TEXT NOT NULL DEFAULT '',
    "caseBody" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReportPhoto" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerReportPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerEnterprise_slug_key" ON "PartnerEnterprise"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerEnterprise_name_key" ON "PartnerEnterprise"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerEnterprise_userId_key" ON "PartnerEnterprise"("userId");

-- CreateIndex
CREATE INDEX "PartnerReport_year_status_idx" ON "PartnerReport"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerReport_enterpriseId_year_key" ON "PartnerReport"("enterpriseId", "year");

-- CreateIndex
CREATE INDEX "PartnerReportPhoto_reportId_idx" ON "PartnerReportPhoto"("reportId");

-- AddForeignKey
ALTER TABLE "PartnerEnterprise" ADD CONSTRAINT "PartnerEnterprise_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "PartnerEnterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReportPhoto" ADD CONSTRAINT "PartnerReportPhoto_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReportPhoto" ADD CONSTRAINT "PartnerReportPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

