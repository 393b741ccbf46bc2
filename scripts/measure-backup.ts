// Backup and restore of the large data set (scripts/lib/large-data.ts: 10,000 actions),
// measured once: `npx tsx scripts/measure-backup.ts [actions]`. A throwaway embedded
// PostgreSQL (fsync off) in a temporary folder: demo + large data → backup (as the app
// role) → restore into a fresh migrated database (as the owner) → backup again; prints the
// times and the archive size, and fails when the two manifests' tables differ in any row
// count or checksum. Touches no other database.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { getFreePort } from "./lib/ports.ts";
import { createDatabase } from "./lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { addLargeData, largeDataSizes } from "./lib/large-data.ts";
import { writeBackupFile } from "../lib/backup/write-backup-file.ts";
import { restoreBackup } from "../lib/backup/restore-backup.ts";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const actions = Number(process.argv[2] ?? 10_000);
  const dir = await mkdtemp(path.join(tmpdir(), "opvolging-backup-meting-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "postgres"),
    port: await getFreePort(),
    durable: false,
  });
  try {
    for (const name of ["bron", "doel"]) {
      await createDatabase(server.urlFor(name), { owner: server.owner.user });
      await migrateDatabase(server.ownerUrlFor(name), { appRole: server.app.user });
    }
    await seedDatabaseAt(server.ownerUrlFor("bron"), { demo: true });
    const generated = performance.now();
    await addLargeData(server.ownerUrlFor("bron"), largeDataSizes(actions));
    console.log(`Gegevens gemaakt (${actions} acties) in ${seconds(generated)}.`);

    const file = path.join(dir, "bron.jsonl.gz");
    let started = performance.now();
    const first = await writeBackupFile(server.appUrlFor("bron"), file);
    const rows = first.tableSummaries.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Back-up: ${rows.toLocaleString("nl-NL")} rijen, ${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB, in ${seconds(started)}.`,
    );

    started = performance.now();
    const client = new pg.Client({ connectionString: server.ownerUrlFor("doel") });
    await client.connect();
    try {
      await restoreBackup(client, file);
    } finally {
      await client.end();
    }
    console.log(`Terugzetten (controle + laden) in ${seconds(started)}.`);

    const second = await writeBackupFile(server.appUrlFor("doel"), path.join(dir, "doel.jsonl.gz"));
    if (!isDeepStrictEqual(first.tableSummaries, second.tableSummaries))
      throw new Error("De back-up van de teruggezette database verschilt van de eerste.");
    console.log("Tweede back-up gelijk aan de eerste: zelfde aantallen en controlesommen per tabel.");
    for (const table of first.tableSummaries)
      if (table.rows > 1000)
        console.log(`  ${table.table.padEnd(20)} ${table.rows.toLocaleString("nl-NL").padStart(9)}`);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
