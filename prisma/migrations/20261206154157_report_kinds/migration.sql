-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('KAMERBRIEF', 'OECD_WGB');

-- AlterTable
ALTER TABLE "LetterDraft" ADD COLUMN     "evaluationId" TEXT,
ADD COLUMN     "kind" "ReportKind" NOT NULL DEFAULT 'KAMERBRIEF',
ADD COLUMN     "sentOn" DATE,
ALTER COLUMN "commitmentId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DutchTextAcceptance" (
    "id" TEXT NOT NULL,
    "letterDraftId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "acceptedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutchTextAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DutchTextAcceptance_acceptedById_idx" ON "DutchTextAcceptance"("acceptedById");

-- CreateIndex
CREATE UNIQUE INDEX "DutchTextAcceptance_letterDraftId_entityType_entityId_field_key" ON "DutchTextAcceptance"("letterDraftId", "entityType", "entityId", "field");

-- CreateIndex
CREATE INDEX "LetterDraft_kind_evaluationId_createdAt_idx" ON "LetterDraft"("kind", "evaluationId", "createdAt");

-- CreateIndex
CREATE INDEX "LetterDraft_evaluationId_idx" ON "LetterDraft"("evaluationId");

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutchTextAcceptance" ADD CONSTRAINT "DutchTextAcceptance_letterDraftId_fkey" FOREIGN KEY ("letterDraftId") REFERENCES "LetterDraft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutchTextAcceptance" ADD CONSTRAINT "DutchTextAcceptance_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly the subject the kind reports on (decision 041): a Kamerbrief a commitment, the
-- OECD Working Group's follow-up report an evaluation; never both, never neither.
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_subject_per_kind" CHECK (
  ("kind" = 'KAMERBRIEF' AND "commitmentId" IS NOT NULL AND "evaluationId" IS NULL)
  OR ("kind" = 'OECD_WGB' AND "evaluationId" IS NOT NULL AND "commitmentId" IS NULL)
);

-- What a Dutch text may be accepted for (decision 042): the English fields there are.
ALTER TABLE "DutchTextAcceptance" ADD CONSTRAINT "DutchTextAcceptance_field_known" CHECK (
  ("entityType" = 'Recommendation' AND "field" IN ('titleEn', 'textEn'))
  OR ("entityType" = 'ActionItem' AND "field" IN ('titleEn', 'descriptionEn'))
  OR ("entityType" = 'ProgressUpdate' AND "field" = 'textEn')
);
ALTER TABLE "DutchTextAcceptance" ADD CONSTRAINT "DutchTextAcceptance_reason_given" CHECK (length(btrim("reason")) > 0);
