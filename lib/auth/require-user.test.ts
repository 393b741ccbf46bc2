// getActor: the session token decrypted once per request (by the proxy, handed on in a signed
// header) and the user read in one statement, without weakening the checks: a forged, altered
// or stale header is ignored, and a raised sessionVersion or a deactivated account ends the
// session at the next request.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { startSession } from "@/lib/auth/session-policy";
import { SESSION_CLAIMS_HEADER, signSessionClaims } from "@/lib/auth/session-claims-header";
import { getEnv } from "@/lib/env";

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
const decodes = vi.hoisted(() => ({ count: 0 }));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { value: request.cookies.get(name)! } : undefined),
  }),
}));
vi.mock("next-auth/jwt", async (original) => {
  const actual = await original<typeof import("next-auth/jwt")>();
  return {
    ...actual,
    decode: (...args: Parameters<typeof actual.decode>) => {
      decodes.count += 1;
      return actual.decode(...args);
    },
  };
});

const database = setUpSeededDatabase();
const COOKIE = "authjs.session-token";
const EMAIL = "coordinator@fin.demo.opvolging.nl";

async function claimsFor(email: string) {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  return startSession({ ...user, sessionVersion: user.sessionVersion }, new Date());
}

/** What proxy.ts does for a request with a valid cookie: the cookie, and the claims handed on. */
async function requestThroughProxy(email: string) {
  const claims = await claimsFor(email);
  const secret = getEnv().AUTH_SECRET;
  request.cookies.set(COOKIE, await encode({ token: claims, secret, salt: COOKIE }));
  request.headers.set(SESSION_CLAIMS_HEADER, signSessionClaims(claims, secret, new Date()));
  return claims;
}

async function getActorFresh() {
  // React's cache() keeps one result per server render; each call here stands for a new request.
  vi.resetModules();
  const { getActor } = await import("@/lib/auth/require-user");
  return getActor();
}

beforeEach(() => {
  request.headers = new Headers();
  request.cookies = new Map();
  decodes.count = 0;
});
afterEach(async () => {
  await database.prisma.user.updateMany({ where: { email: EMAIL }, data: { active: true } });
});

describe("getActor: the session once per request", () => {
  it("uses the proxy's claims without decrypting the cookie again, and reads the user in one statement", async () => {
    await requestThroughProxy(EMAIL);
    const { statements, result } = await countStatements(database.url, () => getActorFresh());
    expect(result).toMatchObject({ email: EMAIL, role: "COORDINATOR", organisationCode: "FIN" });
    expect(statements).toBe(1);
    expect(decodes.count).toBe(0);
  });

  it("reads the cookie itself (one decryption) where no handed-on claims exist", async () => {
    await requestThroughProxy(EMAIL);
    request.headers.delete(SESSION_CLAIMS_HEADER);
    const { statements, result } = await countStatements(database.url, () => getActorFresh());
    expect(result?.email).toBe(EMAIL);
    expect(statements).toBe(1);
    expect(decodes.count).toBe(1);
  });

  it("ignores a header that the proxy did not sign, or that was altered, and falls back to the cookie", async () => {
    const claims = await requestThroughProxy(EMAIL);
    const reader = await database.prisma.user.findFirstOrThrow({ where: { role: "READER" } });
    // A forged header naming another user, signed with another secret: the cookie's user stays.
    request.headers.set(
      SESSION_CLAIMS_HEADER,
      signSessionClaims({ ...claims, sub: reader.id }, "another-secret-another-secret-0123456789", new Date()),
    );
    expect((await getActorFresh())?.email).toBe(EMAIL);
    // Without any cookie the forged header gives no session at all.
    request.cookies.clear();
    expect(await getActorFresh()).toBeNull();
    // An altered payload with the original signature is refused as well.
    const [, signature] = signSessionClaims(claims, getEnv().AUTH_SECRET, new Date()).split(".");
    const payload = Buffer.from(JSON.stringify({ claims: { ...claims, sub: reader.id }, until: 9e9 })).toString(
      "base64url",
    );
    request.headers.set(SESSION_CLAIMS_HEADER, `${payload}.${signature}`);
    expect(await getActorFresh()).toBeNull();
  });

  it("refuses handed-on claims older than a minute", async () => {
    const claims = await claimsFor(EMAIL);
    const aWhileAgo = new Date(Date.now() - 5 * 60_000);
    request.headers.set(SESSION_CLAIMS_HEADER, signSessionClaims(claims, getEnv().AUTH_SECRET, aWhileAgo));
    expect(await getActorFresh()).toBeNull();
  });

  it("ends the session at the next request after a sign-out elsewhere or a deactivation", async () => {
    await requestThroughProxy(EMAIL);
    expect(await getActorFresh()).not.toBeNull();
    await database.prisma.user.update({ where: { email: EMAIL }, data: { sessionVersion: { increment: 1 } } });
    expect(await getActorFresh()).toBeNull();

    await requestThroughProxy(EMAIL);
    expect(await getActorFresh()).not.toBeNull();
    await database.prisma.user.update({ where: { email: EMAIL }, data: { active: false } });
    expect(await getActorFresh()).toBeNull();
  });
});

describe("proxy.ts: the handed-on claims", () => {
  it("drops a header sent from outside and sets its own, signed, for a valid cookie", async () => {
    const claims = await claimsFor(EMAIL);
    const secret = getEnv().AUTH_SECRET;
    const cookie = await encode({ token: claims, secret, salt: COOKIE });
    const { proxy } = await import("@/proxy");
    const { verifySessionClaims } = await import("@/lib/auth/session-claims-header");
    const forged = "eyJmb3JnZWQiOnRydWV9.AAAA";
    const response = await proxy(
      new NextRequest("http://localhost/profiel", {
        headers: { cookie: `${COOKIE}=${cookie}`, [SESSION_CLAIMS_HEADER]: forged },
      }),
    );
    const handedOn = response.headers.get(`x-middleware-request-${SESSION_CLAIMS_HEADER}`);
    expect(handedOn).not.toBe(forged);
    expect(verifySessionClaims(handedOn, secret, new Date())?.sub).toBe(claims.sub);

    const anonymous = await proxy(
      new NextRequest("http://localhost/toegankelijkheid", { headers: { [SESSION_CLAIMS_HEADER]: forged } }),
    );
    expect(anonymous.headers.get(`x-middleware-request-${SESSION_CLAIMS_HEADER}`)).toBeNull();
  });
});

describe("REQUIRE_SECOND_FACTOR: a password alone opens nothing but the second step", () => {
  afterEach(() => vi.unstubAllEnvs());

  async function gates(mfa: boolean | undefined) {
    const claims = await claimsFor(EMAIL);
    const token = mfa === undefined ? { ...claims, mfa: undefined } : { ...claims, mfa };
    const secret = getEnv().AUTH_SECRET;
    request.headers.set(SESSION_CLAIMS_HEADER, signSessionClaims(token, secret, new Date()));
    vi.resetModules();
    const gate = await import("@/lib/auth/require-user");
    const requireUser = await gate.requireUser().then(
      (actor) => actor.email,
      (error: { digest?: string }) => String(error.digest),
    );
    return { actor: await gate.getActor(), requireUser, pending: await gate.requirePendingUser() };
  }

  it("sends a password-only session to /inloggen/tweede-stap and lets a passkey session through", async () => {
    vi.stubEnv("REQUIRE_SECOND_FACTOR", "true");
    const password = await gates(false);
    expect(password.actor).toBeNull();
    expect(password.requireUser).toContain("/inloggen/tweede-stap");
    expect(password.pending).toMatchObject({ actor: { email: EMAIL }, pendingSecondFactor: true });
    // A session from before the switch waits too.
    expect((await gates(undefined)).requireUser).toContain("/inloggen/tweede-stap");
    const passkey = await gates(true);
    expect(passkey.actor?.email).toBe(EMAIL);
    expect(passkey.requireUser).toBe(EMAIL);
  });

  it("changes nothing with the switch off", async () => {
    vi.stubEnv("REQUIRE_SECOND_FACTOR", "false");
    const password = await gates(false);
    expect(password.actor?.email).toBe(EMAIL);
    expect(password.pending.pendingSecondFactor).toBe(false);
  });
});
