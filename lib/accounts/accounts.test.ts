// Invitations, choosing a password with a link, changing it, resetting it, and ending
// sessions, against a real PostgreSQL. Mails go to .eml files (no SMTP in tests); the tests
// read the link from there, as the person would.
import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { linkTokenInMail, mailsTo } from "@/test/mail-files";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { hashPassword } from "@/lib/auth/password";
import { MAX_ATTEMPTS_PER_EMAIL } from "@/lib/auth/sign-in-throttle";
import { MAIL_DIR } from "@/lib/mail/transport";
import { isAppError } from "@/lib/errors";
import {
  ChangeOwnPasswordSchema,
  RequestPasswordResetSchema,
  SetPasswordWithLinkSchema,
} from "@/lib/validation/account";
import { sendInvitation } from "./send-invitation";
import { setPasswordWithLink } from "./set-password-with-link";
import { changeOwnPassword } from "./change-own-password";
import { requestPasswordReset } from "./request-password-reset";
import { endAllSessions, endUserSessions } from "./end-sessions";
import { getInvitationStatus } from "./get-invitation-status";
import { passwordProblem } from "./password-policy";
import { LINK_LIFETIME_MS } from "./one-time-link";

const database = setUpSeededDatabase();

let admin: Actor;
let organisationId: string;

beforeAll(async () => {
  admin = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
  organisationId = (await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } })).id;
});

const GOOD = "een lange zin als wachtwoord";

async function newUser({ password }: { password?: string } = {}) {
  const user = await database.prisma.user.create({
    data: {
      email: `account-${randomUUID().slice(0, 8)}@test.opvolging.nl`,
      name: `Bijdrager ${randomUUID().slice(0, 4)}`,
      role: "CONTRIBUTOR",
      organisationId,
      passwordHash: password ? await hashPassword(password) : null,
    },
    include: { organisation: true },
  });
  return { user, actor: toActor(user) };
}

const linkFromMail = (email: string, kind: "activeren" | "herstellen") => linkTokenInMail(MAIL_DIR, email, kind);
const mailCount = async (email: string) => (await mailsTo(MAIL_DIR, email)).length;

const setInput = (token: string, password = GOOD) =>
  SetPasswordWithLinkSchema.parse({ token, newPassword: password, confirmPassword: password });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, field: error.details.fieldError?.field };
    throw error;
  }
  throw new Error("niet geweigerd");
}

describe("the password rules (ASVS 6.2)", () => {
  const person = { email: "anna.de.wit@minfin.nl", name: "Anna de Wit" };
  it("asks at least 12 characters, allows 128, refuses more, and has no composition rules", () => {
    expect(passwordProblem("elf tekens!", person)).toMatch(/minstens 12/);
    expect(passwordProblem("twaalf tekns", person)).toBeNull();
    expect(passwordProblem("a".repeat(64) + " b", person)).toBeNull();
    expect(passwordProblem("x".repeat(128), person)).toBeNull();
    expect(passwordProblem("x".repeat(129), person)).toMatch(/hoogstens 128/);
    // emoji count as one character each, as a person counts them
    expect(passwordProblem("🔑".repeat(12), person)).toBeNull();
  });

  it("refuses the shipped list of common and breached passwords, whatever the capitals", () => {
    for (const common of ["1qaz2wsx3edc", "Qwerty123456", "administrator", "password1234"])
      expect(passwordProblem(common, person), common).toMatch(/veelgebruikte of uitgelekte/);
  });

  it("refuses the person's own name and address and the application's words, padded or not", () => {
    expect(passwordProblem("Opvolging2026!", person)).toMatch(/lijkt te veel/);
    expect(passwordProblem("anna.de.wit@minfin.nl", person)).toMatch(/lijkt te veel/);
    expect(passwordProblem("anna.de.wit123", person)).toMatch(/lijkt te veel/);
    // a word among others is fine
    expect(passwordProblem("opvolging van de fiets zit vast", person)).toBeNull();
  });

  it("the forms check both fields, as typed (no trimming)", () => {
    const parsed = ChangeOwnPasswordSchema.safeParse({
      currentPassword: "",
      newPassword: "kort",
      confirmPassword: "x",
    });
    expect(parsed.success).toBe(false);
    expect(
      Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message])),
    ).toMatchObject({
      currentPassword: "Vul uw huidige wachtwoord in.",
      newPassword: "Kies een wachtwoord van minstens 12 tekens.",
    });
    expect(SetPasswordWithLinkSchema.parse(setInput("a".repeat(43), " met spaties ")).newPassword).toBe(
      " met spaties ",
    );
  });
});

describe("invitations", () => {
  it("only a Beheerder sends one", async () => {
    const { user } = await newUser();
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "users:manage",
      prepare: async () => user.id,
      run: (actor, userId) => sendInvitation({ actor, input: { userId } }),
    });
    expect(actual).toEqual(expected);
  });

  it("mails a 256-bit link stored only as its SHA-256, valid 72 hours, audited without the secret", async () => {
    const { user } = await newUser();
    const sent = await sendInvitation({ actor: admin, input: { userId: user.id } });
    const token = await linkFromMail(user.email, "activeren");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const links = await database.prisma.oneTimeLink.findMany({ where: { userId: user.id } });
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(links)).not.toContain(token);
    expect(links[0]!.expiresAt.getTime() - links[0]!.createdAt.getTime()).toBeGreaterThan(
      LINK_LIFETIME_MS.invitation - 60_000,
    );
    expect(sent.expiresAt).toEqual(links[0]!.expiresAt);
    const events = await database.prisma.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events).toMatchObject([{ kind: "INVITATION_SENT", actorId: admin.id }]);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(links[0]!.tokenHash);
    expect(await getInvitationStatus({ actor: admin, userId: user.id })).toMatchObject({ state: "open" });
  });

  it("lets the person choose a password once: the link is then used, signs in, ends old sessions", async () => {
    const { user } = await newUser();
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const token = await linkFromMail(user.email, "activeren");
    await setPasswordWithLink({ kind: "invitation", input: setInput(token) });

    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).not.toBeNull();
    expect(
      await authorizeCredentials(database.prisma, { email: user.email, password: GOOD }, { cleanUpChance: 0 }),
    ).toMatchObject({ ok: true });
    expect(await getInvitationStatus({ actor: admin, userId: user.id })).toMatchObject({ state: "used" });
    // single use
    expect(
      await refusal(setPasswordWithLink({ kind: "invitation", input: setInput(token, "nog een andere zin") })),
    ).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("werkt niet"),
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, kind: "ACCOUNT_ACTIVATED" },
    });
    expect(event.actorId).toBe(user.id);
    expect(JSON.stringify(event)).not.toMatch(/zin als wachtwoord|scrypt/);
  });

  it("of two submissions of one link at the same moment, exactly one wins", async () => {
    const { user } = await newUser();
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const token = await linkFromMail(user.email, "activeren");
    const outcomes = await Promise.allSettled([
      setPasswordWithLink({ kind: "invitation", input: setInput(token, "eerste lange zin hier") }),
      setPasswordWithLink({ kind: "invitation", input: setInput(token, "tweede lange zin daar") }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  });

  it("expires after 72 hours", async () => {
    const { user } = await newUser();
    const sentAt = new Date();
    await sendInvitation({ actor: admin, input: { userId: user.id }, now: sentAt });
    const token = await linkFromMail(user.email, "activeren");
    const later = new Date(sentAt.getTime() + LINK_LIFETIME_MS.invitation + 1000);
    expect(
      await refusal(setPasswordWithLink({ kind: "invitation", input: setInput(token), now: later })),
    ).toMatchObject({
      code: "INVALID",
    });
    const almost = new Date(sentAt.getTime() + LINK_LIFETIME_MS.invitation - 60_000);
    await setPasswordWithLink({ kind: "invitation", input: setInput(token), now: almost });
  });

  it("a new invitation revokes the open one; the page shows revoked, then the new one open", async () => {
    const { user } = await newUser();
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const first = await linkFromMail(user.email, "activeren");
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const second = await linkFromMail(user.email, "activeren");
    expect(second).not.toBe(first);
    expect(await refusal(setPasswordWithLink({ kind: "invitation", input: setInput(first) }))).toMatchObject({
      code: "INVALID",
    });
    const links = await database.prisma.oneTimeLink.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(links.map((link) => Boolean(link.revokedAt))).toEqual([true, false]);
    await setPasswordWithLink({ kind: "invitation", input: setInput(second) });
  });

  it("a link of one kind does not open the other page, and refuses a weak password without using the link up", async () => {
    const { user } = await newUser();
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const token = await linkFromMail(user.email, "activeren");
    expect(await refusal(setPasswordWithLink({ kind: "reset", input: setInput(token) }))).toMatchObject({
      code: "INVALID",
    });
    expect(
      await refusal(setPasswordWithLink({ kind: "invitation", input: setInput(token, "1qaz2wsx3edc") })),
    ).toMatchObject({
      field: "newPassword",
    });
    await setPasswordWithLink({ kind: "invitation", input: setInput(token) });
  });

  it("is refused for a deactivated user, and a deactivated user's open link stops working", async () => {
    const { user } = await newUser();
    await sendInvitation({ actor: admin, input: { userId: user.id } });
    const token = await linkFromMail(user.email, "activeren");
    await database.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await refusal(setPasswordWithLink({ kind: "invitation", input: setInput(token) }))).toMatchObject({
      code: "INVALID",
    });
    expect(await refusal(sendInvitation({ actor: admin, input: { userId: user.id } }))).toMatchObject({
      code: "INVALID",
    });
  });
});

describe("changing one's own password", () => {
  const change = (actor: Actor, currentPassword: string, newPassword: string) =>
    changeOwnPassword({
      actor,
      input: ChangeOwnPasswordSchema.parse({ currentPassword, newPassword, confirmPassword: newPassword }),
    });

  it("needs the current password, applies the rules, raises sessionVersion and audits without secrets", async () => {
    const { user, actor } = await newUser({ password: GOOD });
    expect(await refusal(change(actor, "verkeerd-wachtwoord", "een nieuwe lange zin"))).toMatchObject({
      field: "currentPassword",
    });
    expect(await refusal(change(actor, GOOD, "qwerty123456"))).toMatchObject({ field: "newPassword" });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      user.sessionVersion,
    );

    await change(actor, GOOD, "een nieuwe lange zin");
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(
      await authorizeCredentials(database.prisma, { email: user.email, password: GOOD }, { cleanUpChance: 0 }),
    ).toMatchObject({ ok: false });
    expect(
      await authorizeCredentials(
        database.prisma,
        { email: user.email, password: "een nieuwe lange zin" },
        { cleanUpChance: 0 },
      ),
    ).toMatchObject({ ok: true });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityId: user.id, kind: "PASSWORD_CHANGED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(user.id);
    expect(JSON.stringify(events)).not.toMatch(/lange zin|scrypt/);
  });

  it("throttles guessing the current password with the sign-in's counter for the address", async () => {
    const { actor } = await newUser({ password: GOOD });
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EMAIL; attempt++)
      await refusal(change(actor, `fout-${attempt}`, "een nieuwe lange zin"));
    expect(await refusal(change(actor, GOOD, "een nieuwe lange zin"))).toMatchObject({
      message: expect.stringContaining("te vaak"),
    });
  });
});

describe("a forgotten password", () => {
  const request = (email: string, clientAddress: string | null = null) =>
    requestPasswordReset({ input: RequestPasswordResetSchema.parse({ email }), clientAddress });

  it("gives the same answer for an unknown address, and mails only an active account", async () => {
    const { user } = await newUser({ password: GOOD });
    const unknown = `onbekend-${randomUUID().slice(0, 8)}@test.opvolging.nl`;
    expect(await request(user.email.toUpperCase())).toBe("accepted");
    expect(await request(unknown)).toBe("accepted");
    expect(await mailCount(user.email)).toBe(1);
    expect(await mailCount(unknown)).toBe(0);
    expect(
      await database.prisma.auditEvent.count({ where: { entityId: user.id, kind: "PASSWORD_RESET_REQUESTED" } }),
    ).toBe(1);
  });

  it("the link works once, within the hour, raises sessionVersion and keeps no secret in the trail", async () => {
    const { user } = await newUser({ password: GOOD });
    await request(user.email, "192.0.2.7");
    const token = await linkFromMail(user.email, "herstellen");
    await setPasswordWithLink({ kind: "reset", input: setInput(token, "mijn herstelde lange zin") });
    expect(
      await refusal(setPasswordWithLink({ kind: "reset", input: setInput(token, "nog een andere zin") })),
    ).toMatchObject({
      code: "INVALID",
    });
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const events = await database.prisma.auditEvent.findMany({
      where: { entityId: user.id, kind: { in: ["PASSWORD_RESET_REQUESTED", "PASSWORD_RESET"] } },
    });
    expect(events.map((event) => event.kind).sort()).toEqual(["PASSWORD_RESET", "PASSWORD_RESET_REQUESTED"]);
    expect(events.find((event) => event.kind === "PASSWORD_RESET_REQUESTED")!.after).toMatchObject({
      clientAddress: "192.0.2.7",
    });
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toMatch(/herstelde|scrypt/);

    await request(user.email);
    const late = await linkFromMail(user.email, "herstellen");
    const inTwoHours = new Date(Date.now() + 2 * 3600_000);
    expect(await refusal(setPasswordWithLink({ kind: "reset", input: setInput(late), now: inTwoHours }))).toMatchObject(
      {
        code: "INVALID",
      },
    );
  });

  it("is rate-limited per address like sign-in, known or unknown alike", async () => {
    const { user } = await newUser({ password: GOOD });
    const unknown = `onbekend-${randomUUID().slice(0, 8)}@test.opvolging.nl`;
    for (const email of [user.email, unknown]) {
      const outcomes = [];
      for (let attempt = 0; attempt <= MAX_ATTEMPTS_PER_EMAIL; attempt++) outcomes.push(await request(email));
      expect(outcomes.slice(0, MAX_ATTEMPTS_PER_EMAIL).every((outcome) => outcome === "accepted")).toBe(true);
      expect(outcomes.at(-1)).toBe("throttled");
    }
    expect(await mailCount(user.email)).toBe(MAX_ATTEMPTS_PER_EMAIL);
    // the sign-in's own counter for the address is untouched
    expect(
      await authorizeCredentials(database.prisma, { email: user.email, password: GOOD }, { cleanUpChance: 0 }),
    ).toMatchObject({ ok: true });
  });

  it("defers the lookup and the mail, so the answer comes before them", async () => {
    const { user } = await newUser({ password: GOOD });
    const deferred: (() => Promise<void>)[] = [];
    const outcome = await requestPasswordReset({
      input: { email: user.email },
      defer: (work) => void deferred.push(work),
    });
    expect(outcome).toBe("accepted");
    expect(await mailCount(user.email)).toBe(0);
    await deferred[0]!();
    expect(await mailCount(user.email)).toBe(1);
  });
});

describe("ending sessions (ASVS 7.4.5)", () => {
  it("a Beheerder ends one user's sessions, or everyone's; audited; nobody else may", async () => {
    const { user } = await newUser();
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "users:manage",
      prepare: async () => user.id,
      run: (actor, userId) => endUserSessions({ actor, input: { userId } }),
    });
    expect(actual).toEqual(expected);

    const before = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await endUserSessions({ actor: admin, input: { userId: user.id } });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      before.sessionVersion + 1,
    );

    const versions = new Map((await database.prisma.user.findMany()).map((u) => [u.id, u.sessionVersion]));
    const { count } = await endAllSessions({ actor: admin });
    expect(count).toBe(versions.size);
    for (const u of await database.prisma.user.findMany()) expect(u.sessionVersion).toBe(versions.get(u.id)! + 1);
    expect(
      await database.prisma.auditEvent.findFirst({ where: { kind: "SESSIONS_ENDED", entityType: "Database" } }),
    ).toMatchObject({ actorId: admin.id, after: { scope: "everyone", users: count } });
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    expect(await refusal(endAllSessions({ actor: reader }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
