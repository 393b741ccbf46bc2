-- CreateTable
CREATE TABLE "DashboardStamp" (
    "id" INTEGER NOT NULL,
    "stamp" TEXT NOT NULL,

    CONSTRAINT "DashboardStamp_pkey" PRIMARY KEY ("id")
);

-- The dashboard's cache key (decision 051). Every transaction that changes a table the
-- dashboard reads gives the one row a new random stamp when it commits: the triggers are
-- deferred constraint triggers, so the row is locked only for the last moment before the
-- commit, after every other lock the transaction takes (no deadlock with other writers), and
-- the first of them in a transaction writes it, the rest see the transaction's mark and skip.
-- A reader in one snapshot sees a stamp and the data that came with it, so a dashboard cached
-- under that stamp is the dashboard of every later snapshot with the same stamp. Random, not a
-- counter: a restored backup or a copy of a template brings its stamp along with its data.
-- No row is inserted here: a restore loads into empty tables.
CREATE FUNCTION "dashboard_stamp_renew"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('opvolging.dashboard_stamp_xact', true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "DashboardStamp" ("id", "stamp") VALUES (1, gen_random_uuid()::text)
    ON CONFLICT ("id") DO UPDATE SET "stamp" = EXCLUDED."stamp";
    PERFORM set_config('opvolging.dashboard_stamp_xact', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ActionItem"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Commitment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CommitmentRecommendation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "DeadlineChange"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Evaluation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Organisation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ParliamentaryDocument"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();
CREATE CONSTRAINT TRIGGER "dashboard_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Recommendation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_stamp_renew"();

-- Like the other bookkeeping triggers: also in replica mode (a restore switches them off
-- itself, and loads the stamp as it was).
ALTER TABLE "ActionItem" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "Commitment" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "CommitmentRecommendation" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "DeadlineChange" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "Evaluation" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "Organisation" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "ParliamentaryDocument" ENABLE ALWAYS TRIGGER "dashboard_stamp";
ALTER TABLE "Recommendation" ENABLE ALWAYS TRIGGER "dashboard_stamp";
