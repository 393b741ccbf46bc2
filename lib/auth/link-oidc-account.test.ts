import { describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { isEmailVerifiedClaim, linkOidcAccount, type OidcProfile } from "./link-oidc-account";
import { findLinkedIdentity } from "./find-linked-identity";

const database = setUpSeededDatabase();
const issuer = "https://idp.example";
const profile = (
  sub: string,
  email: unknown,
  claims: Pick<OidcProfile, "emailVerified"> = { emailVerified: true },
): OidcProfile => ({
  provider: "oidc",
  issuer,
  providerAccountId: sub,
  email,
  ...claims,
});
const refusals = async (sub: string) =>
  (await database.prisma.auditEvent.findMany({ where: { kind: "OIDC_REFUSED" } })).filter(
    (event) => (event.after as { providerAccountId?: string }).providerAccountId === sub,
  );

describe("linkOidcAccount", () => {
  it("links an identity to the existing, active user with that verified e-mail address, and records it", async () => {
    const result = await linkOidcAccount(database.prisma, profile("idp-123", "Bijdrager@BZ.demo.opvolging.nl"));
    expect(result).toMatchObject({
      ok: true,
      newlyLinked: true,
      identity: { email: "bijdrager@bz.demo.opvolging.nl", role: "CONTRIBUTOR" },
    });
    const accounts = await database.prisma.account.findMany({ where: { providerAccountId: "idp-123" } });
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ issuer, userId: result.ok ? result.identity.id : "" });
    expect(await database.prisma.auditEvent.count({ where: { kind: "OIDC_LINKED", entityId: accounts[0]!.id } })).toBe(
      1,
    );
    // The next sign-in uses the link; it does not link again.
    expect(await linkOidcAccount(database.prisma, profile("idp-123", "bijdrager@bz.demo.opvolging.nl"))).toMatchObject({
      ok: true,
      newlyLinked: false,
    });
  });

  it('accepts email_verified as true or "true" only; a missing claim or "false" is refused and recorded', () => {
    expect(isEmailVerifiedClaim(true)).toBe(true);
    expect(isEmailVerifiedClaim("true")).toBe(true);
    for (const value of [false, "false", undefined, null, 1, "1", "TRUE", "yes"])
      expect(isEmailVerifiedClaim(value)).toBe(false);
  });

  it("refuses an unverified or unproven address, and records why", async () => {
    const coordinator = "coordinator@fin.demo.opvolging.nl";
    expect(await linkOidcAccount(database.prisma, profile("idp-missing", coordinator, {}))).toEqual({
      ok: false,
      reason: "email-unverified",
    });
    expect(
      await linkOidcAccount(database.prisma, profile("idp-false", coordinator, { emailVerified: "false" })),
    ).toEqual({ ok: false, reason: "email-unverified" });
    expect(
      await linkOidcAccount(database.prisma, profile("idp-string", coordinator, { emailVerified: "true" })),
    ).toMatchObject({ ok: true });
    expect(
      await database.prisma.account.count({ where: { providerAccountId: { in: ["idp-missing", "idp-false"] } } }),
    ).toBe(0);
    expect(await refusals("idp-missing")).toMatchObject([
      { entityType: "SignIn", entityId: coordinator, after: { reason: "email-unverified" } },
    ]);
  });

  it("never creates a user for an unknown address", async () => {
    const usersBefore = await database.prisma.user.count();
    expect(await linkOidcAccount(database.prisma, profile("idp-new", "nieuw@example.org"))).toEqual({
      ok: false,
      reason: "no-active-user",
    });
    expect(await database.prisma.user.count()).toBe(usersBefore);
    expect(await database.prisma.account.count({ where: { providerAccountId: "idp-new" } })).toBe(0);
  });

  it("refuses deactivated users and a missing address", async () => {
    await database.prisma.user.update({ where: { email: "lezer@bz.demo.opvolging.nl" }, data: { active: false } });
    expect(await linkOidcAccount(database.prisma, profile("idp-2", "lezer@bz.demo.opvolging.nl"))).toEqual({
      ok: false,
      reason: "no-active-user",
    });
    expect(await linkOidcAccount(database.prisma, profile("idp-4", undefined))).toEqual({
      ok: false,
      reason: "email-missing",
    });
  });

  it("keeps an identity bound to the user it was first linked to", async () => {
    await linkOidcAccount(database.prisma, profile("idp-9", "bijdrager@fin.demo.opvolging.nl"));
    // The identity provider later reports another user's address for the same subject.
    expect(await linkOidcAccount(database.prisma, profile("idp-9", "coordinator@fin.demo.opvolging.nl"))).toEqual({
      ok: false,
      reason: "subject-linked-to-other-user",
    });
  });

  it("never attaches a second subject of the same issuer to a user, also when both arrive at once", async () => {
    const email = "beheerder@fin.demo.opvolging.nl";
    const results = await Promise.all(
      ["idp-a", "idp-b", "idp-c"].map((sub) => linkOidcAccount(database.prisma, profile(sub, email))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: "user-linked-to-other-subject" },
      { ok: false, reason: "user-linked-to-other-subject" },
    ]);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await database.prisma.account.count({ where: { userId: user.id, issuer } })).toBe(1);
    // Another issuer is another identity: it may be linked as well.
    expect(
      await linkOidcAccount(database.prisma, { ...profile("idp-a", email), issuer: "https://andere-idp.example" }),
    ).toMatchObject({ ok: true });
  });

  it("refuses demo accounts where the production guards hold", async () => {
    expect(
      await linkOidcAccount(database.prisma, profile("idp-demo", "bijdrager@adsb.demo.opvolging.nl"), {
        refuseDemoAccounts: true,
      }),
    ).toEqual({
      ok: false,
      reason: "demo-account",
    });
  });
});

describe("findLinkedIdentity", () => {
  it("finds the active user an identity was linked to, and nobody otherwise", async () => {
    await linkOidcAccount(database.prisma, profile("idp-adsb", "bijdrager@adsb.demo.opvolging.nl"));
    expect(await findLinkedIdentity(database.prisma, { issuer, providerAccountId: "idp-adsb" })).toMatchObject({
      email: "bijdrager@adsb.demo.opvolging.nl",
      role: "CONTRIBUTOR",
    });
    expect(await findLinkedIdentity(database.prisma, { issuer, providerAccountId: "nooit-gekoppeld" })).toBeNull();

    await database.prisma.user.update({
      where: { email: "bijdrager@adsb.demo.opvolging.nl" },
      data: { active: false },
    });
    expect(await findLinkedIdentity(database.prisma, { issuer: issuer, providerAccountId: "idp-adsb" })).toBeNull();
  });
});
