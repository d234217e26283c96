-- DropIndex
DROP INDEX "ClusterMembership_unitId_year_key";

-- AlterTable
ALTER TABLE "ClusterMembership" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ClusterMembership_unitId_year_idx" ON "ClusterMembership"("unitId", "year");
