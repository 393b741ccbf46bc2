import { mkdtemp, rm, stat, mkdir, chmod, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensurePrivateDir, isRoot, postgresUser, readOrCreateSecret } from "./private-files.ts";
import { localAuthSecret } from "./auth-secret.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "opvolging-private-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe("private folders and secrets", () => {
  it("creates .data/ with mode 0700, and tightens an existing one that others could read", async () => {
    const fresh = path.join(dir, "fresh", ".data");
    ensurePrivateDir(fresh);
    expect(await mode(fresh)).toBe(0o700);

    const wide = path.join(dir, "wide");
    await mkdir(wide);
    await chmod(wide, 0o755);
    ensurePrivateDir(wide);
    expect(await mode(wide)).toBe(0o700);
  });

  it.runIf(isRoot())(
    "as root, lets the postgres group (and no one else) pass through the cluster's folder",
    async () => {
      const parent = path.join(dir, "cluster-parent");
      ensurePrivateDir(parent, { letPostgresThrough: true });
      expect(await mode(parent)).toBe(0o710);
      expect((await stat(parent)).gid).toBe(postgresUser().gid);
      // A later call without the need (the AUTH_SECRET) keeps that one bit, and nothing more.
      await chmod(parent, 0o775);
      ensurePrivateDir(parent);
      expect(await mode(parent)).toBe(0o710);
    },
  );

  it("writes a secret once, exclusively, with mode 0600, and never replaces one that exists", async () => {
    const file = path.join(dir, "secret");
    const first = readOrCreateSecret(file, 18);
    expect(first).toMatch(/^[\w-]{24}$/);
    expect(await mode(file)).toBe(0o600);
    expect(readOrCreateSecret(file, 18)).toBe(first);

    // Another process won the race: its secret stands.
    const raced = path.join(dir, "raced");
    await writeFile(raced, "van-het-andere-proces\n", { mode: 0o600 });
    expect(readOrCreateSecret(raced, 18)).toBe("van-het-andere-proces");
    expect(await readFile(raced, "utf8")).toBe("van-het-andere-proces\n");
  });

  it("keeps AUTH_SECRET in a private .data/", async () => {
    const data = path.join(dir, "app", ".data");
    const saved = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      const secret = localAuthSecret(data);
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(localAuthSecret(data)).toBe(secret);
      expect(await mode(data)).toBe(0o700);
      expect(await mode(path.join(data, "auth-secret"))).toBe(0o600);
    } finally {
      if (saved !== undefined) process.env.AUTH_SECRET = saved;
    }
  });
});
