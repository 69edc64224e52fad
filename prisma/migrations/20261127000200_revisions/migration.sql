-- AlterTable
ALTER TABLE "Honour" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "CompetitionAward" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "HostedCompetition" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Textbook" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "CertificatePilot" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Major" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "EmploymentStat" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "FundingItem" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "ResearchProject" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "TeachingAchievementAward" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "LubanWorkshop" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "LubanActivity" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "SocialTraining" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "revisionStatus" "RecordStatus";

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "revisionStatus" "RecordStatus";

