-- Rule packs (lib/rules/pack.ts): the shipped 2022/2024 packs are inserted by the application
-- (lib/rules/store.ts) from rule-packs/*.json, so the files stay the one source of their content.
CREATE TABLE "RulePack" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RulePack_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "RulePack_key_key" ON "RulePack"("key");
