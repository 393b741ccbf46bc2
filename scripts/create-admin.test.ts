// `npm run users:create-admin` as an operator runs it, in a child process, against a database
// that has been migrated and seeded with the case's facts but has no users at all.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../test/test-database.ts";
import { seedDatabase } from "../prisma/seed.ts";
import { runCreateAdmin } from "../test/run-create-admin.ts";

const database = setUpTestDatabase();

beforeAll(async () => {
  await seedDatabase(database.prisma, { demo: false });
});

const createAdmin = (args: string[]) =>
  runCreateAdmin(args, {
    MIGRATION_DATABASE_URL: database.url,
    DATABASE_URL: database.url,
    AUTH_URL: "https://opvolging.example.nl",
    OPERATOR: "operator-jansen",
  });

const LINK = /https:\/\/opvolging\.example\.nl\/account\/activeren\/([A-Za-z0-9_-]{43})\n/;

describe("npm run users:create-admin", () => {
  it("makes the first Beheerder on a database without users and prints a one-time link, never a password", async () => {
    expect(await database.prisma.user.count()).toBe(0);
    const { code, stdout } = await createAdmin([
      "--email",
      "Eerste.Beheerder@MinFin.nl",
      "--name",
      "Eerste Beheerder",
      "--organisation",
      "fin",
    ]);
    expect(code).toBe(0);
    const token = LINK.exec(stdout)?.[1];
    expect(token).toBeDefined();
    expect(stdout).not.toMatch(/wachtwoord:/i);

    const user = await database.prisma.user.findUniqueOrThrow({
      where: { email: "eerste.beheerder@minfin.nl" },
      include: { organisation: true, oneTimeLinks: true },
    });
    expect(user).toMatchObject({ role: "ADMIN", active: true, passwordHash: null, organisation: { code: "FIN" } });
    // Stored as its SHA-256 only, valid 72 hours.
    expect(user.oneTimeLinks).toHaveLength(1);
    const link = user.oneTimeLinks[0]!;
    expect(link.tokenHash).toBe(createHash("sha256").update(token!).digest("hex"));
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBeGreaterThan(71 * 3600_000);
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBeLessThanOrEqual(72 * 3600_000 + 5_000);

    const events = await database.prisma.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.kind).sort()).toEqual(["CREATE", "INVITATION_SENT"]);
    for (const event of events) {
      expect(event.actorId).toBeNull();
      expect(event.after).toMatchObject({ operator: "operator-jansen", command: "users:create-admin", forced: false });
    }
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(link.tokenHash);
  });

  it("refuses when an active Beheerder exists, and changes nothing", async () => {
    const before = await database.prisma.user.count();
    const { code, stderr } = await createAdmin([
      "--email",
      "tweede@minfin.nl",
      "--name",
      "Tweede",
      "--organisation",
      "FIN",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("Er is al een actieve beheerder (eerste.beheerder@minfin.nl)");
    expect(stderr).toContain("--force");
    expect(stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
    expect(await database.prisma.user.count()).toBe(before);
  });

  it("with --force makes another one, in the audit trail with the operator as actor and forced", async () => {
    const { code, stdout } = await createAdmin([
      "--email",
      "nood@minfin.nl",
      "--name",
      "Noodbeheerder",
      "--organisation",
      "FIN",
      "--force",
    ]);
    expect(code).toBe(0);
    expect(LINK.test(stdout)).toBe(true);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "nood@minfin.nl" } });
    const created = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, kind: "CREATE" } });
    expect(created.actorId).toBeNull();
    expect(created.after).toMatchObject({ operator: "operator-jansen", forced: true });
  });

  it("with --force on an existing, deactivated account makes it an active Beheerder again and revokes its old link", async () => {
    const user = await database.prisma.user.update({
      where: { email: "nood@minfin.nl" },
      data: { active: false, role: "READER" },
    });
    const { code } = await createAdmin([
      "--email",
      "nood@minfin.nl",
      "--name",
      "Nood",
      "--organisation",
      "BZ",
      "--force",
    ]);
    expect(code).toBe(0);
    const after = await database.prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { organisation: true, oneTimeLinks: { orderBy: { createdAt: "asc" } } },
    });
    expect(after).toMatchObject({ role: "ADMIN", active: true, organisation: { code: "BZ" } });
    expect(after.sessionVersion).toBeGreaterThan(user.sessionVersion);
    expect(after.oneTimeLinks.map((link) => Boolean(link.revokedAt))).toEqual([true, false]);
  });

  it("names the known organisations when the code is unknown", async () => {
    const { code, stderr } = await createAdmin([
      "--email",
      "x@minfin.nl",
      "--name",
      "X",
      "--organisation",
      "XYZ",
      "--force",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("Onbekende organisatie 'XYZ'; kies uit: ADSB, BZ, FIN.");
  });
});
