-- Failed sign-ins, counted by every app instance (login throttling).
CREATE TABLE "LoginFailure" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "peer" TEXT,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LoginFailure_username_ip_at_idx" ON "LoginFailure"("username", "ip", "at");
CREATE INDEX "LoginFailure_ip_at_idx" ON "LoginFailure"("ip", "at");
CREATE INDEX "LoginFailure_at_idx" ON "LoginFailure"("at");
