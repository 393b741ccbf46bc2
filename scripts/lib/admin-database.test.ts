import { describe, expect, inject, it } from "vitest";
import { DatabaseUnreachableError, dropDatabase, ensureDatabaseExists } from "./admin-database.ts";
import { getFreePort } from "./ports.ts";
import { withDatabase } from "./database-url.ts";
import { uniqueDatabaseName } from "../../test/test-postgres.ts";

describe("admin database", () => {
  it("creates a missing database once", async () => {
    const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_admin"));
    try {
      expect(await ensureDatabaseExists(url)).toBe(true);
      expect(await ensureDatabaseExists(url)).toBe(false);
    } finally {
      await dropDatabase(url);
    }
  });

  it("says in one sentence when the server cannot be reached", async () => {
    const url = `postgresql://app:geheim@127.0.0.1:${await getFreePort()}/opvolging`;
    const attempt = ensureDatabaseExists(url);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(attempt).rejects.toThrow(
      /^De database op postgresql:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/opvolging is niet bereikbaar/,
    );
  });
});
