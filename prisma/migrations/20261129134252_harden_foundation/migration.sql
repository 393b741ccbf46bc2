-- Hardening the foundation (issue 5). Written by hand where the generated diff would
-- have dropped data: renames keep every row.

-- 1. "Action" becomes "ActionItem": in the code "action" now means a server action only.
ALTER TABLE "Action" RENAME TO "ActionItem";
ALTER TABLE "ActionItem" RENAME CONSTRAINT "Action_pkey" TO "ActionItem_pkey";
ALTER TABLE "ActionItem" RENAME CONSTRAINT "Action_recommendationId_fkey" TO "ActionItem_recommendationId_fkey";
ALTER TABLE "ActionItem" RENAME CONSTRAINT "Action_ownerOrganisationId_fkey" TO "ActionItem_ownerOrganisationId_fkey";
ALTER INDEX "Action_recommendationId_idx" RENAME TO "ActionItem_recommendationId_idx";
ALTER INDEX "Action_ownerOrganisationId_status_idx" RENAME TO "ActionItem_ownerOrganisationId_status_idx";
ALTER INDEX "Action_status_dueDate_idx" RENAME TO "ActionItem_status_dueDate_idx";

ALTER TABLE "ProgressUpdate" RENAME COLUMN "actionId" TO "actionItemId";
ALTER TABLE "ProgressUpdate" RENAME CONSTRAINT "ProgressUpdate_actionId_fkey" TO "ProgressUpdate_actionItemId_fkey";
ALTER INDEX "ProgressUpdate_actionId_createdAt_idx" RENAME TO "ProgressUpdate_actionItemId_createdAt_idx";

ALTER TABLE "DeadlineChange" RENAME COLUMN "actionId" TO "actionItemId";
ALTER TABLE "DeadlineChange" RENAME CONSTRAINT "DeadlineChange_actionId_fkey" TO "DeadlineChange_actionItemId_fkey";
ALTER INDEX "DeadlineChange_actionId_idx" RENAME TO "DeadlineChange_actionItemId_idx";

ALTER TABLE "AuditEvent" RENAME COLUMN "action" TO "kind";

-- 2. Every timestamp is timestamptz, so that any writer (Prisma, raw SQL, a trigger, psql
-- in any TimeZone) means the same instant. Prisma wrote UTC into the old columns.
ALTER TABLE "Account"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "AuditEvent"
  ALTER COLUMN "occurredAt" SET DATA TYPE TIMESTAMPTZ(3) USING "occurredAt" AT TIME ZONE 'UTC';
ALTER TABLE "Commitment"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "CommitmentRecommendation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "DeadlineChange"
  ALTER COLUMN "decidedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "decidedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "Evaluation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "Indicator"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "IndicatorValue"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "LetterDraft"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "LetterDraftVersion"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "Organisation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "ParliamentaryDocument"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "ProgressUpdate"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "Recommendation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "SignInThrottle"
  ALTER COLUMN "windowStartedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "windowStartedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "blockedUntil" SET DATA TYPE TIMESTAMPTZ(3) USING "blockedUntil" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "User"
  ALTER COLUMN "emailVerified" SET DATA TYPE TIMESTAMPTZ(3) USING "emailVerified" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "ActionItem"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- 3. Sign-in: session versions, OIDC links keyed by issuer and subject, the throttle.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 1;

-- Links made before the issuer was recorded cannot be trusted to name it: they are removed
-- and made again at the next sign-in, under the stricter rules (verified e-mail).
DELETE FROM "Account";
DROP INDEX "Account_provider_providerAccountId_key";
DROP INDEX "Account_userId_idx";
ALTER TABLE "Account" ADD COLUMN "issuer" TEXT NOT NULL;
CREATE UNIQUE INDEX "Account_issuer_providerAccountId_key" ON "Account"("issuer", "providerAccountId");
CREATE UNIQUE INDEX "Account_userId_issuer_key" ON "Account"("userId", "issuer");

ALTER TABLE "SignInThrottle" RENAME COLUMN "failures" TO "attempts";
CREATE INDEX "SignInThrottle_updatedAt_idx" ON "SignInThrottle"("updatedAt");

-- 4. Stable keys for the facts the seed adds, so a renamed fact is never added twice.
ALTER TABLE "ParliamentaryDocument" ADD COLUMN "seedKey" TEXT;
CREATE UNIQUE INDEX "ParliamentaryDocument_seedKey_key" ON "ParliamentaryDocument"("seedKey");
ALTER TABLE "Evaluation" ADD COLUMN "seedKey" TEXT;
CREATE UNIQUE INDEX "Evaluation_seedKey_key" ON "Evaluation"("seedKey");
ALTER TABLE "Commitment" ADD COLUMN "seedKey" TEXT;
CREATE UNIQUE INDEX "Commitment_seedKey_key" ON "Commitment"("seedKey");

-- 5. The demo marker: one row, written with the demo data.
CREATE TABLE "DemoMarker" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemoMarker_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DemoMarker_single_row" CHECK ("id" = 1)
);

-- 6. Append-only tables: the triggers also fire for sessions in replica mode (ALWAYS), and
-- an audit event's time is the database's own, whatever the client sends.
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_append_only";
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_no_truncate";
ALTER TABLE "ProgressUpdate" ENABLE ALWAYS TRIGGER "ProgressUpdate_append_only";
ALTER TABLE "ProgressUpdate" ENABLE ALWAYS TRIGGER "ProgressUpdate_no_truncate";
ALTER TABLE "LetterDraftVersion" ENABLE ALWAYS TRIGGER "LetterDraftVersion_append_only";
ALTER TABLE "LetterDraftVersion" ENABLE ALWAYS TRIGGER "LetterDraftVersion_no_truncate";

CREATE FUNCTION "stamp_audit_event_time"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."occurredAt" := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditEvent_stamp_time" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "stamp_audit_event_time"();
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_stamp_time";

-- The facts an earlier seed added, matched once more on what it matched them on then, get
-- their stable key; from now on the seed matches on the key alone.
UPDATE "ParliamentaryDocument" SET "seedKey" = 'kst-35000-IX-21' WHERE "dossier" = '35 000 IX' AND "number" = '21';
UPDATE "ParliamentaryDocument" SET "seedKey" = 'kst-36200-IX-11' WHERE "dossier" = '36 200 IX' AND "number" = '11';
UPDATE "ParliamentaryDocument" SET "seedKey" = 'kst-36360-IX-1' WHERE "dossier" = '36 360 IX' AND "number" = '1';
UPDATE "ParliamentaryDocument" SET "seedKey" = 'aanbieding-evaluatie-2022-07-08'
  WHERE "id" = (SELECT "id" FROM "ParliamentaryDocument" WHERE "type" = 'EVALUATION_REPORT' AND "date" = '2022-07-08'
    AND "title" = 'Aanbieding van de evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering' ORDER BY "createdAt" LIMIT 1);
UPDATE "Evaluation" SET "seedKey" = 'evaluatie-anti-omkoping-ekv-2021'
  WHERE "id" = (SELECT "id" FROM "Evaluation" WHERE "title" = 'Evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering' ORDER BY "createdAt" LIMIT 1);
UPDATE "Commitment" SET "seedKey" = 'toezegging-plan-van-aanpak-2022'
  WHERE "id" = (SELECT "id" FROM "Commitment" WHERE "title" = 'Plan van aanpak voor de opvolging van de aanbevelingen' ORDER BY "createdAt" LIMIT 1);
UPDATE "Commitment" SET "seedKey" = 'toezegging-kamerbrief-implementatie-zomer-2023'
  WHERE "id" = (SELECT "id" FROM "Commitment" WHERE "title" = 'Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023' ORDER BY "createdAt" LIMIT 1);
-- A database that already holds the demo accounts is a demo database.
INSERT INTO "DemoMarker" ("id") SELECT 1 WHERE EXISTS (SELECT 1 FROM "User" WHERE "email" LIKE '%@%.demo.opvolging.nl');
