// What a backup holds and in which order a restore loads it, read from PostgreSQL's own
// catalog: every table of the public schema (less EXCLUDED_TABLES), its columns, primary
// key and foreign keys, sorted so that every parent comes before its children. A cycle is
// broken at a nullable foreign key, whose column is loaded afterwards with an UPDATE.
import type pg from "pg";
import { EXCLUDED_TABLES, type Migration, type TableLayout } from "./backup-format.ts";

/** Session settings that fix every value's text form, in backup and restore alike. */
export const CANONICAL_SESSION_SQL = [
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET bytea_output = 'hex'",
  "SET extra_float_digits = 3",
].join("; ");

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

type ColumnRow = { table: string; column: string; type: string; not_null: boolean; generated: string };
type KeyRow = { table: string; columns: string[] };
type ForeignKeyRow = { name: string; table: string; parent: string; columns: string[] };

export async function readTableLayouts(client: pg.ClientBase): Promise<TableLayout[]> {
  const columns = await client.query<ColumnRow>(
    `SELECT c.relname::text AS table, a.attname::text AS column, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS not_null, a.attgenerated::text AS generated
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await client.query<KeyRow>(
    `SELECT c.relname::text AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relnamespace = 'public'::regnamespace AND i.indisprimary
      GROUP BY c.relname`,
  );
  const foreignKeys = await client.query<ForeignKeyRow>(
    `SELECT con.conname::text AS name, c.relname::text AS table, p.relname::text AS parent,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_class p ON p.oid = con.confrelid
       CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE con.contype = 'f' AND c.relnamespace = 'public'::regnamespace
      GROUP BY con.conname, c.relname, p.relname`,
  );

  const byTable = new Map<string, TableLayout>();
  for (const row of columns.rows) {
    if (row.table in EXCLUDED_TABLES) continue;
    // Generated columns are computed by the database again on insert: not carried.
    if (row.generated !== "") continue;
    const layout = byTable.get(row.table) ?? { name: row.table, columns: [], primaryKey: [], deferredColumns: [] };
    layout.columns.push({ name: row.column, type: row.type, notNull: row.not_null });
    byTable.set(row.table, layout);
  }
  for (const key of keys.rows) {
    const layout = byTable.get(key.table);
    if (layout) layout.primaryKey = key.columns;
  }
  for (const layout of byTable.values()) {
    // The primary key orders the rows, which makes the checksum depend on content alone.
    if (layout.primaryKey.length === 0)
      throw new Error(
        `Tabel ${layout.name} heeft geen primaire sleutel; een back-up kan haar rijen niet in vaste volgorde lezen.`,
      );
  }
  return inLoadOrder(byTable, foreignKeys.rows);
}

/**
 * Kahn's sort, by name among the tables that are ready, so that the order is the same on
 * every database at the same migration. When only cycles are left, the first nullable
 * foreign key in them (by table and constraint name) is deferred.
 */
function inLoadOrder(byTable: Map<string, TableLayout>, foreignKeys: ForeignKeyRow[]): TableLayout[] {
  const edges = foreignKeys
    .filter((fk) => byTable.has(fk.table) && byTable.has(fk.parent) && fk.table !== fk.parent)
    .sort((a, b) => a.table.localeCompare(b.table, "en") || a.name.localeCompare(b.name, "en"));
  // A self-reference is loaded in the same statement only when its column can wait.
  for (const fk of foreignKeys.filter(
    (candidate) => candidate.table === candidate.parent && byTable.has(candidate.table),
  )) {
    defer(byTable.get(fk.table)!, fk);
  }
  const ordered: TableLayout[] = [];
  const remaining = new Set([...byTable.keys()].sort((a, b) => a.localeCompare(b, "en")));
  let open = [...edges];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((table) => !open.some((fk) => fk.table === table && remaining.has(fk.parent)));
    if (ready.length > 0) {
      for (const table of ready) {
        ordered.push(byTable.get(table)!);
        remaining.delete(table);
      }
      continue;
    }
    const breakable = open.find(
      (fk) => remaining.has(fk.table) && remaining.has(fk.parent) && isNullable(byTable.get(fk.table)!, fk),
    );
    if (!breakable)
      throw new Error(
        `De tabellen ${[...remaining].join(", ")} verwijzen in een kring naar elkaar zonder een kolom die leeg mag blijven.`,
      );
    defer(byTable.get(breakable.table)!, breakable);
    open = open.filter((fk) => fk !== breakable);
  }
  return ordered;
}

function isNullable(layout: TableLayout, fk: ForeignKeyRow): boolean {
  return fk.columns.every((name) => layout.columns.find((column) => column.name === name)?.notNull === false);
}

function defer(layout: TableLayout, fk: ForeignKeyRow): void {
  if (!isNullable(layout, fk))
    throw new Error(`De verwijzing ${fk.name} van ${layout.name} naar zichzelf mag niet leeg blijven.`);
  for (const name of fk.columns) if (!layout.deferredColumns.includes(name)) layout.deferredColumns.push(name);
}

/** The applied migrations, oldest first (rolled-back and unfinished ones do not count). */
export async function readAppliedMigrations(client: pg.ClientBase): Promise<Migration[]> {
  const exists = await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
  if (!exists.rows[0]?.present) return [];
  const { rows } = await client.query<Migration>(
    `SELECT migration_name AS name, checksum FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name`,
  );
  return rows;
}

/** One table's rows as JSON lines of the text form of every value, in primary-key order. */
export function selectRowsSql(layout: TableLayout): string {
  const list = layout.columns
    .map((column) => `${quoteIdent(column.name)}::text AS ${quoteIdent(column.name)}`)
    .join(", ");
  const order = layout.primaryKey.map((name) => `t.${quoteIdent(name)} COLLATE "C"`).join(", ");
  return `SELECT row_to_json(t)::text AS line FROM (SELECT ${list} FROM ${quoteIdent(layout.name)}) t ORDER BY ${order}`;
}
