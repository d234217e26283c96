-- CreateEnum
CREATE TYPE "PledgeVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'IN_FORCE');

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeVersion" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PledgeVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "deadline" DATE,
    "signatoryUnitIds" TEXT[],
    "fingerprint" TEXT,
    "verificationCode" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "inForceAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PledgeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeSignature" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "PledgeSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeDecline" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeDecline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedPledgePdf" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "signatures" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedPledgePdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_clusterId_year_key" ON "Pledge"("clusterId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeVersion_verificationCode_key" ON "PledgeVersion"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeVersion_pledgeId_number_key" ON "PledgeVersion"("pledgeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_versionId_unitId_key" ON "PledgeSignature"("versionId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedPledgePdf_sha256_key" ON "IssuedPledgePdf"("sha256");

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeVersion" ADD CONSTRAINT "PledgeVersion_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PledgeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeDecline" ADD CONSTRAINT "PledgeDecline_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PledgeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeDecline" ADD CONSTRAINT "PledgeDecline_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeDecline" ADD CONSTRAINT "PledgeDecline_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedPledgePdf" ADD CONSTRAINT "IssuedPledgePdf_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PledgeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
