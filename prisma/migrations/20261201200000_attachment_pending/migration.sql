-- Evidence attached to an APPROVED record waits for the approval of the record's revision.
ALTER TABLE "FileAttachment" ADD COLUMN "pending" BOOLEAN NOT NULL DEFAULT false;
