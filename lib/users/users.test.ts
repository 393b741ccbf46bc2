import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { listUsers } from "./list-users";
import { getUser } from "./get-user";
import { removeOidcLink } from "./remove-oidc-link";
import { linkOidcAccount } from "@/lib/auth/link-oidc-account";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";

const database = setUpSeededDatabase();
const admin = () => actorFor(database, "beheerder@fin.demo.opvolging.nl");
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");
const target = "bijdrager@bz.demo.opvolging.nl";
const link = (sub: string) =>
  linkOidcAccount(database.prisma, {
    provider: "oidc",
    issuer: "https://idp.example",
    providerAccountId: sub,
    email: target,
    emailVerified: true,
  });

describe("user management for the Beheerder", () => {
  it("pages the list on the server in a stable order, every user exactly once; a page past the end shows the last", async () => {
    const actor = await admin();
    const pages = await Promise.all([1, 2, 3].map((page) => listUsers({ actor, page, pageSize: 2 })));
    expect(pages.map((page) => [page.page, page.pageCount, page.users.length])).toEqual([
      [1, 3, 2],
      [2, 3, 2],
      [3, 3, 2],
    ]);
    const all = (await listUsers({ actor, pageSize: 100 })).users.map((user) => user.id);
    expect(pages.flatMap((page) => page.users.map((user) => user.id))).toEqual(all);
    expect((await listUsers({ actor, page: 99, pageSize: 4 })).page).toBe(2);
  });

  it("lists users with role, organisation, active flag and linked identities, for a Beheerder only", async () => {
    await link("sub-lijst");
    const { users, total, pageCount } = await listUsers({ actor: await admin() });
    expect(users).toHaveLength(6);
    expect([total, pageCount]).toEqual([6, 1]);
    expect(users.find((user) => user.email === target)).toMatchObject({
      role: "CONTRIBUTOR",
      active: true,
      organisation: { code: "BZ" },
      linkedIssuers: ["https://idp.example"],
    });
    await expect(listUsers({ actor: await coordinator() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a user's links and recent sign-in events, and lets a Beheerder remove a link with an audit event", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: target } });
    await authorizeCredentials(
      database.prisma,
      { email: target, password: "fout" },
      { clientAddress: "192.0.2.7", cleanUpChance: 0 },
    );
    const details = await getUser({ actor: await admin(), userId: user.id });
    expect(details?.links).toMatchObject([{ issuer: "https://idp.example", subject: "sub-lijst" }]);
    expect(details?.signInEvents.map((event) => event.kind)).toEqual(
      expect.arrayContaining(["SIGN_IN_FAILED", "SIGN_IN_SUCCEEDED", "OIDC_LINKED"]),
    );
    expect(details?.signInEvents.find((event) => event.kind === "SIGN_IN_FAILED")).toMatchObject({
      method: "password",
      reason: "password",
      clientAddress: "192.0.2.7",
    });

    await expect(
      removeOidcLink({ actor: await coordinator(), userId: user.id, accountId: details!.links[0]!.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeOidcLink({ actor: await admin(), userId: user.id, accountId: details!.links[0]!.id });
    expect(await database.prisma.account.count({ where: { userId: user.id } })).toBe(0);
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const adminUser = await admin();
    expect(await database.prisma.auditEvent.findMany({ where: { kind: "OIDC_UNLINKED" } })).toMatchObject([
      {
        actorId: adminUser.id,
        entityType: "Account",
        before: { userId: user.id, issuer: "https://idp.example", providerAccountId: "sub-lijst" },
      },
    ]);
    expect((await getUser({ actor: adminUser, userId: user.id }))?.signInEvents[0]?.kind).toBe("OIDC_UNLINKED");

    // Removing it again, or another user's link, changes nothing and says so.
    await expect(
      removeOidcLink({ actor: adminUser, userId: user.id, accountId: details!.links[0]!.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // After removal the user can link again at the next verified sign-in.
    expect(await link("sub-nieuw")).toMatchObject({ ok: true, newlyLinked: true });
  });

  it("knows no user for an unknown id", async () => {
    expect(await getUser({ actor: await admin(), userId: "bestaat-niet" })).toBeNull();
  });
});
