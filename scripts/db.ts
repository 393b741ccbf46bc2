// Database scripts that work offline (no native Prisma schema engine needed):
//   npm run db:migrate             apply pending migrations
//   npm run db:migrate:new <name>  write a new migration from prisma/schema.prisma
//   npm run db:status              applied and pending migrations, and schema drift
//   npm run db:seed                add the case's data (and demo data on a local database)
//   npm run db:reset               drop, migrate and seed again (local databases only)
// Each works on DATABASE_URL, or on the embedded database in .data/ when it is unset.
import { openDatabaseTarget, type DatabaseTarget } from "./lib/dev-database.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { createMigration, diffSchemaAgainstMigrations, migrationStatus, parseConnectionString } from "./lib/migrate-engine.ts";
import { dropDatabase, createDatabase } from "./lib/admin-database.ts";
import { assertLocalDatabaseUrl, isLocalDatabaseUrl, redactDatabaseUrl } from "./lib/database-url.ts";
import { reportAndExit } from "./lib/report-error.ts";

const commands: Record<string, (target: DatabaseTarget, args: string[]) => Promise<void>> = {
  async migrate(target) {
    const applied = await migrateDatabase(target.url);
    console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "Geen openstaande migraties.");
  },

  async new(target, args) {
    const name = args[0];
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Geef een naam in kleine letters, cijfers en _: npm run db:migrate:new -- add_reminders");
    const connection = parseConnectionString(target.url);
    const file = await createMigration({ connection, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH, name });
    console.log(file ? `Nieuwe migratie: ${file}` : "Het schema komt al overeen met de migraties; er is niets te doen.");
  },

  async status(target) {
    const connection = parseConnectionString(target.url);
    const status = await migrationStatus({ connection, migrationsDir: MIGRATIONS_DIR });
    console.log(`Database: ${redactDatabaseUrl(target.url)}`);
    console.log(`Toegepast (${status.applied.length}): ${status.applied.join(", ") || "geen"}`);
    console.log(`Openstaand (${status.pending.length}): ${status.pending.join(", ") || "geen"}`);
    if (status.failed.length) console.log(`Mislukt (${status.failed.length}): ${status.failed.join(", ")}`);
    const drift = await diffSchemaAgainstMigrations({ connection, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    console.log(drift.trim() ? "Het schema wijkt af van de migraties: maak een migratie met npm run db:migrate:new -- <naam>." : "Schema en migraties komen overeen.");
    if (status.pending.length || status.failed.length) process.exitCode = 1;
  },

  async seed(target) {
    const demo = isLocalDatabaseUrl(target.url);
    const result = await seedDatabaseAt(target.url, { demo });
    if (!demo) console.log("Niet-lokale database: alleen de feiten van de casus, geen demo-accounts of illustratieve gegevens.");
    console.log(result.created ? "Demogegevens toegevoegd." : "De feiten zijn bijgewerkt; bestaande gegevens zijn ongemoeid gelaten.");
    console.log(Object.entries(result.counts).map(([name, count]) => `${name}: ${count}`).join(", "));
  },

  async reset(target) {
    assertLocalDatabaseUrl(target.url, "db:reset");
    await dropDatabase(target.url);
    await createDatabase(target.url);
    const applied = await migrateDatabase(target.url);
    const result = await seedDatabaseAt(target.url, { demo: true });
    console.log(`Database opnieuw opgebouwd: ${applied.length} migraties, ${result.counts.actionItems} acties.`);
  },
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) throw new Error(`Onbekende opdracht '${name ?? ""}'; kies uit: ${Object.keys(commands).join(", ")}`);
  const target = await openDatabaseTarget();
  try {
    await command(target, args);
  } finally {
    await target.stop();
  }
}

main().catch((error) => reportAndExit(error));
