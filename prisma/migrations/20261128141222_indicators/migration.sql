-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('AMOUNT', 'COUNT', 'PERCENTAGE', 'RATE', 'BOOLEAN');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('H1', 'YEAR');

-- CreateEnum
CREATE TYPE "ResultQualifier" AS ENUM ('EXACT', 'OVER', 'NEARLY', 'ABOUT');

-- CreateEnum
CREATE TYPE "FigureReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'RETURNED');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "reduction" BOOLEAN NOT NULL DEFAULT false,
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "groupName" TEXT NOT NULL,
    "periods" "ReportPeriod"[],
    "minValue" DOUBLE PRECISION,
    "maxValue" DOUBLE PRECISION,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorResult" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "actual" DOUBLE PRECISION,
    "qualifier" "ResultQualifier" NOT NULL DEFAULT 'EXACT',
    "note" TEXT,
    "previousActual" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureReview" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "status" "FigureReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "comment" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FigureReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_provinceId_year_code_key" ON "Indicator"("provinceId", "year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_unitId_source_key" ON "IndicatorTarget"("indicatorId", "unitId", "source");

-- CreateIndex
CREATE INDEX "IndicatorResult_unitId_period_idx" ON "IndicatorResult"("unitId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorResult_indicatorId_unitId_period_key" ON "IndicatorResult"("indicatorId", "unitId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "FigureReview_clusterId_unitId_year_period_key" ON "FigureReview"("clusterId", "unitId", "year", "period");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorResult" ADD CONSTRAINT "IndicatorResult_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorResult" ADD CONSTRAINT "IndicatorResult_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureReview" ADD CONSTRAINT "FigureReview_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureReview" ADD CONSTRAINT "FigureReview_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
