// A backup into a file: written to <file>.part and renamed when complete, so that a file
// with the final name is always a whole backup. For `npm run backup` and the tests.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { backupArchiveStream } from "./write-backup.ts";
import type { BackupManifest } from "./backup-format.ts";

export async function writeBackupFile(
  databaseUrl: string,
  file: string,
  { createdAt = new Date() }: { createdAt?: Date } = {},
): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.part`;
  let manifest: BackupManifest | undefined;
  try {
    // Only its owner may read the file: it holds every person's data and password hashes.
    await pipeline(
      backupArchiveStream(client, { createdAt, onManifest: (value) => (manifest = value) }),
      createWriteStream(partial, { mode: 0o600 }),
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  return manifest!;
}
