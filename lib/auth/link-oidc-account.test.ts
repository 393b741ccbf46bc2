import { describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { linkOidcAccount } from "./link-oidc-account";
import { findLinkedIdentity } from "./find-linked-identity";

const database = setUpSeededDatabase();

describe("linkOidcAccount", () => {
  it("links an identity to the existing, active user with that e-mail address", async () => {
    const identity = await linkOidcAccount(database.prisma, {
      provider: "oidc", issuer: "https://idp.example",
      providerAccountId: "idp-123",
      email: "Bijdrager@BZ.demo.opvolging.nl",
      emailVerified: true,
    });
    expect(identity).toMatchObject({ email: "bijdrager@bz.demo.opvolging.nl", role: "CONTRIBUTOR" });
    const accounts = await database.prisma.account.findMany({ where: { providerAccountId: "idp-123" } });
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.userId).toBe(identity?.id);
  });

  it("never creates a user for an unknown address", async () => {
    const usersBefore = await database.prisma.user.count();
    expect(await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-new", email: "nieuw@example.org" })).toBeNull();
    expect(await database.prisma.user.count()).toBe(usersBefore);
    expect(await database.prisma.account.count({ where: { providerAccountId: "idp-new" } })).toBe(0);
  });

  it("refuses deactivated users, unverified addresses and a missing address", async () => {
    await database.prisma.user.update({ where: { email: "lezer@bz.demo.opvolging.nl" }, data: { active: false } });
    expect(await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-2", email: "lezer@bz.demo.opvolging.nl" })).toBeNull();
    expect(
      await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-3", email: "coordinator@fin.demo.opvolging.nl", emailVerified: false }),
    ).toBeNull();
    expect(await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-4", email: undefined })).toBeNull();
  });

  it("keeps an identity bound to the user it was first linked to", async () => {
    await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-9", email: "bijdrager@fin.demo.opvolging.nl" });
    // The identity provider later reports another user's address for the same subject.
    expect(await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-9", email: "coordinator@fin.demo.opvolging.nl" })).toBeNull();
  });
});

describe("findLinkedIdentity", () => {
  it("finds the active user an identity was linked to, and nobody otherwise", async () => {
    await linkOidcAccount(database.prisma, { provider: "oidc", issuer: "https://idp.example", providerAccountId: "idp-adsb", email: "bijdrager@adsb.demo.opvolging.nl" });
    expect(await findLinkedIdentity(database.prisma, { issuer: "https://idp.example", providerAccountId: "idp-adsb" })).toMatchObject({
      email: "bijdrager@adsb.demo.opvolging.nl",
      role: "CONTRIBUTOR",
    });
    expect(await findLinkedIdentity(database.prisma, { issuer: "https://idp.example", providerAccountId: "nooit-gekoppeld" })).toBeNull();

    await database.prisma.user.update({ where: { email: "bijdrager@adsb.demo.opvolging.nl" }, data: { active: false } });
    expect(await findLinkedIdentity(database.prisma, { issuer: "https://idp.example", providerAccountId: "idp-adsb" })).toBeNull();
  });
});
