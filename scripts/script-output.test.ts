// The scripts end a failure with one Dutch sentence: no stack lines, no engine output,
// unless DEBUG=1. Run as a user runs them: `tsx scripts/db.ts …` in a child process.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./lib/admin-database.ts";
import { withDatabase } from "./lib/database-url.ts";
import { getFreePort } from "./lib/ports.ts";
import { createUniqueRoles, uniqueDatabaseName } from "../test/test-postgres.ts";

const ROOT = path.resolve(".");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(
  args: string[],
  env: Record<string, string | undefined>,
  cwd = ROOT,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      TSX,
      ["--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts", "db.ts"), ...args],
      {
        cwd,
        env: {
          ...process.env,
          DEBUG: undefined,
          MIGRATION_DATABASE_URL: undefined,
          SHADOW_DATABASE_URL: undefined,
          ...env,
        },
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/** One line starting with "Fout:", one sentence, nothing an engine or a stack would print. */
function expectOneSentence(output: string, sentence: RegExp) {
  const lines = output
    .trim()
    .split("\n")
    .filter((line) => line.trim());
  expect(lines.at(-1)).toMatch(/^Fout: /);
  expect(lines.at(-1)).toMatch(sentence);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/[{}]|schema_core|panicked|\bError:|DEBUG=1 voor details\)\s*\S/);
}

let roles: Awaited<ReturnType<typeof createUniqueRoles>>;
let adminUrl: string;
let tmp: string;
const as = (who: { user: string; password: string }) => {
  const url = new URL(adminUrl);
  url.username = who.user;
  url.password = who.password;
  return url.toString();
};

beforeAll(async () => {
  roles = await createUniqueRoles(inject("testServerUrl"), "opvolging_cli");
  adminUrl = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_cli"));
  await createDatabase(adminUrl, { owner: roles.owner.user });
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "script-output-"));
});

afterAll(async () => {
  await dropDatabase(adminUrl);
  await roles?.drop();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe("script failures", { timeout: 240_000 }, () => {
  it("an unreachable database: one sentence", async () => {
    const { code, output } = await run(["status"], {
      DATABASE_URL: `postgresql://app:geheim@127.0.0.1:${await getFreePort()}/opvolging`,
    });
    expect(code).toBe(1);
    expectOneSentence(
      output,
      /^Fout: De database op postgresql:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/opvolging is niet bereikbaar/,
    );
  });

  it("a permission error from the engine (migrating as the app role): one sentence, and the detail with DEBUG=1", async () => {
    const env = { DATABASE_URL: as(roles.app) };
    const { code, output } = await run(["migrate"], env);
    expect(code).toBe(1);
    expectOneSentence(
      output,
      /^Fout: De databasegebruiker 'opvolging_cli_app_\w+' heeft geen recht .*permission denied for schema public/,
    );
    const debug = await run(["migrate"], { ...env, DEBUG: "1" });
    expect(debug.output).toMatch(/^\s+at /m);
  });

  it("a migration that fails: one sentence naming it, then db:resolve --rolled-back", async () => {
    const project = path.join(tmp, "project");
    await fs.mkdir(path.join(project, "prisma", "migrations", "20200101000000_broken"), { recursive: true });
    await fs.writeFile(
      path.join(project, "prisma", "migrations", "20200101000000_broken", "migration.sql"),
      "SELECT no_such_function();\n",
    );
    const env = { DATABASE_URL: as(roles.owner) };
    const failed = await run(["migrate"], env, project);
    expect(failed.code).toBe(1);
    expectOneSentence(failed.output, /^Fout: Migratie 20200101000000_broken mislukte: .*no_such_function/);

    const blocked = await run(["migrate"], env, project);
    expectOneSentence(
      blocked.output,
      /20200101000000_broken.*npm run db:resolve -- --rolled-back 20200101000000_broken/,
    );

    const resolved = await run(["resolve", "--rolled-back", "20200101000000_broken"], env, project);
    expect(resolved.output).toContain("Migratie 20200101000000_broken gemarkeerd als teruggedraaid");
    expect(resolved.code).toBe(0);
    const wrong = await run(["resolve", "--rolled-back"], env, project);
    expectOneSentence(
      wrong.output,
      /^Fout: Onbekende of onvolledige opties voor db:resolve; gebruik: npm run db:resolve -- --rolled-back <migratie>/,
    );
  });

  it("db:seed --demo on an empty local database, then db:reset only with --confirm <name>, as owner with the app role granted again", async () => {
    const name = new URL(adminUrl).pathname.slice(1);
    const env = { MIGRATION_DATABASE_URL: as(roles.owner), DATABASE_URL: as(roles.app) };
    await fs.rm(path.join(tmp, "project"), { recursive: true, force: true }); // the failed migration of the test above
    await withDatabaseClient(as(roles.owner), (client) =>
      client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"),
    );

    const refused = await run(["reset"], env);
    expect(refused.code).toBe(1);
    expectOneSentence(
      refused.output,
      new RegExp(`^Fout: db:reset weigert database '${name}': die draagt geen demomarkering`),
    );

    const migrated = await run(["migrate"], env);
    expect(migrated.output).toContain(`Rechten van de app-rol '${roles.app.user}' bijgewerkt.`);
    const seeded = await run(["seed", "--demo"], env);
    expect(seeded.output).toContain("Demogegevens toegevoegd.");

    const unconfirmed = await run(["reset"], env);
    expectOneSentence(unconfirmed.output, new RegExp(`bevestig met de naam: npm run db:reset -- --confirm ${name}$`));
    // A wrong name is refused the same way (scripts/lib/demo-marker.test.ts); the machines are slow, so not spawned again here.

    await withDatabaseClient(as(roles.owner), (client) => client.query(`UPDATE "Organisation" SET name = 'gewijzigd'`));
    const reset = await run(["reset", "--confirm", name], env);
    expect(reset.output).toContain(`Database '${name}' opnieuw opgebouwd`);
    expect(reset.code).toBe(0);
    await withDatabaseClient(as(roles.app), async (client) => {
      expect(
        (await client.query(`SELECT count(*)::int AS n FROM "Organisation" WHERE name = 'gewijzigd'`)).rows[0].n,
      ).toBe(0);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    });
  });
});
