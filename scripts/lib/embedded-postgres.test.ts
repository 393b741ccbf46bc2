// The embedded database keeps the user's data across a restart, and fails with one
// clear sentence when its port or its data folder is taken.
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, EmbeddedPostgresError } from "./embedded-postgres.ts";
import { getFreePort } from "./ports.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "opvolging-embedded-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", { timeout: 60_000 }, () => {
  it("keeps committed data across a restart, with fsync on", async () => {
    const dataDir = path.join(dir, "durable");
    const first = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: true });
    try {
      expect(await query(first.urlFor("postgres"), "SHOW fsync")).toEqual([{ fsync: "on" }]);
      expect(await query(first.urlFor("postgres"), "SHOW listen_addresses")).toEqual([{ listen_addresses: "127.0.0.1" }]);
      await query(first.urlFor("postgres"), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('bewaard')");
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: true });
    try {
      expect(await query(second.urlFor("postgres"), "SELECT note FROM kept")).toEqual([{ note: "bewaard" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a taken port with a clear sentence", async () => {
    const blocker = net.createServer();
    const port = await getFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const starting = startEmbeddedPostgres({ dataDir: path.join(dir, "port"), port, durable: false });
      await expect(starting).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(starting).rejects.toThrow(`Poort ${port} op 127.0.0.1 is al in gebruik`);
    } finally {
      blocker.close();
    }
  });

  it("refuses a data folder that another server is using", async () => {
    const dataDir = path.join(dir, "shared");
    const running = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
    try {
      await expect(startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false })).rejects.toThrow(/draait al/);
    } finally {
      await running.stop();
    }
  });
});
