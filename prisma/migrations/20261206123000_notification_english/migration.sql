-- A notice's title and body in English beside the Chinese, so the bell reads in the reader's language.
ALTER TABLE "Notification" ADD COLUMN "titleEn" TEXT;
ALTER TABLE "Notification" ADD COLUMN "bodyEn" TEXT;
