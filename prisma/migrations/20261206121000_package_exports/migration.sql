-- The 报送 log (issue 24 item 2): each export of an edition's submission package, and each
-- 已报送 an admin records, by whom and when (lib/package/log.ts).
CREATE TYPE "PackageAction" AS ENUM ('EXPORTED', 'SENT');

CREATE TABLE "PackageExport" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "PackageAction" NOT NULL,
    "exportedById" TEXT,
    "exportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sha256" TEXT,
    "bytes" INTEGER,
    "note" TEXT,
    CONSTRAINT "PackageExport_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PackageExport_year_exportedAt_idx" ON "PackageExport"("year", "exportedAt");
ALTER TABLE "PackageExport" ADD CONSTRAINT "PackageExport_year_version_fkey" FOREIGN KEY ("year", "version") REFERENCES "ReportEdition"("year", "version") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PackageExport" ADD CONSTRAINT "PackageExport_exportedById_fkey" FOREIGN KEY ("exportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
