import { describe, expect, it } from "vitest";
import { configuredTarget } from "./dev-database.ts";

describe("which URL does what", () => {
  const owner = "postgresql://opvolging_owner:a@db.example/opvolging";
  const app = "postgresql://opvolging_app:b@db.example/opvolging";

  it("migrates as MIGRATION_DATABASE_URL and grants the DATABASE_URL user, when they differ", () => {
    expect(configuredTarget({ MIGRATION_DATABASE_URL: owner, DATABASE_URL: app })).toEqual({
      migrationUrl: owner,
      appUrl: app,
      appRole: "opvolging_app",
    });
  });

  it("falls back to the one URL given, with one role and no grants", () => {
    expect(configuredTarget({ DATABASE_URL: owner })).toEqual({
      migrationUrl: owner,
      appUrl: owner,
      appRole: undefined,
    });
    expect(configuredTarget({ MIGRATION_DATABASE_URL: owner })).toEqual({
      migrationUrl: owner,
      appUrl: owner,
      appRole: undefined,
    });
    expect(
      configuredTarget({ MIGRATION_DATABASE_URL: owner, DATABASE_URL: owner.replace(":a@", ":other@") })?.appRole,
    ).toBeUndefined();
  });

  it("uses the embedded database when neither is set (blank counts as unset)", () => {
    expect(configuredTarget({})).toBeUndefined();
    expect(configuredTarget({ DATABASE_URL: "  ", MIGRATION_DATABASE_URL: "" })).toBeUndefined();
  });
});
