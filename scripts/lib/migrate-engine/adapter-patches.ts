// The patches that make @prisma/adapter-pg serve the schema engine, and the shadow
// database the engine replays migrations into. Each patch checks that the internal it
// replaces still exists and throws EngineInternalsChangedError naming it otherwise.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { UTC_SESSION_OPTIONS } from "../../../lib/utc-session.ts";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { DbConnection } from "./connection.ts";
import { EngineInternalsChangedError, requireFunction } from "./internals.ts";

const FILE = "scripts/lib/migrate-engine/adapter-patches.ts";
const LIBRARY = "@prisma/adapter-pg";

export type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The engine reads catalog columns of PostgreSQL's internal `"char"` type (OID 18, e.g.
 * pg_constraint.contype) and wants them typed Character, but adapter-pg rejects OID 18
 * as unsupported (and a Text column makes the engine panic). The text form is a
 * one-character string, so per query: relabel such columns as text (25) where the adapter
 * inspects them (performIO), then mark them Character in its result (queryRaw). The
 * WeakMap is keyed by the query object, so concurrent queries cannot mix up columns.
 */
export function acceptCharColumns(queryable: object): void {
  type Fields = { fields?: { dataTypeID: number }[] };
  const performIO = requireFunction<(query: object) => Promise<Fields>>(queryable, "performIO", LIBRARY, FILE).bind(
    queryable,
  );
  const queryRaw = requireFunction<(query: object) => Promise<{ columnTypes: number[] }>>(
    queryable,
    "queryRaw",
    LIBRARY,
    FILE,
  ).bind(queryable);
  const q = queryable as { performIO: typeof performIO; queryRaw: typeof queryRaw };
  const charColumns = new WeakMap<object, number[]>();
  q.performIO = async (query) => {
    const result = await performIO(query);
    const found = (result.fields ?? []).flatMap((f, i) => (f.dataTypeID === 18 ? [i] : []));
    for (const i of found) result.fields![i]!.dataTypeID = 25;
    if (found.length) charColumns.set(query, found);
    return result;
  };
  q.queryRaw = async (query) => {
    const out = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) out.columnTypes[i] = ColumnTypeEnum.Character;
    return out;
  };
}

/**
 * adapter-pg's executeScript splits a migration on every ";", which breaks function
 * bodies and string literals. PostgreSQL runs a multi-statement script itself (simple
 * query protocol, one implicit transaction), as Prisma's native engine does.
 */
export function runScriptsWhole(adapter: object): void {
  const a = adapter as { client?: { query?: unknown }; executeScript: (script: string) => Promise<void> };
  requireFunction(adapter, "executeScript", LIBRARY, FILE);
  const onError = requireFunction<(error: unknown) => never>(adapter, "onError", LIBRARY, FILE).bind(adapter);
  const client = a.client;
  if (!client || typeof client.query !== "function")
    throw new EngineInternalsChangedError(LIBRARY, "client.query", FILE);
  const query = (client.query as (sql: string) => Promise<unknown>).bind(client);
  a.executeScript = async (script) => {
    try {
      await query(script);
    } catch (error) {
      onError(error);
    }
  };
}

/** SHADOW_DATABASE_URL cannot be used as given. */
export class ShadowDatabaseConfigError extends Error {}

/** The drift check needs a shadow database and this role may not create one. */
export class ShadowDatabaseUnavailableError extends Error {
  constructor(user: string) {
    super(
      `De controle op afwijkingen tussen schema en migraties heeft een schaduwdatabase nodig, en gebruiker '${user}' mag geen databases aanmaken: zet SHADOW_DATABASE_URL op een lege database die alleen daarvoor dient.`,
    );
  }
}

async function runAs(connection: DbConnection, sql: string): Promise<void> {
  const client = new pg.Client(connection);
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/**
 * A throwaway database on the same server for the engine to replay migrations into
 * (needs CREATEDB). adapter-pg's own connectToShadowDb drops the database while its pool
 * is still connected, so the DROP waits 5 s and fails; here the pool is ended first.
 */
async function createShadowDb(connection: DbConnection): Promise<Adapter> {
  const name = `${connection.database.slice(0, 40)}_shadow_${randomBytes(6).toString("hex")}`;
  const quoted = `"${name.replace(/"/g, '""')}"`;
  try {
    await runAs(connection, `CREATE DATABASE ${quoted}`);
  } catch (error) {
    // 42501 insufficient_privilege: an owner role without CREATEDB, as on managed services.
    if ((error as { code?: string }).code === "42501") throw new ShadowDatabaseUnavailableError(connection.user);
    throw error;
  }
  const shadow = await new PrismaPg({ ...connection, database: name, max: 4, options: UTC_SESSION_OPTIONS }).connect();
  const release = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await release();
    await runAs(connection, `DROP DATABASE IF EXISTS ${quoted}`);
  };
  return shadow;
}

const EMPTY_PUBLIC_SCHEMA = "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;";

/**
 * SHADOW_DATABASE_URL: a database given for this purpose only (as with Prisma's
 * shadowDatabaseUrl), emptied before and after use. Never the database being checked.
 */
async function connectToGivenShadowDb(shadow: DbConnection, main: DbConnection): Promise<Adapter> {
  if (shadow.host === main.host && shadow.port === main.port && shadow.database === main.database) {
    throw new ShadowDatabaseConfigError(
      "SHADOW_DATABASE_URL wijst naar dezelfde database als de database zelf; geef een aparte, lege database op.",
    );
  }
  await runAs(shadow, EMPTY_PUBLIC_SCHEMA);
  const adapter = await new PrismaPg({ ...shadow, max: 4, options: UTC_SESSION_OPTIONS }).connect();
  const release = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await release();
    await runAs(shadow, EMPTY_PUBLIC_SCHEMA);
  };
  return adapter;
}

export function connectToShadowDb(connection: DbConnection, shadow?: DbConnection): Promise<Adapter> {
  return shadow ? connectToGivenShadowDb(shadow, connection) : createShadowDb(connection);
}
