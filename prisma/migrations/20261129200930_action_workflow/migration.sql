-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK');

-- DropIndex
DROP INDEX "AuditEvent_actorId_idx";

-- AlterTable: the contact person becomes a user (for "mijn acties"); an existing name is
-- matched to the user of that name, an unmatched one is kept in the audit trail below.
ALTER TABLE "ActionItem"
ADD COLUMN     "completedOn" DATE,
ADD COLUMN     "contactUserId" TEXT,
ADD COLUMN     "searchVector" tsvector;

UPDATE "ActionItem" a SET "contactUserId" = u."id"
  FROM "User" u WHERE u."name" = a."contactName";

INSERT INTO "AuditEvent" ("id", "actorId", "entityType", "entityId", "kind", "before", "after")
  SELECT 'mig-contact-' || a."id", NULL, 'ActionItem', a."id", 'UPDATE',
         jsonb_build_object('contactName', a."contactName"), jsonb_build_object('contactUserId', NULL)
  FROM "ActionItem" a WHERE a."contactUserId" IS NULL;

-- Done actions had no date of completion: take the day of their last progress update.
UPDATE "ActionItem" a SET "completedOn" = COALESCE(
    (SELECT max(p."occurredOn") FROM "ProgressUpdate" p WHERE p."actionItemId" = a."id"), a."dueDate")
  WHERE a."status" = 'DONE';

ALTER TABLE "ActionItem" DROP COLUMN "contactName";

ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_percentDone_range" CHECK ("percentDone" BETWEEN 0 AND 100);
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_dates_in_order" CHECK ("startDate" IS NULL OR "dueDate" >= "startDate");
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_percentDone_range" CHECK ("percentDone" BETWEEN 0 AND 100);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "actionItemId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT,
    "mediaType" TEXT,
    "sizeBytes" INTEGER,
    "content" BYTEA,
    "url" TEXT,
    "addedById" TEXT NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- A file has its bytes, name and checked type; a link has its address.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_kind_fields" CHECK (
  ("kind" = 'FILE' AND "content" IS NOT NULL AND "fileName" IS NOT NULL AND "mediaType" IS NOT NULL AND "sizeBytes" IS NOT NULL AND "url" IS NULL)
  OR ("kind" = 'LINK' AND "url" IS NOT NULL AND "content" IS NULL));

-- CreateIndex
CREATE INDEX "Evidence_actionItemId_createdAt_idx" ON "Evidence"("actionItemId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_addedById_idx" ON "Evidence"("addedById");

-- CreateIndex
CREATE INDEX "ActionItem_contactUserId_idx" ON "ActionItem"("contactUserId");

-- CreateIndex
CREATE INDEX "ActionItem_dueDate_idx" ON "ActionItem"("dueDate");

-- CreateIndex
CREATE INDEX "ActionItem_searchVector_idx" ON "ActionItem" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_occurredAt_idx" ON "AuditEvent"("entityType", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_occurredAt_idx" ON "AuditEvent"("kind", "occurredAt");

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search in Dutch. The document of an action is its title (weight A), its
-- description (B) and the text of its progress updates (C). The database keeps it current,
-- so no writer can forget: a new or edited action recomputes it, and new progress updates
-- are appended per statement (a bulk insert costs one UPDATE per action, not per row).
CREATE FUNCTION "action_item_search_document"(p_id TEXT, p_title TEXT, p_description TEXT) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('dutch', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('dutch', coalesce(p_description, '')), 'B')
      || setweight(to_tsvector('dutch', coalesce(
           (SELECT string_agg(p."text", ' ' ORDER BY p."createdAt") FROM "ProgressUpdate" p WHERE p."actionItemId" = p_id), '')), 'C')
$$;

CREATE FUNCTION "action_item_set_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := "action_item_search_document"(NEW."id", NEW."title", NEW."description");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ActionItem_search_vector" BEFORE INSERT OR UPDATE OF "title", "description" ON "ActionItem"
  FOR EACH ROW EXECUTE FUNCTION "action_item_set_search_vector"();
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "ActionItem_search_vector";

CREATE FUNCTION "progress_update_extend_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ActionItem" a
     SET "searchVector" = coalesce(a."searchVector", ''::tsvector) || added.document
    FROM (SELECT n."actionItemId", setweight(to_tsvector('dutch', string_agg(n."text", ' ' ORDER BY n."createdAt")), 'C') AS document
            FROM new_updates n GROUP BY n."actionItemId") added
   WHERE a."id" = added."actionItemId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProgressUpdate_extend_search_vector" AFTER INSERT ON "ProgressUpdate"
  REFERENCING NEW TABLE AS new_updates
  FOR EACH STATEMENT EXECUTE FUNCTION "progress_update_extend_search_vector"();
ALTER TABLE "ProgressUpdate" ENABLE ALWAYS TRIGGER "ProgressUpdate_extend_search_vector";

UPDATE "ActionItem" SET "searchVector" = "action_item_search_document"("id", "title", "description");
