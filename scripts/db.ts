// Database scripts that work offline (no native Prisma schema engine needed):
//   npm run db:migrate                          apply pending migrations, then the app role's rights
//   npm run db:migrate:new -- <name>            write a new migration from prisma/schema.prisma
//   npm run db:status                           applied, pending and failed migrations, and schema drift
//   npm run db:resolve -- --rolled-back <name>  after repairing a failed migration: apply it again later
//   npm run db:resolve -- --applied <name>      … or: the repair did its work
//   npm run db:seed [-- --demo]                 add the case's facts (and demo data, see demo-marker.ts)
//   npm run db:reset -- --confirm <database>    empty, migrate and seed again (demo databases only)
// Each works as MIGRATION_DATABASE_URL (or DATABASE_URL), or on the embedded database in
// .data/ when neither is set (scripts/lib/dev-database.ts).
import { parseArgs } from "node:util";
import { openDatabaseTarget, withShadowDatabase, type DatabaseTarget } from "./lib/dev-database.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { createMigration, parseConnectionString, resolveMigration } from "./lib/migrate-engine.ts";
import { withDatabaseClient } from "./lib/admin-database.ts";
import { databaseName } from "./lib/database-url.ts";
import { assertResettable, shouldSeedDemo } from "./lib/demo-marker.ts";
import { databaseStatusReport } from "./lib/status-report.ts";
import { reportAndExit, reportUncaught } from "./lib/report-error.ts";

type Command = {
  options?: NonNullable<Parameters<typeof parseArgs>[0]>["options"];
  usage?: string;
  run(target: DatabaseTarget, values: Record<string, unknown>, positionals: string[]): Promise<void>;
};

const commands: Record<string, Command> = {
  migrate: {
    async run(target) {
      const applied = await migrateDatabase(target.migrationUrl, { appRole: target.appRole });
      console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "Geen openstaande migraties.");
      if (target.appRole) console.log(`Rechten van de app-rol '${target.appRole}' bijgewerkt.`);
    },
  },

  new: {
    async run(target, _values, [name]) {
      if (!name || !/^[a-z0-9_]+$/.test(name))
        throw new Error("Geef een naam in kleine letters, cijfers en _: npm run db:migrate:new -- add_reminders");
      const connection = parseConnectionString(target.migrationUrl);
      const file = await withShadowDatabase(target, (shadowUrl) =>
        createMigration({
          connection,
          migrationsDir: MIGRATIONS_DIR,
          schemaPath: SCHEMA_PATH,
          name,
          shadow: shadowUrl ? parseConnectionString(shadowUrl) : undefined,
        }),
      );
      console.log(
        file ? `Nieuwe migratie: ${file}` : "Het schema komt al overeen met de migraties; er is niets te doen.",
      );
    },
  },

  status: {
    async run(target) {
      const report = await withShadowDatabase(target, (shadowUrl) =>
        databaseStatusReport({
          url: target.migrationUrl,
          shadowUrl,
          migrationsDir: MIGRATIONS_DIR,
          schemaPath: SCHEMA_PATH,
        }),
      );
      for (const line of report.lines) console.log(line);
      if (!report.upToDate) process.exitCode = 1;
    },
  },

  resolve: {
    options: { "rolled-back": { type: "string" }, applied: { type: "string" } },
    usage: "npm run db:resolve -- --rolled-back <migratie> of npm run db:resolve -- --applied <migratie>",
    async run(target, values) {
      const rolledBack = values["rolled-back"] as string | undefined;
      const applied = values.applied as string | undefined;
      if (Boolean(rolledBack) === Boolean(applied)) {
        throw new Error(
          "Geef precies één van: npm run db:resolve -- --rolled-back <migratie> of npm run db:resolve -- --applied <migratie>",
        );
      }
      const migrationName = (rolledBack ?? applied)!;
      await resolveMigration({
        connection: parseConnectionString(target.migrationUrl),
        migrationsDir: MIGRATIONS_DIR,
        migrationName,
        as: rolledBack ? "rolled-back" : "applied",
      });
      console.log(
        rolledBack
          ? `Migratie ${migrationName} gemarkeerd als teruggedraaid; npm run db:migrate past haar opnieuw toe.`
          : `Migratie ${migrationName} gemarkeerd als toegepast.`,
      );
    },
  },

  seed: {
    options: { demo: { type: "boolean" } },
    usage: "npm run db:seed of npm run db:seed -- --demo",
    async run(target, values) {
      const demo = await shouldSeedDemo(target.migrationUrl, {
        embedded: target.embedded,
        requested: values.demo === true,
      });
      const result = await seedDatabaseAt(target.migrationUrl, { demo });
      if (!demo)
        console.log(
          "Alleen de feiten van de casus: deze database draagt geen demomarkering (npm run db:seed -- --demo maakt demogegevens in een lege lokale database).",
        );
      console.log(
        result.created
          ? "Demogegevens toegevoegd."
          : "De feiten zijn bijgewerkt; bestaande gegevens zijn ongemoeid gelaten.",
      );
      console.log(
        Object.entries(result.counts)
          .map(([name, count]) => `${name}: ${count}`)
          .join(", "),
      );
    },
  },

  reset: {
    options: { confirm: { type: "string" } },
    usage: "npm run db:reset -- --confirm <naam van de database>",
    async run(target, values) {
      await assertResettable(target.migrationUrl, {
        embedded: target.embedded,
        confirm: values.confirm as string | undefined,
      });
      // Emptying the schema needs only ownership, not the right to create databases.
      await withDatabaseClient(target.migrationUrl, (client) =>
        client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"),
      );
      const applied = await migrateDatabase(target.migrationUrl, { appRole: target.appRole });
      const result = await seedDatabaseAt(target.migrationUrl, { demo: true });
      console.log(
        `Database '${databaseName(target.migrationUrl)}' opnieuw opgebouwd: ${applied.length} migraties, ${result.counts.actionItems} acties.`,
      );
    },
  },
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) throw new Error(`Onbekende opdracht '${name ?? ""}'; kies uit: ${Object.keys(commands).join(", ")}`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: command.options ?? {}, allowPositionals: name === "new" });
  } catch {
    throw new Error(
      `Onbekende of onvolledige opties voor db:${name === "new" ? "migrate:new" : name}; gebruik: ${command.usage ?? `npm run db:${name}`}`,
    );
  }
  const target = await openDatabaseTarget();
  try {
    await command.run(target, parsed.values, parsed.positionals);
  } finally {
    await target.stop();
  }
}

reportUncaught();
main().catch((error) => reportAndExit(error));
