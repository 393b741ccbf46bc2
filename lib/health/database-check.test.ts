// The start-up check's one sentence: which database, what is wrong, never the password.
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/test/test-database";
import { databaseProblem } from "@/lib/health/database-check";

const database = setUpTestDatabase();

describe("databaseProblem", () => {
  it("is null for a database that answers", async () => {
    expect(await databaseProblem(database.url)).toBeNull();
  });

  it("names host, port and user of an unreachable database in one sentence, without the password", async () => {
    const problem = await databaseProblem("postgresql://opvolging_app:heel-geheim@127.0.0.1:1/opvolging");
    expect(problem).toBe(
      "De database opvolging op 127.0.0.1:1 (gebruiker opvolging_app) is niet bereikbaar (ECONNREFUSED).",
    );
  });

  it("says when the database refuses the sign-in", async () => {
    const url = new URL(database.url);
    url.password = "fout-wachtwoord";
    const problem = await databaseProblem(url.toString());
    expect(problem).toMatch(/weigert de aanmelding: controleer gebruiker en wachtwoord in DATABASE_URL\.$/);
    expect(problem).not.toContain("fout-wachtwoord");
  });
});
