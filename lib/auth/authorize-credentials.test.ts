import { describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { authorizeCredentials } from "./authorize-credentials";
import { MAX_FAILURES } from "./sign-in-throttle";
import { DEMO_PASSWORD } from "@/prisma/seed-data";

const database = setUpSeededDatabase();
const email = "coordinator@fin.demo.opvolging.nl";
const minutes = (n: number) => new Date(Date.UTC(2026, 10, 29, 9, 0) + n * 60_000);

describe("authorizeCredentials", () => {
  it("returns the user's identity for the right password, whatever the case of the address", async () => {
    const result = await authorizeCredentials(database.prisma, { email: "  Coordinator@FIN.demo.opvolging.nl ", password: DEMO_PASSWORD });
    expect(result).toMatchObject({ ok: true, identity: { email, role: "COORDINATOR", name: "Sanne de Vries" } });
  });

  it("refuses a wrong password, an unknown address and malformed input alike", async () => {
    const invalid = { ok: false, reason: "invalid" };
    expect(await authorizeCredentials(database.prisma, { email, password: "fout" })).toEqual(invalid);
    expect(await authorizeCredentials(database.prisma, { email: "onbekend@example.org", password: DEMO_PASSWORD })).toEqual(invalid);
    expect(await authorizeCredentials(database.prisma, { email: "geen-adres", password: DEMO_PASSWORD })).toEqual(invalid);
    expect(await authorizeCredentials(database.prisma, undefined)).toEqual(invalid);
  });

  it("refuses a deactivated user", async () => {
    await database.prisma.user.update({ where: { email: "lezer@bz.demo.opvolging.nl" }, data: { active: false } });
    expect(await authorizeCredentials(database.prisma, { email: "lezer@bz.demo.opvolging.nl", password: DEMO_PASSWORD })).toMatchObject({ ok: false });
  });
});

describe("the sign-in throttle", () => {
  it(`blocks an address for 15 minutes after ${MAX_FAILURES} failures, even with the right password`, async () => {
    const target = "bijdrager@bz.demo.opvolging.nl";
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      expect(await authorizeCredentials(database.prisma, { email: target, password: "gok" }, minutes(attempt))).toMatchObject({ reason: "invalid" });
    }
    expect(await authorizeCredentials(database.prisma, { email: target, password: DEMO_PASSWORD }, minutes(5))).toEqual({
      ok: false,
      reason: "throttled",
      retryAt: minutes(4 + 15),
    });
    // Other addresses are not affected; after the block the right password works and resets the count.
    expect(await authorizeCredentials(database.prisma, { email: "bijdrager@adsb.demo.opvolging.nl", password: DEMO_PASSWORD }, minutes(5))).toMatchObject({ ok: true });
    expect(await authorizeCredentials(database.prisma, { email: target, password: DEMO_PASSWORD }, minutes(20))).toMatchObject({ ok: true });
    expect(await database.prisma.signInThrottle.count({ where: { key: `email:${target}` } })).toBe(0);
  });

  it("treats unknown addresses the same, so it reveals nothing about which accounts exist", async () => {
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      await authorizeCredentials(database.prisma, { email: "niemand@example.org", password: "gok" }, minutes(attempt));
    }
    expect(await authorizeCredentials(database.prisma, { email: "niemand@example.org", password: "gok" }, minutes(5))).toMatchObject({ reason: "throttled" });
  });

  it("forgets failures older than the 15-minute window", async () => {
    const target = "bijdrager@fin.demo.opvolging.nl";
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) {
      await authorizeCredentials(database.prisma, { email: target, password: "gok" }, minutes(attempt));
    }
    await authorizeCredentials(database.prisma, { email: target, password: "gok" }, minutes(30));
    expect(await authorizeCredentials(database.prisma, { email: target, password: DEMO_PASSWORD }, minutes(31))).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly", async () => {
    const target = "tegelijk@example.org";
    await Promise.all(
      Array.from({ length: 8 }, () => authorizeCredentials(database.prisma, { email: target, password: "gok" }, minutes(0))),
    );
    const row = await database.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${target}` } });
    expect(row.attempts).toBe(8);
    expect(row.blockedUntil).toEqual(minutes(15));
  });
});
