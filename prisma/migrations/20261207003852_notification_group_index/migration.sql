-- A hand-off settles its group for every reader at once (settleGroup finds open notices by groupKey alone).
CREATE INDEX "Notification_groupKey_idx" ON "Notification"("groupKey");
