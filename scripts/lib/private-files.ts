// Folders and files that hold secrets (.data/: the cluster, its passwords, AUTH_SECRET):
// folders private to the user, files written once and exclusively.
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

let postgresIds: { uid: number; gid: number } | undefined;
/** The OS user `postgres` that runs the cluster when we are root (see embedded-postgres.ts). */
export function postgresUser(): { uid: number; gid: number } {
  postgresIds ??= {
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  };
  return postgresIds;
}

/**
 * Creates `dir` with mode 0700, and takes back group and other rights from an existing
 * one: it holds secrets. One exception, as root only: a folder whose group is `postgres`
 * keeps the group's search bit (0710), which lets the cluster's OS user, and no one else,
 * pass through to the cluster inside (`letPostgresThrough` sets that up).
 */
export function ensurePrivateDir(dir: string, { letPostgresThrough = false } = {}): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (letPostgresThrough && isRoot() && statSync(dir).gid !== postgresUser().gid) chownSync(dir, 0, postgresUser().gid);
  const info = statSync(dir);
  const allowed = isRoot() && info.gid === postgresUser().gid ? 0o710 : 0o700;
  const wanted = letPostgresThrough && isRoot() ? 0o710 : (info.mode & 0o777 & allowed) | 0o700;
  if ((info.mode & 0o777) !== wanted) chmodSync(dir, wanted);
}

/**
 * The secret in `file`, or a new random one written there with flag "wx" and mode 0600:
 * when two processes race, exactly one write succeeds and both read the same secret.
 */
export function readOrCreateSecret(file: string, bytes: number): string {
  try {
    writeFileSync(file, `${randomBytes(bytes).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`${file} is leeg; verwijder het bestand, dan wordt een nieuw geheim gemaakt.`);
  return secret;
}
