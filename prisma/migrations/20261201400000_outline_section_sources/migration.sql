-- The texts a section's narrative was joined from by a template switch (lib/report/outline.ts).
ALTER TABLE "OutlineSection" ADD COLUMN "sources" JSONB NOT NULL DEFAULT '[]';
