-- Letters (issue 8): the snapshot a text was generated from is its own append-only row, so a
-- regenerated letter keeps the old snapshot with the old versions; remarks per section.
-- No letter drafts exist before this migration (nothing generated them), so the snapshot
-- column is dropped without a data step.
-- AlterTable
ALTER TABLE "LetterDraft" DROP COLUMN "snapshot",
ADD COLUMN     "latestVersionNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "snapshotId" TEXT;

-- AlterTable
ALTER TABLE "LetterDraftVersion" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'EDITED',
ADD COLUMN     "note" TEXT,
ADD COLUMN     "snapshotId" TEXT;

-- CreateTable
CREATE TABLE "LetterSnapshot" (
    "id" TEXT NOT NULL,
    "letterDraftId" TEXT NOT NULL,
    "peildatum" DATE NOT NULL,
    "data" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterRemark" (
    "id" TEXT NOT NULL,
    "letterDraftId" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" TEXT,
    "resolution" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LetterRemark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LetterSnapshot_letterDraftId_createdAt_idx" ON "LetterSnapshot"("letterDraftId", "createdAt");

-- CreateIndex
CREATE INDEX "LetterSnapshot_createdById_idx" ON "LetterSnapshot"("createdById");

-- CreateIndex
CREATE INDEX "LetterRemark_letterDraftId_createdAt_idx" ON "LetterRemark"("letterDraftId", "createdAt");

-- CreateIndex
CREATE INDEX "LetterRemark_authorId_idx" ON "LetterRemark"("authorId");

-- CreateIndex
CREATE INDEX "LetterRemark_resolvedById_idx" ON "LetterRemark"("resolvedById");

-- CreateIndex
CREATE UNIQUE INDEX "LetterDraft_snapshotId_key" ON "LetterDraft"("snapshotId");

-- CreateIndex
CREATE INDEX "LetterDraft_status_createdAt_idx" ON "LetterDraft"("status", "createdAt");

-- CreateIndex
CREATE INDEX "LetterDraftVersion_snapshotId_idx" ON "LetterDraftVersion"("snapshotId");

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "LetterSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterSnapshot" ADD CONSTRAINT "LetterSnapshot_letterDraftId_fkey" FOREIGN KEY ("letterDraftId") REFERENCES "LetterDraft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterSnapshot" ADD CONSTRAINT "LetterSnapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraftVersion" ADD CONSTRAINT "LetterDraftVersion_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "LetterSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterRemark" ADD CONSTRAINT "LetterRemark_letterDraftId_fkey" FOREIGN KEY ("letterDraftId") REFERENCES "LetterDraft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterRemark" ADD CONSTRAINT "LetterRemark_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterRemark" ADD CONSTRAINT "LetterRemark_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Snapshots are the frozen record a letter was built from: never changed, like versions.
CREATE TRIGGER "LetterSnapshot_append_only" BEFORE UPDATE OR DELETE ON "LetterSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "LetterSnapshot_no_truncate" BEFORE TRUNCATE ON "LetterSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
ALTER TABLE "LetterSnapshot" ENABLE ALWAYS TRIGGER "LetterSnapshot_append_only";
ALTER TABLE "LetterSnapshot" ENABLE ALWAYS TRIGGER "LetterSnapshot_no_truncate";
