-- The assigned writer's draft of a section's narrative, until the quality office accepts it.
ALTER TABLE "OutlineSection" ADD COLUMN "draft" TEXT NOT NULL DEFAULT '';
ALTER TABLE "OutlineSection" ADD COLUMN "draftStatus" TEXT;
ALTER TABLE "OutlineSection" ADD COLUMN "draftComment" TEXT;
ALTER TABLE "OutlineSection" ADD COLUMN "draftSavedAt" TIMESTAMP(3);
