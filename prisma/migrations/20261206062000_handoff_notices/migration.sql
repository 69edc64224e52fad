-- Grouped hand-off notices (lib/notifications/handoff.ts) and the login page's account contact.
ALTER TABLE "Notification" ADD COLUMN "groupKey" TEXT;
ALTER TABLE "Notification" ADD COLUMN "recordIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Notification" ADD COLUMN "handledAt" TIMESTAMP(3);
CREATE INDEX "Notification_userId_groupKey_idx" ON "Notification"("userId", "groupKey");

ALTER TABLE "Institution" ADD COLUMN "accountContact" TEXT;
