-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'STAFF');

-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('INTERNATIONAL', 'NATIONAL', 'PROVINCIAL', 'INDUSTRY', 'DISTRICT', 'SCHOOL');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('STUDENT', 'TEACHER');

-- CreateEnum
CREATE TYPE "EntryType" AS ENUM ('TEAM', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "MajorChange" AS ENUM ('UNCHANGED', 'NEW', 'PLANNED');

-- CreateEnum
CREATE TYPE "FundingDirection" AS ENUM ('INCOME', 'EXPENDITURE');

-- CreateEnum
CREATE TYPE "FundingCategory" AS ENUM ('BASIC_APPROPRIATION', 'SPECIAL_APPROPRIATION', 'OPERATING', 'OTHER_OPERATING', 'OTHER_INCOME', 'PERSONNEL', 'OPERATIONS', 'CAPITAL', 'STUDENT_AID', 'OTHER_EXPENSE');

-- CreateEnum
CREATE TYPE "TrainingCategory" AS ENUM ('SKILL', 'PUBLIC_INTEREST');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('ONLINE', 'OFFLINE');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('PHOTO', 'CERTIFICATE', 'DIAGRAM', 'NEWS', 'CHART');

-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('APPROVED', 'CONCLUDED');

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "city" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportYear" (
    "year" INTEGER NOT NULL,
    "academicYear" TEXT NOT NULL,
    "title" TEXT,
    "templateKey" TEXT NOT NULL DEFAULT '2022',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "departmentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutlineSection" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "parentKey" TEXT,
    "level" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[],
    "blocks" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutlineSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Honour" (
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "level" "Level",
    "awardedBy" TEXT,
    "awardedOn" DATE,
    "recipient" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Honour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionAward" (
    "competition" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "prizes" JSONB NOT NULL,
    "participantType" "ParticipantType" NOT NULL DEFAULT 'STUDENT',
    "entryType" "EntryType" NOT NULL DEFAULT 'TEAM',
    "awardedOn" DATE,
    "organizer" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetitionAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostedCompetition" (
    "name" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "heldOn" DATE,
    "contestants" INTEGER,
    "institutions" INTEGER,
    "countries" INTEGER,
    "description" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostedCompetition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "awardedBy" TEXT,
    "leader" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Textbook" (
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "level" "Level",
    "publisher" TEXT,
    "publishedOn" DATE,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Textbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificatePilot" (
    "certificate" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "issuer" TEXT,
    "pilotMajors" TEXT[],
    "planned" INTEGER NOT NULL,
    "trained" INTEGER NOT NULL,
    "examined" INTEGER NOT NULL,
    "passed" INTEGER NOT NULL,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CertificatePilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Major" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "group" TEXT,
    "industry" TEXT,
    "change" "MajorChange" NOT NULL DEFAULT 'UNCHANGED',
    "changeYear" INTEGER,
    "note" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Major_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmploymentStat" (
    "cohort" INTEGER NOT NULL,
    "majorName" TEXT NOT NULL,
    "majorCode" TEXT,
    "graduates" INTEGER NOT NULL,
    "placed" INTEGER NOT NULL,
    "monthlySalary" DECIMAL(10,2),
    "satisfaction" DECIMAL(5,2),
    "relatedness" DECIMAL(5,2),
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmploymentStat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingItem" (
    "direction" "FundingDirection" NOT NULL,
    "category" "FundingCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT,
    "amount" DECIMAL(14,4) NOT NULL,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchProject" (
    "title" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "stage" "ProjectStage" NOT NULL,
    "leader" TEXT,
    "funder" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResearchProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeachingAchievementAward" (
    "title" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "grade" TEXT NOT NULL,
    "awardedBy" TEXT,
    "awardedOn" DATE,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeachingAchievementAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LubanWorkshop" (
    "name" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT,
    "majors" TEXT[],
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "trained" INTEGER NOT NULL DEFAULT 0,
    "teachers" INTEGER NOT NULL DEFAULT 0,
    "teachersTrained" INTEGER NOT NULL DEFAULT 0,
    "foundedOn" DATE,
    "description" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LubanWorkshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LubanActivity" (
    "workshopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE,
    "participants" INTEGER,
    "description" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LubanActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialTraining" (
    "name" TEXT NOT NULL,
    "category" "TrainingCategory" NOT NULL,
    "mode" "DeliveryMode" NOT NULL,
    "hours" DECIMAL(10,1) NOT NULL,
    "personTimes" INTEGER NOT NULL,
    "audience" TEXT,
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "caption" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL DEFAULT 'PHOTO',
    "topic" TEXT,
    "caseId" TEXT,
    "fileId" TEXT,
    "chart" TEXT,
    "altText" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "topic" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "highlight" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "pending" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "variants" JSONB NOT NULL DEFAULT '{}',
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "reason" TEXT,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OutlineSection_year_sortOrder_idx" ON "OutlineSection"("year", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "OutlineSection_year_key_key" ON "OutlineSection"("year", "key");

-- CreateIndex
CREATE INDEX "Honour_year_status_idx" ON "Honour"("year", "status");

-- CreateIndex
CREATE INDEX "Honour_departmentId_status_idx" ON "Honour"("departmentId", "status");

-- CreateIndex
CREATE INDEX "CompetitionAward_year_status_idx" ON "CompetitionAward"("year", "status");

-- CreateIndex
CREATE INDEX "CompetitionAward_departmentId_status_idx" ON "CompetitionAward"("departmentId", "status");

-- CreateIndex
CREATE INDEX "HostedCompetition_year_status_idx" ON "HostedCompetition"("year", "status");

-- CreateIndex
CREATE INDEX "HostedCompetition_departmentId_status_idx" ON "HostedCompetition"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Course_year_status_idx" ON "Course"("year", "status");

-- CreateIndex
CREATE INDEX "Course_departmentId_status_idx" ON "Course"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Textbook_year_status_idx" ON "Textbook"("year", "status");

-- CreateIndex
CREATE INDEX "Textbook_departmentId_status_idx" ON "Textbook"("departmentId", "status");

-- CreateIndex
CREATE INDEX "CertificatePilot_year_status_idx" ON "CertificatePilot"("year", "status");

-- CreateIndex
CREATE INDEX "CertificatePilot_departmentId_status_idx" ON "CertificatePilot"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Major_year_status_idx" ON "Major"("year", "status");

-- CreateIndex
CREATE INDEX "Major_departmentId_status_idx" ON "Major"("departmentId", "status");

-- CreateIndex
CREATE INDEX "EmploymentStat_year_status_idx" ON "EmploymentStat"("year", "status");

-- CreateIndex
CREATE INDEX "EmploymentStat_departmentId_status_idx" ON "EmploymentStat"("departmentId", "status");

-- CreateIndex
CREATE INDEX "FundingItem_year_status_idx" ON "FundingItem"("year", "status");

-- CreateIndex
CREATE INDEX "FundingItem_departmentId_status_idx" ON "FundingItem"("departmentId", "status");

-- CreateIndex
CREATE INDEX "ResearchProject_year_status_idx" ON "ResearchProject"("year", "status");

-- CreateIndex
CREATE INDEX "ResearchProject_departmentId_status_idx" ON "ResearchProject"("departmentId", "status");

-- CreateIndex
CREATE INDEX "TeachingAchievementAward_year_status_idx" ON "TeachingAchievementAward"("year", "status");

-- CreateIndex
CREATE INDEX "TeachingAchievementAward_departmentId_status_idx" ON "TeachingAchievementAward"("departmentId", "status");

-- CreateIndex
CREATE INDEX "LubanWorkshop_year_status_idx" ON "LubanWorkshop"("year", "status");

-- CreateIndex
CREATE INDEX "LubanWorkshop_departmentId_status_idx" ON "LubanWorkshop"("departmentId", "status");

-- CreateIndex
CREATE INDEX "LubanActivity_year_status_idx" ON "LubanActivity"("year", "status");

-- CreateIndex
CREATE INDEX "LubanActivity_departmentId_status_idx" ON "LubanActivity"("departmentId", "status");

-- CreateIndex
CREATE INDEX "SocialTraining_year_status_idx" ON "SocialTraining"("year", "status");

-- CreateIndex
CREATE INDEX "SocialTraining_departmentId_status_idx" ON "SocialTraining"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Case_year_status_idx" ON "Case"("year", "status");

-- CreateIndex
CREATE INDEX "Case_departmentId_status_idx" ON "Case"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Figure_year_status_idx" ON "Figure"("year", "status");

-- CreateIndex
CREATE INDEX "Figure_departmentId_status_idx" ON "Figure"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Indicator_year_status_idx" ON "Indicator"("year", "status");

-- CreateIndex
CREATE INDEX "Indicator_departmentId_status_idx" ON "Indicator"("departmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_year_key_key" ON "Indicator"("year", "key");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutlineSection" ADD CONSTRAINT "OutlineSection_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionAward" ADD CONSTRAINT "CompetitionAward_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionAward" ADD CONSTRAINT "CompetitionAward_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionAward" ADD CONSTRAINT "CompetitionAward_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostedCompetition" ADD CONSTRAINT "HostedCompetition_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostedCompetition" ADD CONSTRAINT "HostedCompetition_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostedCompetition" ADD CONSTRAINT "HostedCompetition_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Textbook" ADD CONSTRAINT "Textbook_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Textbook" ADD CONSTRAINT "Textbook_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Textbook" ADD CONSTRAINT "Textbook_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificatePilot" ADD CONSTRAINT "CertificatePilot_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificatePilot" ADD CONSTRAINT "CertificatePilot_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificatePilot" ADD CONSTRAINT "CertificatePilot_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeachingAchievementAward" ADD CONSTRAINT "TeachingAchievementAward_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeachingAchievementAward" ADD CONSTRAINT "TeachingAchievementAward_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeachingAchievementAward" ADD CONSTRAINT "TeachingAchievementAward_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanWorkshop" ADD CONSTRAINT "LubanWorkshop_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanWorkshop" ADD CONSTRAINT "LubanWorkshop_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanWorkshop" ADD CONSTRAINT "LubanWorkshop_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanActivity" ADD CONSTRAINT "LubanActivity_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "LubanWorkshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanActivity" ADD CONSTRAINT "LubanActivity_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanActivity" ADD CONSTRAINT "LubanActivity_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LubanActivity" ADD CONSTRAINT "LubanActivity_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialTraining" ADD CONSTRAINT "SocialTraining_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialTraining" ADD CONSTRAINT "SocialTraining_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialTraining" ADD CONSTRAINT "SocialTraining_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_year_fkey" FOREIGN KEY ("year") REFERENCES "ReportYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
