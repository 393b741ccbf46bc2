// `npm run restore -- <file>`: loads a backup (npm run backup, or the download on /beheer)
// into an empty database that is at the same migration: run `npm run db:migrate` on the
// empty database first. Connects as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL,
// else the embedded database in .data/). Refuses a database with content, another
// migration and a damaged or changed archive, each with one sentence, writing nothing.
import { access } from "node:fs/promises";
import pg from "pg";
import { openDatabaseTarget } from "./lib/dev-database.ts";
import { reportAndExit, reportUncaught } from "./lib/report-error.ts";
import { restoreBackup } from "../lib/backup/restore-backup.ts";
import { BackupRefusedError } from "../lib/backup/read-backup.ts";
import { nl } from "../lib/i18n/nl.ts";

async function main() {
  const started = performance.now();
  const file = process.argv[2];
  if (!file) throw new BackupRefusedError("notArchive", nl.backup.script.restoreUsage);
  await access(file).catch(() => {
    throw new BackupRefusedError("notArchive", nl.backup.script.fileMissing(file));
  });
  const target = await openDatabaseTarget();
  const client = new pg.Client({ connectionString: target.migrationUrl });
  try {
    await client.connect();
    const { rows } = await restoreBackup(client, file);
    console.log(
      nl.backup.script.restored(rows.toLocaleString("nl-NL"), `${((performance.now() - started) / 1000).toFixed(1)} s`),
    );
  } finally {
    await client.end().catch(() => {});
    await target.stop();
  }
}

reportUncaught();
main().catch((error) => {
  // The refusals are one Dutch sentence already; everything else as the other scripts do.
  if (error instanceof BackupRefusedError && !process.env.DEBUG) {
    console.error(`\nFout: ${error.message}`);
    process.exit(1);
  }
  reportAndExit(error);
});
