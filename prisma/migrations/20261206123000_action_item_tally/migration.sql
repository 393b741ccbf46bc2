-- DropIndex
DROP INDEX "ActionItem_status_dueDate_idx";

-- CreateTable
CREATE TABLE "ActionItemTally" (
    "recommendationId" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ActionItemTally_pkey" PRIMARY KEY ("recommendationId","ownerOrganisationId","status")
);

-- The calendar feed's fingerprint (lib/calendar/feed-fingerprint.ts) reads count and
-- max(updatedAt) of an organisation's open actions from this index alone.
DROP INDEX "ActionItem_ownerOrganisationId_status_idx";
CREATE INDEX "ActionItem_ownerOrganisationId_status_idx" ON "ActionItem"("ownerOrganisationId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "ActionItem_dashboard_idx" ON "ActionItem"("status", "dueDate", "id", "ownerOrganisationId", "recommendationId", "percentDone", "startDate", "createdAt", "lastProgressOn");

-- The tally is kept by statement-level triggers with transition tables: one pass per
-- statement, however many rows it touched (the spreadsheet import and the generated data
-- insert thousands at once). An UPDATE that moves no action to another recommendation,
-- organisation or status (an edit, a percentage, the search-vector trigger) nets to zero and
-- writes nothing. Rows are written in key order, so two statements never wait on each other
-- in opposite orders. A row whose count drops to zero stays (at zero): readers skip it.
CREATE FUNCTION "action_item_tally_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ActionItemTally" AS t ("recommendationId", "ownerOrganisationId", "status", "count")
    SELECT n."recommendationId", n."ownerOrganisationId", n."status", count(*)::int
      FROM new_rows n GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("recommendationId", "ownerOrganisationId", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ActionItemTally" t SET "count" = t."count" - gone."count"
      FROM (SELECT o."recommendationId", o."ownerOrganisationId", o."status", count(*)::int AS "count"
              FROM old_rows o GROUP BY 1, 2, 3 ORDER BY 1, 2, 3) gone
     WHERE t."recommendationId" = gone."recommendationId" AND t."ownerOrganisationId" = gone."ownerOrganisationId"
       AND t."status" = gone."status";
  ELSE
    INSERT INTO "ActionItemTally" AS t ("recommendationId", "ownerOrganisationId", "status", "count")
    SELECT c."recommendationId", c."ownerOrganisationId", c."status", sum(c."delta")::int
      FROM (SELECT n."recommendationId", n."ownerOrganisationId", n."status", 1 AS "delta" FROM new_rows n
            UNION ALL
            SELECT o."recommendationId", o."ownerOrganisationId", o."status", -1 FROM old_rows o) c
     GROUP BY 1, 2, 3 HAVING sum(c."delta") <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("recommendationId", "ownerOrganisationId", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "action_item_tally_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "ActionItemTally";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "action_item_tally_insert" AFTER INSERT ON "ActionItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_item_tally_apply"();
CREATE TRIGGER "action_item_tally_update" AFTER UPDATE ON "ActionItem"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_item_tally_apply"();
CREATE TRIGGER "action_item_tally_delete" AFTER DELETE ON "ActionItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_item_tally_apply"();
CREATE TRIGGER "action_item_tally_truncate" AFTER TRUNCATE ON "ActionItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "action_item_tally_clear"();
-- Like the other bookkeeping triggers: also in replica mode (a restore switches them off
-- itself, and loads the tally as it was).
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "action_item_tally_insert";
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "action_item_tally_update";
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "action_item_tally_delete";
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "action_item_tally_truncate";

INSERT INTO "ActionItemTally" ("recommendationId", "ownerOrganisationId", "status", "count")
SELECT "recommendationId", "ownerOrganisationId", "status", count(*)::int FROM "ActionItem" GROUP BY 1, 2, 3;
