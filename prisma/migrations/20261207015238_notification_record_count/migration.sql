-- How many records a grouped notice was ever about, so a handled one says 3, not the 1 left last.
ALTER TABLE "Notification" ADD COLUMN "recordCount" INTEGER NOT NULL DEFAULT 0;
-- Open notices count what they hold now (records handled before this migration are not known).
UPDATE "Notification" SET "recordCount" = cardinality("recordIds") WHERE "handledAt" IS NULL;
