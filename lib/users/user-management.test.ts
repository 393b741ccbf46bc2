import { beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import type { Actor } from "@/lib/auth/actor";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { hashPassword } from "@/lib/auth/password";
import { linkOidcAccount } from "@/lib/auth/link-oidc-account";
import { getActor } from "@/lib/auth/require-user";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { ChangeUserAccessSchema, CreateUserSchema, SetUserActiveSchema } from "@/lib/validation/user";
import { createUser } from "./create-user";
import { changeUserAccess } from "./change-user-access";
import { setUserActive } from "./set-user-active";
import { readableUserChanges } from "./readable-user-changes";

// getActor reads the request's session claims: here the session is whatever the test says.
const session = vi.hoisted(() => ({ current: null as { user: { id: string; sessionVersion: number } } | null }));
vi.mock("@/lib/auth/current-session-claims", () => ({
  currentSessionClaims: async () =>
    session.current && { sub: session.current.user.id, sv: session.current.user.sessionVersion },
}));

const database = setUpSeededDatabase();

let admin: Actor;
let organisations: Record<string, string>;

beforeAll(async () => {
  admin = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
  organisations = Object.fromEntries(
    (await database.prisma.organisation.findMany()).map((organisation) => [organisation.code, organisation.id]),
  );
});

const uniqueEmail = () => `nieuw-${randomUUID().slice(0, 8)}@test.opvolging.nl`;

/** A user made directly in the database, as another part of the app or an earlier import would. */
async function makeUser({
  role = "CONTRIBUTOR",
  organisation = "BZ",
}: { role?: "READER" | "CONTRIBUTOR" | "COORDINATOR" | "ADMIN"; organisation?: string } = {}) {
  return database.prisma.user.create({
    data: {
      email: uniqueEmail(),
      name: `Gebruiker ${randomUUID().slice(0, 4)}`,
      role,
      organisationId: organisations[organisation]!,
    },
  });
}

const input = (fields: Record<string, string>) => CreateUserSchema.parse(fields);

describe("createUser", () => {
  it("is for a Beheerder only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "users:manage",
      prepare: async () => uniqueEmail(),
      run: (actor, email) =>
        createUser({
          actor,
          input: input({ name: "Nieuwe collega", email, organisationId: organisations.FIN!, role: "READER" }),
        }),
    });
    expect(actual).toEqual(expected);
  });

  it("stores the address in lower case, sends an invitation instead of a password and audits both without secrets", async () => {
    const { userId } = await createUser({
      actor: admin,
      input: input({
        name: " Anna de Wit ",
        email: " Anna.de.Wit@MinFin.NL ",
        organisationId: organisations.ADSB!,
        role: "CONTRIBUTOR",
      }),
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({
      name: "Anna de Wit",
      email: "anna.de.wit@minfin.nl",
      role: "CONTRIBUTOR",
      organisationId: organisations.ADSB,
      active: true,
    });
    // Nobody but the person will know the password: there is none until the invitation is used.
    expect(user.passwordHash).toBeNull();
    expect(await database.prisma.oneTimeLink.count({ where: { userId, kind: "invitation", usedAt: null } })).toBe(1);

    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "User", entityId: userId },
      orderBy: { occurredAt: "asc" },
    });
    expect(events).toMatchObject([
      {
        kind: "CREATE",
        actorId: admin.id,
        before: null,
        after: {
          name: "Anna de Wit",
          email: "anna.de.wit@minfin.nl",
          role: "CONTRIBUTOR",
          organisationId: organisations.ADSB,
          active: true,
        },
      },
      { kind: "INVITATION_SENT", actorId: admin.id, after: { email: "anna.de.wit@minfin.nl" } },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/scrypt|wachtwoord|password|token|activeren/i);
  });

  it("without a password makes an account that signs in through the identity provider only", async () => {
    const email = uniqueEmail();
    const { userId } = await createUser({
      actor: admin,
      input: input({ name: "Alleen OIDC", email, organisationId: organisations.BZ!, role: "READER" }),
    });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull();
    expect(
      await authorizeCredentials(database.prisma, { email, password: "wat-dan-ook-123" }, { cleanUpChance: 0 }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await linkOidcAccount(database.prisma, {
        provider: "oidc",
        issuer: "https://idp.example",
        providerAccountId: `sub-${userId}`,
        email,
        emailVerified: true,
      }),
    ).toMatchObject({ ok: true });
  });

  it("refuses an address that exists already, whatever its capitals, with a Dutch message at the field; nothing is written", async () => {
    await database.prisma.user.create({
      data: {
        email: "Hoofd.Letters@Example.org",
        name: "Oud account",
        role: "READER",
        organisationId: organisations.FIN!,
      },
    });
    const before = await database.prisma.user.count();
    for (const email of ["hoofd.letters@example.org", "lezer@bz.demo.opvolging.nl", "LEZER@BZ.demo.opvolging.nl"]) {
      await expect(
        createUser({
          actor: admin,
          input: input({ name: "Dubbel", email, organisationId: organisations.FIN!, role: "READER" }),
        }),
      ).rejects.toMatchObject({
        code: "INVALID",
        details: {
          fieldError: {
            field: "email",
            message: expect.stringContaining("Er is al een gebruiker met dit e-mailadres"),
          },
        },
      });
    }
    expect(await database.prisma.user.count()).toBe(before);
  });

  it("refuses an organisation that does not exist, at its field", async () => {
    await expect(
      createUser({
        actor: admin,
        input: input({ name: "Nergens", email: uniqueEmail(), organisationId: "bestaat-niet", role: "READER" }),
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldError: { field: "organisationId" } },
    });
  });

  it("checks the form: a name, a valid address, an organisation and a role", () => {
    const result = CreateUserSchema.safeParse({
      name: "",
      email: "geen-adres",
      organisationId: "",
      role: "KEIZER",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      name: "Vul een naam in.",
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minfin.nl.",
      organisationId: "Kies een organisatie.",
      role: "Kies een rol.",
    });
  });
});

describe("changeUserAccess", () => {
  it("is for a Beheerder only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "users:manage",
      prepare: () => makeUser(),
      run: (actor, user) =>
        changeUserAccess({
          actor,
          input: ChangeUserAccessSchema.parse({
            userId: user.id,
            version: "1",
            role: "COORDINATOR",
            organisationId: organisations.FIN,
          }),
        }),
    });
    expect(actual).toEqual(expected);
  });

  it("changes role and organisation on the version seen, ends the user's sessions and writes the changed fields", async () => {
    const user = await makeUser({ role: "CONTRIBUTOR", organisation: "BZ" });
    const result = await changeUserAccess({
      actor: admin,
      input: { userId: user.id, version: 1, role: "COORDINATOR", organisationId: organisations.FIN! },
    });
    expect(result).toEqual({ changed: true, version: 2 });
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ role: "COORDINATOR", organisationId: organisations.FIN, version: 2 });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(
      await database.prisma.auditEvent.findMany({ where: { entityType: "User", entityId: user.id } }),
    ).toMatchObject([
      {
        kind: "UPDATE",
        actorId: admin.id,
        before: { role: "CONTRIBUTOR", organisationId: organisations.BZ },
        after: { role: "COORDINATOR", organisationId: organisations.FIN },
      },
    ]);

    // Only the role this time: only the role in the trail.
    await changeUserAccess({
      actor: admin,
      input: { userId: user.id, version: 2, role: "READER", organisationId: organisations.FIN! },
    });
    const last = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "User", entityId: user.id },
      orderBy: { occurredAt: "desc" },
    });
    expect([last.before, last.after]).toEqual([{ role: "COORDINATOR" }, { role: "READER" }]);
  });

  it("writes nothing when nothing changed", async () => {
    const user = await makeUser({ role: "READER", organisation: "ADSB" });
    expect(
      await changeUserAccess({
        actor: admin,
        input: { userId: user.id, version: 1, role: "READER", organisationId: organisations.ADSB! },
      }),
    ).toEqual({ changed: false, version: 1 });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      version: 1,
      sessionVersion: user.sessionVersion,
    });
    expect(await database.prisma.auditEvent.count({ where: { entityType: "User", entityId: user.id } })).toBe(0);
  });

  it("tells who saved first and what changed, in words, when the version moved on; nothing is overwritten", async () => {
    const user = await makeUser({ role: "READER", organisation: "BZ" });
    await changeUserAccess({
      actor: admin,
      input: { userId: user.id, version: 1, role: "CONTRIBUTOR", organisationId: organisations.ADSB! },
    });
    const conflict = await changeUserAccess({
      actor: admin,
      input: { userId: user.id, version: 1, role: "COORDINATOR", organisationId: organisations.BZ! },
    }).catch((error: unknown) => error);
    expect(conflict).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Gewijzigd door Jeroen Smit om \d{2}:\d{2}\.$/),
    });
    const changes = (
      conflict as { details: { conflict: { changes: { field: string; before: unknown; after: unknown }[] } } }
    ).details.conflict.changes;
    expect(await readableUserChanges(changes)).toEqual([
      { field: "role", before: "Lezer", after: "Bijdrager" },
      {
        field: "organisationId",
        before: "Ministerie van Buitenlandse Zaken (BZ)",
        after: "Atradius Dutch State Business (ADSB)",
      },
    ]);
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "CONTRIBUTOR",
      organisationId: organisations.ADSB,
      version: 2,
    });
  });

  it("refuses a Beheerder their own demotion, at the role field", async () => {
    const self = await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(
      changeUserAccess({
        actor: admin,
        input: { userId: admin.id, version: self.version, role: "COORDINATOR", organisationId: self.organisationId },
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldError: { field: "role", message: expect.stringContaining("U kunt uw eigen rol niet wijzigen") } },
    });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });
});

describe("setUserActive", () => {
  it("is for a Beheerder only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "users:manage",
      prepare: () => makeUser(),
      run: (actor, user) =>
        setUserActive({ actor, input: SetUserActiveSchema.parse({ userId: user.id, version: "1", active: "false" }) }),
    });
    expect(actual).toEqual(expected);
  });

  it("deactivates: no sign-in with a password or through OIDC, the old session stops, the name stays in the trail; reactivation undoes it", async () => {
    const password = "wachtwoord-van-twaalf";
    const email = uniqueEmail();
    const { userId } = await createUser({
      actor: admin,
      input: input({
        name: "Tijdelijke Kracht",
        email,
        organisationId: organisations.ADSB!,
        role: "CONTRIBUTOR",
      }),
    });
    // As if the invitation had been used.
    await database.prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
    const oidc = {
      provider: "oidc",
      issuer: "https://idp.example",
      providerAccountId: `sub-${userId}`,
      email,
      emailVerified: true,
    };
    expect(await linkOidcAccount(database.prisma, oidc)).toMatchObject({ ok: true, newlyLinked: true });
    const signedIn = await authorizeCredentials(database.prisma, { email, password }, { cleanUpChance: 0 });
    expect(signedIn.ok).toBe(true);
    const oldSession = { user: { id: userId, sessionVersion: signedIn.ok ? signedIn.identity.sessionVersion : -1 } };
    session.current = oldSession;
    expect(await getActor()).toMatchObject({ id: userId, name: "Tijdelijke Kracht" });

    expect(await setUserActive({ actor: admin, input: { userId, version: 1, active: false } })).toEqual({
      active: false,
      version: 2,
    });

    // Their open session: the database raised the session version, so the old token is no longer a user.
    session.current = oldSession;
    expect(await getActor()).toBeNull();
    expect(await authorizeCredentials(database.prisma, { email, password }, { cleanUpChance: 0 })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await linkOidcAccount(database.prisma, oidc)).toEqual({ ok: false, reason: "no-active-user" });
    const failures = await database.prisma.auditEvent.findMany({
      where: { entityType: "SignIn", entityId: email, kind: { in: ["SIGN_IN_FAILED", "OIDC_REFUSED"] } },
      orderBy: { occurredAt: "asc" },
    });
    expect(failures).toMatchObject([
      { kind: "SIGN_IN_FAILED", after: { reason: "inactive" } },
      { kind: "OIDC_REFUSED", after: { reason: "no-active-user" } },
    ]);
    expect(
      await database.prisma.auditEvent.findFirst({
        where: { entityType: "User", entityId: userId, kind: "USER_DEACTIVATED" },
      }),
    ).toMatchObject({
      actorId: admin.id,
      before: { active: true },
      after: { active: false },
    });
    // The trail still names them, with their organisation.
    const log = await listAuditEvents({ actor: admin, filters: { actorId: userId } });
    expect(log.entries.length).toBeGreaterThan(0);
    expect(log.people.find((person) => person.id === userId)).toMatchObject({
      name: "Tijdelijke Kracht",
      organisationCode: "ADSB",
      active: false,
    });

    expect(await setUserActive({ actor: admin, input: { userId, version: 2, active: true } })).toEqual({
      active: true,
      version: 3,
    });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityType: "User", entityId: userId, kind: "USER_REACTIVATED" },
      }),
    ).toBe(1);
    expect(await authorizeCredentials(database.prisma, { email, password }, { cleanUpChance: 0 })).toMatchObject({
      ok: true,
    });
    session.current = oldSession;
    expect(await getActor()).toBeNull();
    session.current = null;
  });

  it("refuses a Beheerder their own deactivation, and a stale version", async () => {
    const self = await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(
      setUserActive({ actor: admin, input: { userId: admin.id, version: self.version, active: false } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "U kunt uw eigen account niet deactiveren. Vraag een andere beheerder.",
    });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);

    const user = await makeUser();
    await setUserActive({ actor: admin, input: { userId: user.id, version: 1, active: false } });
    await expect(
      setUserActive({ actor: admin, input: { userId: user.id, version: 1, active: false } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      setUserActive({ actor: admin, input: { userId: "bestaat-niet", version: 1, active: false } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
