-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "textEn" TEXT;

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "textEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- The journal stays append-only, with one exception (decision 040): a progress update's
-- English text may be filled in once, later, when it was left empty. Its Dutch text and
-- everything else stay as written; a second English text is refused like any other change.
-- The app role gets UPDATE on that one column only (scripts/lib/database-roles.ts).
CREATE FUNCTION "refuse_change_to_progress_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."textEn" IS NULL AND NEW."textEn" IS NOT NULL
     AND (to_jsonb(NEW) - 'textEn') = (to_jsonb(OLD) - 'textEn') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER "ProgressUpdate_append_only" ON "ProgressUpdate";
CREATE TRIGGER "ProgressUpdate_append_only" BEFORE UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_progress_update"();
ALTER TABLE "ProgressUpdate" ENABLE ALWAYS TRIGGER "ProgressUpdate_append_only";
