-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "lastProgressOn" DATE;

-- The same statement-level trigger that appends new progress to the search vector now also
-- moves the action's lastProgressOn forward (never back: an update entered for an earlier
-- day does not hide a later one).
CREATE OR REPLACE FUNCTION "progress_update_extend_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ActionItem" a
     SET "searchVector" = coalesce(a."searchVector", ''::tsvector) || added.document,
         "lastProgressOn" = GREATEST(a."lastProgressOn", added."lastOn")
    FROM (SELECT n."actionItemId",
                 setweight(to_tsvector('dutch', string_agg(n."text", ' ' ORDER BY n."createdAt")), 'C') AS document,
                 max(n."occurredOn") AS "lastOn"
            FROM new_updates n GROUP BY n."actionItemId") added
   WHERE a."id" = added."actionItemId";
  RETURN NULL;
END;
$$;

UPDATE "ActionItem" a SET "lastProgressOn" = latest."lastOn"
  FROM (SELECT p."actionItemId", max(p."occurredOn") AS "lastOn" FROM "ProgressUpdate" p GROUP BY p."actionItemId") latest
 WHERE a."id" = latest."actionItemId";
