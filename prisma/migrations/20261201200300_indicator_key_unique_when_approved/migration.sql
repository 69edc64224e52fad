-- Indicator keys are unique per year among APPROVED indicators only: a draft of one department can
-- no longer take a key another department needs, nor reveal (by a refusal) that another's draft
-- uses it. The status lives in "Record", so the approval enforces it (lib/workflow/indicator-keys.ts,
-- under a per-key lock); a reviewer approving a second indicator with a taken key gets the conflict.
DROP INDEX "Indicator_year_key_key";
CREATE INDEX "Indicator_year_key_idx" ON "Indicator"("year", "key");
