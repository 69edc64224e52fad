-- Issue #21: sessions that end (a version carried in the token), a set-up only its owner can run
-- (a one-time token, kept hashed), and mail addresses confirmed by a mailed link.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "pendingEmail" TEXT;
ALTER TABLE "User" ADD COLUMN "emailTokenHash" TEXT;
ALTER TABLE "User" ADD COLUMN "emailTokenExpires" TIMESTAMP(3);
CREATE UNIQUE INDEX "User_emailTokenHash_key" ON "User"("emailTokenHash");

CREATE TABLE "SetupToken" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);
