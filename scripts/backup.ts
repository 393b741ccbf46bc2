// `npm run backup [file]`: every table of the database, evidence files included, into one
// gzip'd archive with a manifest (lib/backup/, docs/decisions/018-backup-format.md).
// Reads as DATABASE_URL (the app role may read every table), or the embedded database in
// .data/ when no URL is set.
import { stat } from "node:fs/promises";
import { openDatabaseTarget } from "./lib/dev-database.ts";
import { reportAndExit, reportUncaught } from "./lib/report-error.ts";
import { writeBackupFile } from "../lib/backup/write-backup-file.ts";
import { backupFileName } from "../lib/backup/backup-format.ts";
import { nl } from "../lib/i18n/nl.ts";

const number = (value: number) => value.toLocaleString("nl-NL");

async function main() {
  const started = performance.now();
  const file = process.argv[2] ?? backupFileName(new Date());
  const target = await openDatabaseTarget();
  try {
    const manifest = await writeBackupFile(target.appUrl, file);
    const { size } = await stat(file);
    const rows = manifest.tableSummaries.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      nl.backup.script.written(
        file,
        `${number(Math.round(size / 1024))} kB`,
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
      ),
    );
    console.log(nl.backup.script.tables(number(manifest.tableSummaries.length), number(rows)));
  } finally {
    await target.stop();
  }
}

reportUncaught();
main().catch((error) => reportAndExit(error));
