import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { setUpSeededDatabase } from "@/test/seeded-database";
import {
  checkSessionTimes,
  continueSession,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_AGE_SECONDS,
  shouldTouch,
  startSession,
  type SessionClaims,
  type UserLookup,
} from "./session-policy";
import { endSession } from "./end-session";

const database = setUpSeededDatabase();
const signInTime = new Date(Date.UTC(2026, 10, 29, 8, 0));
const later = (seconds: number) => new Date(signInTime.getTime() + seconds * 1000);
const identity = {
  id: "u1",
  name: "Test",
  email: "t@example.org",
  role: "READER" as const,
  organisationId: "o1",
  sessionVersion: 3,
};
const activeUser: UserLookup = async () => ({ active: true, sessionVersion: 3 });

/** Walks a session forward: one request every `step` seconds until `until`, as the jwt callback sees them. */
async function keepWorking(token: JWT & SessionClaims, until: number, step: number) {
  let current: (JWT & SessionClaims) | null = token;
  for (let t = step; t <= until && current; t += step)
    current = await continueSession(current, { now: later(t), lookupUser: activeUser });
  return current;
}

describe("the session policy (the jwt callback's rules)", () => {
  it("keeps a token working while the user makes requests, and moves lastSeenAt, never signedInAt", async () => {
    const token = startSession(identity, signInTime);
    const next = await continueSession(token, { now: later(25 * 60), lookupUser: activeUser });
    expect(next).toMatchObject({
      sub: "u1",
      sv: 3,
      signedInAt: token.signedInAt,
      lastSeenAt: token.signedInAt + 25 * 60,
    });
  });

  it("ends a token after 30 minutes without a request", async () => {
    const token = startSession(identity, signInTime);
    expect(
      await continueSession(token, { now: later(SESSION_IDLE_SECONDS - 1), lookupUser: activeUser }),
    ).not.toBeNull();
    expect(await continueSession(token, { now: later(SESSION_IDLE_SECONDS), lookupUser: activeUser })).toBeNull();
    expect(checkSessionTimes(token, later(SESSION_IDLE_SECONDS + 5))).toBe("idle");
  });

  it("ends a token 8 hours after sign-in however busy the user is", async () => {
    const token = startSession(identity, signInTime);
    const beforeEnd = await keepWorking(token, SESSION_MAX_AGE_SECONDS - 600, 600);
    expect(beforeEnd).not.toBeNull();
    expect(beforeEnd!.signedInAt).toBe(token.signedInAt);
    expect(
      await continueSession(beforeEnd!, { now: later(SESSION_MAX_AGE_SECONDS), lookupUser: activeUser }),
    ).toBeNull();
    expect(checkSessionTimes(beforeEnd!, later(SESSION_MAX_AGE_SECONDS))).toBe("expired");
  });

  it("ends a token when the user's sessionVersion was raised or the user deactivated or removed", async () => {
    const token = startSession(identity, signInTime);
    const now = later(60);
    expect(
      await continueSession(token, { now, lookupUser: async () => ({ active: true, sessionVersion: 4 }) }),
    ).toBeNull();
    expect(
      await continueSession(token, { now, lookupUser: async () => ({ active: false, sessionVersion: 3 }) }),
    ).toBeNull();
    expect(await continueSession(token, { now, lookupUser: async () => null })).toBeNull();
  });

  it("refuses tokens without the session claims (issued before this version) and tokens from the future", async () => {
    const old = { sub: "u1", name: "Test", email: "t@example.org", role: "READER", organisationId: "o1" } as JWT;
    expect(await continueSession(old, { now: later(1), lookupUser: activeUser })).toBeNull();
    expect(checkSessionTimes(startSession(identity, later(3600)), signInTime)).toBe("malformed");
  });

  it("asks the proxy to re-issue the cookie at most once a minute", () => {
    const token = startSession(identity, signInTime);
    expect(shouldTouch(token, later(59))).toBe(false);
    expect(shouldTouch(token, later(60))).toBe(true);
  });
});

describe("sessionVersion in the database", () => {
  const lookup: UserLookup = (id) =>
    database.prisma.user.findUnique({ where: { id }, select: { active: true, sessionVersion: true } });
  const userByEmail = (email: string) => database.prisma.user.findUniqueOrThrow({ where: { email } });

  it("is raised by the database when a user's role, organisation or active flag changes, and not by other changes", async () => {
    const user = await userByEmail("bijdrager@fin.demo.opvolging.nl");
    const token = startSession({ ...user, sessionVersion: user.sessionVersion }, signInTime);
    expect(await continueSession(token, { now: later(60), lookupUser: lookup })).not.toBeNull();

    // A rehash or a new name leaves sessions alone.
    await database.prisma.user.update({
      where: { id: user.id },
      data: { name: "Ahmed El Amrani", passwordHash: user.passwordHash },
    });
    expect((await userByEmail(user.email)).sessionVersion).toBe(user.sessionVersion);

    await database.prisma.user.update({ where: { id: user.id }, data: { role: "READER" } });
    expect((await userByEmail(user.email)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await continueSession(token, { now: later(60), lookupUser: lookup })).toBeNull();

    const bz = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
    await database.prisma.$executeRaw`UPDATE "User" SET "organisationId" = ${bz.id} WHERE id = ${user.id}`;
    await database.prisma.$executeRaw`UPDATE "User" SET "active" = false WHERE id = ${user.id}`;
    expect((await userByEmail(user.email)).sessionVersion).toBe(user.sessionVersion + 3);
  });

  it("is raised by sign-out, which ends every session of the user and is recorded once", async () => {
    const user = await userByEmail("bijdrager@bz.demo.opvolging.nl");
    const laptop = startSession({ ...user }, signInTime);
    const phone = startSession({ ...user }, later(10));
    expect(await endSession(database.prisma, laptop)).toBe(true);
    expect(await continueSession(phone, { now: later(60), lookupUser: lookup })).toBeNull();
    // Signing out with a token that is already dead changes nothing.
    expect(await endSession(database.prisma, phone)).toBe(false);
    expect((await userByEmail(user.email)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await database.prisma.auditEvent.count({ where: { kind: "SIGNED_OUT", actorId: user.id } })).toBe(1);
  });
});
