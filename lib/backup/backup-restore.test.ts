// Backup → restore into a fresh database → backup again gives the same content, table by
// table (row counts and SHA-256); a restore refuses a database with content, another
// migration and a changed, cut-off or foreign file, writing nothing; the append-only
// triggers work again afterwards. The target is made as production has it: owned by an
// owner role, migrated by it, with an app role beside it.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import pg from "pg";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { insertLetterDraft } from "@/test/letter-fixture";
import { pdfFile } from "@/test/fixtures/evidence/files";
import { createUniqueRoles, uniqueDatabaseName } from "@/test/test-postgres";
import { createDatabase, dropDatabase } from "@/scripts/lib/admin-database";
import { withDatabase } from "@/scripts/lib/database-url";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { writeBackupFile } from "./write-backup-file";
import { restoreBackup } from "./restore-backup";
import { BackupRefusedError, verifyBackupArchive } from "./read-backup";
import type { BackupManifest } from "./backup-format";

const source = setUpSeededDatabase();
let dir: string;
let roles: Awaited<ReturnType<typeof createUniqueRoles>>;
const databases: string[] = [];
let archive: string;
let manifest: BackupManifest;

/** A new database as production has it: owned by the owner role and migrated by it. */
async function freshDatabase(): Promise<{ ownerUrl: string; appUrl: string }> {
  const server = inject("testServerUrl");
  const url = withDatabase(server, uniqueDatabaseName("opvolging_restore"));
  databases.push(url);
  await createDatabase(url, { owner: roles.owner.user });
  const as = (who: { user: string; password: string }) => {
    const parsed = new URL(url);
    parsed.username = encodeURIComponent(who.user);
    parsed.password = encodeURIComponent(who.password);
    return parsed.toString();
  };
  await migrateDatabase(as(roles.owner), { appRole: roles.app.user });
  return { ownerUrl: as(roles.owner), appUrl: as(roles.app) };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const restoreInto = (url: string, file: string) => withClient(url, (client) => restoreBackup(client, file));
const rowCount = (url: string) =>
  withClient(url, async (client) =>
    Number(
      (await client.query(`SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "AuditEvent") AS n`)).rows[0].n,
    ),
  );

async function refusal(promise: Promise<unknown>): Promise<BackupRefusedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupRefusedError);
  return error as BackupRefusedError;
}

/** The archive with its text changed by `edit` (gunzip, edit, gzip again). */
async function editedArchive(name: string, edit: (text: string) => string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, gzipSync(edit(gunzipSync(await readFile(archive)).toString("utf8"))));
  return file;
}

/**
 * The archive with a table's rows changed by `edit` and that table's end line and manifest
 * entry written to match, as someone who knows the format would forge it.
 */
async function forgedArchive(name: string, table: string, edit: (rows: string[]) => string[]): Promise<string> {
  const lines = gunzipSync(await readFile(archive))
    .toString("utf8")
    .split("\n");
  const start = lines.indexOf(JSON.stringify(["table", { table }]));
  const end = lines.findIndex((line, index) => index > start && line.startsWith('["end",'));
  const rows = edit(lines.slice(start + 1, end));
  const hash = createHash("sha256");
  for (const row of rows) hash.update(row).update("\n");
  const summary = { table, rows: rows.length, sha256: hash.digest("hex") };
  const [, forgedManifest] = JSON.parse(lines.at(-2)!) as ["manifest", BackupManifest];
  forgedManifest.tableSummaries = forgedManifest.tableSummaries.map((entry) =>
    entry.table === table ? summary : entry,
  );
  const text = [
    ...lines.slice(0, start + 1),
    ...rows,
    JSON.stringify(["end", summary]),
    ...lines.slice(end + 1, -2),
    JSON.stringify(["manifest", forgedManifest]),
    "",
  ].join("\n");
  const file = path.join(dir, name);
  await writeFile(file, gzipSync(text));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "opvolging-backup-"));
  roles = await createUniqueRoles(withDatabase(inject("testServerUrl"), "postgres"), "opvolging_bk");
  // A letter (with the LetterDraft ↔ LetterSnapshot cycle) and an evidence file (bytes).
  await insertLetterDraft(source.prisma);
  const action = await source.prisma.actionItem.findFirstOrThrow({ orderBy: { id: "asc" } });
  const coordinator = await source.prisma.user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
  const file = pdfFile();
  await source.prisma.evidence.create({
    data: {
      actionItemId: action.id,
      kind: "FILE",
      title: "Verslag",
      fileName: file.name,
      mediaType: file.mimeType,
      sizeBytes: file.buffer.length,
      content: new Uint8Array(file.buffer),
      addedById: coordinator.id,
    },
  });
  archive = path.join(dir, "bron.jsonl.gz");
  manifest = await writeBackupFile(source.url, archive);
});

afterAll(async () => {
  for (const url of databases) await dropDatabase(url).catch(() => {});
  await roles?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("backup", () => {
  it("holds every table but the excluded ones, with counts, checksums and the migrations", async () => {
    const names = manifest.tables.map((table) => table.name);
    expect(names).toContain("AuditEvent");
    expect(names).toContain("Evidence");
    expect(names).not.toContain("_prisma_migrations");
    expect(names).not.toContain("SignInThrottle");
    expect(names).not.toContain("ApiRateWindow");
    // parents before children; the letter cycle broken at LetterDraft.snapshotId
    expect(names.indexOf("Organisation")).toBeLessThan(names.indexOf("User"));
    expect(names.indexOf("LetterDraft")).toBeLessThan(names.indexOf("LetterSnapshot"));
    expect(manifest.tables.find((table) => table.name === "LetterDraft")?.deferredColumns).toEqual(["snapshotId"]);
    expect(manifest.latestMigration).toBe(manifest.migrations.at(-1)?.name);
    const count = (table: string) => manifest.tableSummaries.find((summary) => summary.table === table)?.rows;
    expect(count("Evidence")).toBe(await source.prisma.evidence.count());
    expect(count("AuditEvent")).toBe(await source.prisma.auditEvent.count());
    expect(count("LetterSnapshot")).toBe(1);
    expect(await verifyBackupArchive(archive)).toEqual(manifest);
  });
});

describe("restore", () => {
  it("gives the same content: a backup of the restored database has the same counts and checksums", async () => {
    const target = await freshDatabase();
    const { rows } = await restoreInto(target.ownerUrl, archive);
    expect(rows).toBe(manifest.tableSummaries.reduce((sum, table) => sum + table.rows, 0));
    const again = await writeBackupFile(target.appUrl, path.join(dir, "terug.jsonl.gz"));
    expect(again.tableSummaries).toEqual(manifest.tableSummaries);
    expect(again.migrations).toEqual(manifest.migrations);
    expect(again.tables).toEqual(manifest.tables);

    // The evidence bytes and the audit times came back as they were.
    const evidence = await source.prisma.evidence.findFirstOrThrow({
      where: { kind: "FILE" },
      orderBy: { createdAt: "desc" },
    });
    const restored = await withClient(target.appUrl, (client) =>
      client.query(
        `SELECT content, "searchVector"::text AS sv FROM "Evidence" e JOIN "ActionItem" a ON a.id = e."actionItemId" WHERE e.id = $1`,
        [evidence.id],
      ),
    );
    expect(Buffer.from(restored.rows[0].content).equals(Buffer.from(evidence.content!))).toBe(true);
    expect(restored.rows[0].sv).toBeTruthy();

    // The guards are back: the append-only tables refuse a change, also for the owner, and
    // a new audit event gets the database's time again.
    await withClient(target.ownerUrl, async (client) => {
      await expect(
        client.query(`UPDATE "AuditEvent" SET kind = 'UPDATE' WHERE id = (SELECT min(id) FROM "AuditEvent")`),
      ).rejects.toThrow();
      await expect(client.query(`DELETE FROM "ProgressUpdate"`)).rejects.toThrow();
      await expect(client.query(`UPDATE "LetterSnapshot" SET "peildatum" = '2000-01-01'`)).rejects.toThrow();
      const inserted = await client.query(
        `INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind, "occurredAt") VALUES ('na-terugzetten', 'Database', 'x', 'UPDATE', '1999-01-01') RETURNING "occurredAt"`,
      );
      expect(new Date(inserted.rows[0].occurredAt).getUTCFullYear()).toBeGreaterThan(2000);
      const { rows: disabled } = await client.query(
        `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'A'`,
      );
      expect(disabled).toEqual([]);
    });

    // …and a second restore into the same, now filled, database is refused, nothing written.
    const before = await rowCount(target.ownerUrl);
    const error = await refusal(restoreInto(target.ownerUrl, archive));
    expect(error.reason).toBe("notEmpty");
    expect(error.message).toMatch(/^De database is niet leeg/);
    expect(await rowCount(target.ownerUrl)).toBe(before);
  });

  it("refuses a database at another migration", async () => {
    const target = await freshDatabase();
    await withClient(withDatabase(inject("testServerUrl"), new URL(target.ownerUrl).pathname.slice(1)), (client) =>
      client.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [manifest.latestMigration]),
    );
    const error = await refusal(restoreInto(target.ownerUrl, archive));
    expect(error.reason).toBe("migration");
    expect(error.message).toContain(manifest.latestMigration!);
    expect(await rowCount(target.ownerUrl)).toBe(0);
  });

  it("refuses a changed, a cut-off and a foreign file, writing nothing", async () => {
    const target = await freshDatabase();
    // One letter changed in a row of the audit trail: the table's checksum no longer matches.
    const tampered = await editedArchive("gewijzigd.jsonl.gz", (text) =>
      text.replace(/"kind":"SEED_DEMO"/, '"kind":"SEED_DEMX"'),
    );
    expect((await refusal(restoreInto(target.ownerUrl, tampered))).reason).toBe("checksum");
    // A row added to a table is caught by the count.
    const added = await editedArchive("extra.jsonl.gz", (text) =>
      text.replace(/\n(\["end",\{"table":"Indicator")/, '\n{"id":"extra"}\n$1'),
    );
    expect((await refusal(restoreInto(target.ownerUrl, added))).reason).toBe("checksum");
    const cutOff = await editedArchive("afgebroken.jsonl.gz", (text) => text.slice(0, Math.floor(text.length / 2)));
    expect((await refusal(restoreInto(target.ownerUrl, cutOff))).reason).toBe("damaged");
    const foreign = path.join(dir, "geen-back-up.jsonl.gz");
    await writeFile(foreign, "dit is geen back-up");
    expect((await refusal(restoreInto(target.ownerUrl, foreign))).reason).toBe("notArchive");
    expect(await rowCount(target.ownerUrl)).toBe(0);
  });

  it("refuses a line holding two rows, though its count and checksum were forged to match", async () => {
    const target = await freshDatabase();
    const twoOnOneLine = await forgedArchive("twee-op-een-regel.jsonl.gz", "Indicator", (rows) => [
      `${rows[0]},${rows[1]}`,
      ...rows.slice(2),
    ]);
    const error = await refusal(restoreInto(target.ownerUrl, twoOnOneLine));
    expect(error.reason).toBe("rowCount");
    expect(error.message).toMatch(/^Tabel Indicator gaf \d+ rijen bij het laden, het manifest noemt er \d+/);
    expect(await rowCount(target.ownerUrl)).toBe(0);
  });

  it("refuses a line longer than the limit before reading it whole, writing nothing", async () => {
    const target = await freshDatabase();
    // One line of 3 MB without a newline, read with a limit of 1 MB.
    const endless = path.join(dir, "eindeloze-regel.jsonl.gz");
    await writeFile(endless, gzipSync(`["header",{"format":"opvolging-backup","x":"${"a".repeat(3 * 1024 * 1024)}`));
    const error = await refusal(
      withClient(target.ownerUrl, (client) => restoreBackup(client, endless, { maxLineChars: 1024 * 1024 })),
    );
    expect(error.reason).toBe("lineTooLong");
    expect(error.message).toMatch(/^De back-up bevat een regel van meer dan 1 MB/);
    expect(await rowCount(target.ownerUrl)).toBe(0);
  });

  it("refuses the app role, which may not switch the guards off, writing nothing", async () => {
    const target = await freshDatabase();
    const error = await refusal(restoreInto(target.appUrl, archive));
    expect(error.reason).toBe("notOwner");
    expect(await rowCount(target.ownerUrl)).toBe(0);
  });
});
