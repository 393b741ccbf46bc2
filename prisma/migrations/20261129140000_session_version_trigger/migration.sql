-- Every session token carries the user's sessionVersion from sign-in; the app refuses a
-- token whose number is behind (lib/auth/session-policy.ts). Deactivation, a new role or
-- another organisation must end the user's sessions whoever makes the change (the app, a
-- later user-management page, psql), so the database raises the number itself. Sign-out
-- and a password change raise it in the app. GREATEST: a writer that raised it already in
-- the same statement does not raise it twice.
CREATE FUNCTION "raise_user_session_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."active" IS DISTINCT FROM OLD."active"
     OR NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId" THEN
    NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "User_raise_session_version" BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "raise_user_session_version"();
ALTER TABLE "User" ENABLE ALWAYS TRIGGER "User_raise_session_version";
