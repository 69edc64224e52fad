-- AlterTable
ALTER TABLE "Record" ADD COLUMN     "carriedFromId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Record_carriedFromId_key" ON "Record"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Record"("id") ON DELETE SET NULL ON UPDATE CASCADE;

