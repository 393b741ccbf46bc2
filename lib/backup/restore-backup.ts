// Loads a backup into an empty database at the same migration (`npm run restore`), as the
// database's owner, in one transaction: the archive is read and checked once before
// anything is written, then again while loading (so a file changed in between is caught
// too). The append-only and bookkeeping triggers are switched off inside the transaction
// (ALTER TABLE … DISABLE TRIGGER: the owner may, the app role may not) so that restored
// audit events keep their time and the search vectors and lastProgressOn come back as
// they were; they are switched on again, each in its own mode (ENABLE ALWAYS), before the
// commit. DDL is transactional: no other session ever sees them off, and a failure leaves
// them on with nothing loaded. Foreign keys stay checked throughout.
import { isDeepStrictEqual } from "node:util";
import type pg from "pg";
import type { BackupManifest, TableLayout } from "./backup-format.ts";
import { CANONICAL_SESSION_SQL, quoteIdent, readAppliedMigrations, readTableLayouts } from "./database-catalog.ts";
import { BackupRefusedError, readBackupArchive, verifyBackupArchive, type ReadBackupOptions } from "./read-backup.ts";
import { nl } from "../i18n/nl.ts";

type TriggerRow = { table: string; trigger: string; enabled: "O" | "A" | "R" | "D" };

const ENABLE_SQL: Record<Exclude<TriggerRow["enabled"], "D">, string> = {
  O: "ENABLE TRIGGER",
  A: "ENABLE ALWAYS TRIGGER",
  R: "ENABLE REPLICA TRIGGER",
};

export type RestoreResult = { manifest: BackupManifest; rows: number };

export async function restoreBackup(
  client: pg.ClientBase,
  path: string,
  options?: ReadBackupOptions,
): Promise<RestoreResult> {
  const manifest = await verifyBackupArchive(path, options);
  await assertSameMigration(client, manifest);

  await client.query("BEGIN");
  try {
    await client.query(CANONICAL_SESSION_SQL.replaceAll("SET ", "SET LOCAL "));
    const triggers = await disableTriggers(client, manifest.tables);
    await assertEmpty(client, manifest.tables);

    const deferred = new Map<string, string[]>();
    // Rows as PostgreSQL counted them on insert: a line holding more than one row (two
    // objects side by side) passes the line count and the checksum, not this.
    const inserted = new Map<string, number>();
    let rows = 0;
    for await (const event of readBackupArchive(path, options)) {
      // The same file as checked above, or it was replaced in between.
      if (event.kind === "header" && !isDeepStrictEqual(event.header.tables, manifest.tables))
        throw new BackupRefusedError("damaged", nl.backup.restore.damaged(nl.backup.restore.badHeader));
      if (event.kind !== "rows") continue;
      const result = await client.query(insertSql(event.table), [`[${event.lines.join(",")}]`]);
      inserted.set(event.table.name, (inserted.get(event.table.name) ?? 0) + (result.rowCount ?? 0));
      rows += result.rowCount ?? 0;
      if (event.table.deferredColumns.length > 0) {
        const kept = deferred.get(event.table.name) ?? [];
        kept.push(...event.lines);
        deferred.set(event.table.name, kept);
      }
    }
    for (const summary of manifest.tableSummaries) {
      const found = inserted.get(summary.table) ?? 0;
      if (found !== summary.rows)
        throw new BackupRefusedError(
          "rowCount",
          nl.backup.restore.rowCount(
            summary.table,
            found.toLocaleString("nl-NL"),
            summary.rows.toLocaleString("nl-NL"),
          ),
        );
    }
    for (const table of manifest.tables) {
      const lines = deferred.get(table.name);
      for (let start = 0; lines && start < lines.length; start += 1_000) {
        await client.query(deferredUpdateSql(table), [`[${lines.slice(start, start + 1_000).join(",")}]`]);
      }
    }
    await advanceSequences(client, manifest.tables);
    for (const { table, trigger, enabled } of triggers) {
      await client.query(
        `ALTER TABLE ${quoteIdent(table)} ${ENABLE_SQL[enabled as keyof typeof ENABLE_SQL]} ${quoteIdent(trigger)}`,
      );
    }
    await client.query("COMMIT");
    return { manifest, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if ((error as { code?: string }).code === "42501")
      throw new BackupRefusedError("notOwner", nl.backup.restore.notOwner);
    throw error;
  }
}

async function assertSameMigration(client: pg.ClientBase, manifest: BackupManifest): Promise<void> {
  const migrations = await readAppliedMigrations(client);
  if (!isDeepStrictEqual(migrations, manifest.migrations)) {
    throw new BackupRefusedError(
      "migration",
      nl.backup.restore.migration(
        migrations.at(-1)?.name ?? nl.backup.restore.none,
        manifest.latestMigration ?? nl.backup.restore.none,
      ),
    );
  }
  const layouts = await readTableLayouts(client);
  for (const [index, expected] of manifest.tables.entries()) {
    if (!isDeepStrictEqual(layouts[index], expected))
      throw new BackupRefusedError("layout", nl.backup.restore.layout(expected.name));
  }
  if (layouts.length !== manifest.tables.length) {
    const extra = layouts.find((layout) => !manifest.tables.some((table) => table.name === layout.name));
    throw new BackupRefusedError("layout", nl.backup.restore.layout(extra?.name ?? "?"));
  }
}

/** Switches off every enabled user trigger of the tables (takes their locks, too); returns them to switch on again. */
async function disableTriggers(client: pg.ClientBase, tables: TableLayout[]): Promise<TriggerRow[]> {
  const { rows } = await client.query<TriggerRow>(
    `SELECT c.relname AS table, t.tgname AS trigger, t.tgenabled AS enabled
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'D'
        AND c.relname = ANY($1::text[])
      ORDER BY c.relname, t.tgname`,
    [tables.map((table) => table.name)],
  );
  for (const { table, trigger } of rows)
    await client.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER ${quoteIdent(trigger)}`);
  return rows;
}

async function assertEmpty(client: pg.ClientBase, tables: TableLayout[]): Promise<void> {
  const probes = tables.map(
    (table, index) => `SELECT ${index} AS i WHERE EXISTS (SELECT 1 FROM ${quoteIdent(table.name)})`,
  );
  const { rows } = await client.query<{ i: number }>(probes.join(" UNION ALL "));
  if (rows.length > 0) {
    const names = rows.map((row) => tables[row.i]!.name).sort();
    throw new BackupRefusedError(
      "notEmpty",
      nl.backup.restore.notEmpty(names.slice(0, 3).join(", ") + (names.length > 3 ? " …" : "")),
    );
  }
}

/**
 * A serial or identity column (none today: ids are cuids) continues after the highest
 * restored value, so that the next insert does not collide.
 */
async function advanceSequences(client: pg.ClientBase, tables: TableLayout[]): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname::text AS table, a.attname::text AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[]) AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    [tables.map((table) => table.name)],
  );
  for (const { table, column, sequence } of rows) {
    await client.query(
      `SELECT setval($1::regclass, coalesce((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
}

/** Each value from its text form through its type's own input function, as COPY would. */
const valueFrom = (column: { name: string; type: string }) => `(r->>${literal(column.name)})::${column.type}`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

function insertSql(table: TableLayout): string {
  const names = table.columns.map((column) => quoteIdent(column.name)).join(", ");
  const values = table.columns
    .map((column) => (table.deferredColumns.includes(column.name) ? `NULL::${column.type}` : valueFrom(column)))
    .join(", ");
  // OVERRIDING SYSTEM VALUE: an identity column gets its value from the archive too.
  return `INSERT INTO ${quoteIdent(table.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS r`;
}

function deferredUpdateSql(table: TableLayout): string {
  const column = (name: string) => table.columns.find((candidate) => candidate.name === name)!;
  const set = table.deferredColumns.map((name) => `${quoteIdent(name)} = ${valueFrom(column(name))}`).join(", ");
  const match = table.primaryKey
    .map((name) => `${quoteIdent(table.name)}.${quoteIdent(name)} = ${valueFrom(column(name))}`)
    .join(" AND ");
  return `UPDATE ${quoteIdent(table.name)} SET ${set} FROM json_array_elements($1::json) AS r WHERE ${match}`;
}
