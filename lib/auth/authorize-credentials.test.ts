import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { authorizeCredentials } from "./authorize-credentials";
import { MAX_ATTEMPTS_PER_CLIENT, MAX_ATTEMPTS_PER_EMAIL, removeStaleSignInThrottles } from "./sign-in-throttle";
import { DEMO_PASSWORD } from "@/prisma/seed-data";

const database = setUpSeededDatabase();
const email = "coordinator@fin.demo.opvolging.nl";
const minutes = (n: number) => new Date(Date.UTC(2026, 10, 29, 9, 0) + n * 60_000);
const at = (n: number, clientAddress: string | null = null) => ({ now: minutes(n), clientAddress, cleanUpChance: 0 });

/** A valid hash with a low cost (N=2^10): wrong guesses in these tests need not take 0.5 s each. */
function cheapHash(password: string, N = 2 ** 10): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFC"), salt, 64, { N, r: 8, p: 1 });
  return ["scrypt", N, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

/** A user of this test alone, so the throttle tests share no counter with other tests. */
async function createUser(address: string, password = "eigen-wachtwoord", passwordHash?: string) {
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "FIN" } });
  return database.prisma.user.create({
    data: {
      email: address,
      name: "Test",
      role: "READER",
      organisationId: organisation.id,
      passwordHash: passwordHash ?? cheapHash(password),
    },
  });
}

const events = (kind: string, entityId: string) =>
  database.prisma.auditEvent.findMany({ where: { kind, entityId }, orderBy: { occurredAt: "asc" } });

describe("authorizeCredentials", () => {
  it("returns the user's identity for the right password, whatever the case of the address", async () => {
    const result = await authorizeCredentials(
      database.prisma,
      { email: "  Coordinator@FIN.demo.opvolging.nl ", password: DEMO_PASSWORD },
      { cleanUpChance: 0 },
    );
    expect(result).toMatchObject({
      ok: true,
      identity: { email, role: "COORDINATOR", name: "Sanne de Vries", sessionVersion: 1 },
    });
  });

  it("refuses a wrong password, an unknown address and malformed input alike", async () => {
    const invalid = { ok: false, reason: "invalid" };
    expect(await authorizeCredentials(database.prisma, { email, password: "fout" })).toEqual(invalid);
    expect(
      await authorizeCredentials(database.prisma, { email: "onbekend@example.org", password: DEMO_PASSWORD }),
    ).toEqual(invalid);
    expect(await authorizeCredentials(database.prisma, { email: "geen-adres", password: DEMO_PASSWORD })).toEqual(
      invalid,
    );
    expect(await authorizeCredentials(database.prisma, undefined)).toEqual(invalid);
  });

  it("refuses a deactivated user", async () => {
    await database.prisma.user.update({ where: { email: "lezer@bz.demo.opvolging.nl" }, data: { active: false } });
    expect(
      await authorizeCredentials(database.prisma, { email: "lezer@bz.demo.opvolging.nl", password: DEMO_PASSWORD }),
    ).toMatchObject({ ok: false });
  });

  it("refuses demo accounts where the production guards hold, even with the right password", async () => {
    const target = "bijdrager@adsb.demo.opvolging.nl";
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: target, password: DEMO_PASSWORD },
        { refuseDemoAccounts: true, cleanUpChance: 0 },
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await events("SIGN_IN_FAILED", target)).at(-1)?.after).toMatchObject({ reason: "demo-account" });
    await database.prisma.signInThrottle.deleteMany({});
  });
});

describe("sign-in events in the audit trail", () => {
  it("records success, failure and lockout, with the client address and never the password", async () => {
    const target = "audit@example.org";
    const user = await createUser(target, "juist-wachtwoord");
    await authorizeCredentials(database.prisma, { email: target, password: "geheim-fout-1" }, at(0, "192.0.2.1"));
    await authorizeCredentials(database.prisma, { email: target, password: "juist-wachtwoord" }, at(1, "192.0.2.1"));
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EMAIL + 2; attempt++) {
      await authorizeCredentials(database.prisma, { email: target, password: "geheim-fout-2" }, at(2, "192.0.2.1"));
    }

    const failed = await events("SIGN_IN_FAILED", target);
    expect(failed).toHaveLength(1 + MAX_ATTEMPTS_PER_EMAIL);
    expect(failed[0]).toMatchObject({
      entityType: "SignIn",
      actorId: user.id,
      after: { method: "password", reason: "password", clientAddress: "192.0.2.1" },
    });
    expect(await events("SIGN_IN_SUCCEEDED", target)).toMatchObject([
      { actorId: user.id, after: { method: "password", clientAddress: "192.0.2.1" } },
    ]);
    // One lockout event per block, not one per refused attempt.
    expect(await events("SIGN_IN_THROTTLED", target)).toMatchObject([
      { after: { limit: "email", retryAt: minutes(17).toISOString() } },
    ]);

    const everything = JSON.stringify(await database.prisma.auditEvent.findMany({ where: { entityId: target } }));
    expect(everything).not.toContain("geheim-fout");
    expect(everything).not.toContain("juist-wachtwoord");
  });
});

describe("the sign-in throttle", () => {
  it(`blocks an address for 15 minutes from its ${MAX_ATTEMPTS_PER_EMAIL}th failure, even with the right password`, async () => {
    const target = "blok@example.org";
    await createUser(target);
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EMAIL; attempt++) {
      expect(
        await authorizeCredentials(database.prisma, { email: target, password: "gok" }, at(attempt)),
      ).toMatchObject({ reason: "invalid" });
    }
    expect(await authorizeCredentials(database.prisma, { email: target, password: "eigen-wachtwoord" }, at(5))).toEqual(
      {
        ok: false,
        reason: "throttled",
        retryAt: minutes(4 + 15),
      },
    );
    // Other addresses are not affected; after the block the right password works and resets the count.
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: "bijdrager@adsb.demo.opvolging.nl", password: DEMO_PASSWORD },
        at(5),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await authorizeCredentials(database.prisma, { email: target, password: "eigen-wachtwoord" }, at(20)),
    ).toMatchObject({ ok: true });
    expect(await database.prisma.signInThrottle.count({ where: { key: `email:${target}` } })).toBe(0);
  });

  it("treats unknown addresses the same, so it reveals nothing about which accounts exist", async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EMAIL; attempt++) {
      await authorizeCredentials(database.prisma, { email: "niemand@example.org", password: "gok" }, at(attempt));
    }
    expect(
      await authorizeCredentials(database.prisma, { email: "niemand@example.org", password: "gok" }, at(5)),
    ).toMatchObject({ reason: "throttled" });
  });

  it("forgets attempts older than the 15-minute window", async () => {
    const target = "venster@example.org";
    await createUser(target);
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EMAIL - 1; attempt++) {
      await authorizeCredentials(database.prisma, { email: target, password: "gok" }, at(attempt));
    }
    await authorizeCredentials(database.prisma, { email: target, password: "gok" }, at(30));
    expect(
      await authorizeCredentials(database.prisma, { email: target, password: "eigen-wachtwoord" }, at(31)),
    ).toMatchObject({ ok: true });
  });

  it("checks at most 5 of 20 parallel wrong guesses: each is counted before its password is checked", async () => {
    const target = "tegelijk@example.org";
    await createUser(target);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        authorizeCredentials(database.prisma, { email: target, password: `gok-${index}` }, at(0)),
      ),
    );
    // Every checked password leaves a SIGN_IN_FAILED event; refused ones are not checked.
    expect(await events("SIGN_IN_FAILED", target)).toHaveLength(MAX_ATTEMPTS_PER_EMAIL);
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_ATTEMPTS_PER_EMAIL);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(
      20 - MAX_ATTEMPTS_PER_EMAIL,
    );
    const row = await database.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${target}` } });
    expect(row.attempts).toBe(20);
    expect(row.blockedUntil).toEqual(minutes(15));
  });

  it(`limits one client address to ${MAX_ATTEMPTS_PER_CLIENT} attempts over many e-mail addresses, and gives successes back`, async () => {
    const client = "198.51.100.23";
    await database.prisma.signInThrottle.create({
      data: {
        key: `ip:${client}`,
        attempts: MAX_ATTEMPTS_PER_CLIENT - 2,
        windowStartedAt: minutes(0),
        updatedAt: minutes(0),
      },
    });
    const sprayed = await authorizeCredentials(
      database.prisma,
      { email: "spray-1@example.org", password: "Welkom01" },
      at(1, client),
    );
    expect(sprayed).toMatchObject({ reason: "invalid" });
    // A colleague behind the same address signs in correctly: the attempt is given back.
    await createUser("collega@example.org", "collega-wachtwoord");
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: "collega@example.org", password: "collega-wachtwoord" },
        at(1, client),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: "spray-2@example.org", password: "Welkom01" },
        at(2, client),
      ),
    ).toMatchObject({ reason: "invalid" });
    // The limit is reached: the next address is not even checked, whatever its own count.
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: "spray-3@example.org", password: "Welkom01" },
        at(3, client),
      ),
    ).toEqual({
      ok: false,
      reason: "throttled",
      retryAt: minutes(17),
    });
    expect(await events("SIGN_IN_FAILED", "spray-3@example.org")).toHaveLength(0);
    expect(await events("SIGN_IN_THROTTLED", "spray-3@example.org")).toMatchObject([
      { after: { limit: "client-address", clientAddress: client } },
    ]);
    // Another client address is not affected.
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: "spray-3@example.org", password: "Welkom01" },
        at(3, "198.51.100.24"),
      ),
    ).toMatchObject({
      reason: "invalid",
    });
  });

  it("removes rows untouched for a day that block nobody, on a fraction of attempts and on demand", async () => {
    await database.prisma.signInThrottle.createMany({
      data: [
        { key: "email:oud@example.org", attempts: 2, windowStartedAt: minutes(-3000), updatedAt: minutes(-3000) },
        {
          key: "email:nog-geblokkeerd@example.org",
          attempts: 5,
          windowStartedAt: minutes(-3000),
          blockedUntil: minutes(60),
          updatedAt: minutes(-3000),
        },
        { key: "email:recent@example.org", attempts: 2, windowStartedAt: minutes(-10), updatedAt: minutes(-10) },
      ],
    });
    const keys = async () =>
      (
        await database.prisma.signInThrottle.findMany({
          where: {
            key: { in: ["email:oud@example.org", "email:nog-geblokkeerd@example.org", "email:recent@example.org"] },
          },
        })
      )
        .map((row) => row.key)
        .sort();
    // An attempt whose dice say "clean up" removes the stale row.
    await authorizeCredentials(
      database.prisma,
      { email: "iemand@example.org", password: "gok" },
      { now: minutes(0), cleanUpChance: 0.5, random: () => 0.1 },
    );
    expect(await keys()).toEqual(["email:nog-geblokkeerd@example.org", "email:recent@example.org"]);
    expect(await removeStaleSignInThrottles(database.prisma, minutes(24 * 60 + 61))).toBeGreaterThanOrEqual(2);
    expect(await keys()).toEqual([]);
  });
});

describe("password hash upgrade at sign-in", () => {
  it("rehashes a hash made with old parameters at the next successful sign-in, keeping the session version", async () => {
    const legacy = cheapHash("oud-maar-goed", 2 ** 14);
    const user = await createUser("oude-hash@example.org", "", legacy);

    expect(
      await authorizeCredentials(database.prisma, { email: "oude-hash@example.org", password: "fout" }, at(0)),
    ).toMatchObject({ ok: false });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(legacy);

    const result = await authorizeCredentials(
      database.prisma,
      { email: "oude-hash@example.org", password: "oud-maar-goed" },
      at(1),
    );
    expect(result).toMatchObject({ ok: true, identity: { sessionVersion: 1 } });
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(after.sessionVersion).toBe(1);
    expect(
      await authorizeCredentials(database.prisma, { email: "oude-hash@example.org", password: "oud-maar-goed" }, at(2)),
    ).toMatchObject({ ok: true });
    expect((await events("SIGN_IN_SUCCEEDED", "oude-hash@example.org"))[0]?.after).toMatchObject({ rehashed: true });
  });
});
