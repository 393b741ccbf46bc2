// Activating an account with a passkey instead of a password (the invitation's page): the
// challenge bound to the link, the link used once with the passkey stored in the same
// transaction, and the refusals. A software authenticator stands in for the browser's.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { SoftwareAuthenticator } from "@/test/passkeys/software-authenticator";
import { hashPassword } from "@/lib/auth/password";
import { authorizePasskey } from "@/lib/auth/authorize-passkey";
import { toActor } from "@/lib/auth/to-actor";
import { isAppError } from "@/lib/errors";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { startPasskeyRegistration } from "@/lib/passkeys/start-passkey-registration";
import { startPasskeySignIn } from "@/lib/passkeys/start-passkey-sign-in";
import { SetPasswordWithLinkSchema } from "@/lib/validation/account";
import { ActivateWithPasskeySchema, AddPasskeySchema } from "@/lib/validation/passkey";
import { addPasskey } from "@/lib/passkeys/add-passkey";
import { activateWithPasskey } from "./activate-with-passkey";
import { startActivationPasskey } from "./start-activation-passkey";
import { setPasswordWithLink } from "./set-password-with-link";
import { hashLinkToken, issueOneTimeLink, LINK_LIFETIME_MS, type LinkKind } from "./one-time-link";

const database = setUpSeededDatabase();
const ORIGIN = "https://opvolging.example.nl";
const rp = relyingParty(null, { AUTH_URL: ORIGIN });

let organisationId: string;
beforeAll(async () => {
  organisationId = (await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } })).id;
});

async function invited({ password, kind = "invitation" }: { password?: string; kind?: LinkKind } = {}) {
  const user = await database.prisma.user.create({
    data: {
      email: `passkey-activatie-${randomUUID().slice(0, 8)}@test.opvolging.nl`,
      name: `Nieuwe collega ${randomUUID().slice(0, 4)}`,
      role: "CONTRIBUTOR",
      organisationId,
      passwordHash: password ? await hashPassword(password) : null,
    },
    include: { organisation: true },
  });
  const { token } = await database.prisma.$transaction((tx) =>
    issueOneTimeLink(tx, { userId: user.id, kind, createdById: null, now: new Date() }),
  );
  return { user, token };
}

const input = (token: string, response: unknown, name = "Laptop werk") =>
  ActivateWithPasskeySchema.parse({ token, name, response: JSON.stringify(response) });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("niet geweigerd");
}

const events = (entityId: string) =>
  database.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("activating an account with a passkey", () => {
  it("uses the link once, stores the passkey, raises sessionVersion and audits both, without the link", async () => {
    const { user, token } = await invited();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const options = await startActivationPasskey({ token, relyingParty: rp });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(options.user.name).toBe(user.email);
    // The challenge is bound to the link by its hash: the token itself is nowhere stored.
    const stored = await database.prisma.webAuthnChallenge.findUniqueOrThrow({
      where: { challenge: options.challenge },
    });
    expect(stored).toMatchObject({ purpose: "ACTIVATE", userId: user.id, linkTokenHash: hashLinkToken(token) });

    await activateWithPasskey({ input: input(token, authenticator.register(options)), relyingParty: rp });

    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { passkeys: true } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).not.toBeNull();
    expect(after.passwordHash).toBeNull();
    expect(after.passkeys.map((passkey) => passkey.name)).toEqual(["Laptop werk"]);
    const link = await database.prisma.oneTimeLink.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } });
    expect(link.usedAt).not.toBeNull();
    const trail = await events(user.id);
    expect(trail.map((event) => [event.kind, event.actorId])).toEqual([
      ["ACCOUNT_ACTIVATED", user.id],
      ["PASSKEY_ADDED", user.id],
    ]);
    expect(trail[0]!.after).toEqual({ passkeyAdded: true, passwordSet: false, sessionsEnded: true });
    expect(JSON.stringify(trail)).not.toContain(token);
    expect(JSON.stringify(trail)).not.toContain(link.tokenHash);

    // The passkey alone signs in.
    const signIn = await startPasskeySignIn(database.prisma, { relyingParty: rp, now: new Date() });
    const answer = authenticator.authenticate(signIn!.challenge);
    expect(
      await authorizePasskey(database.prisma, { response: JSON.stringify(answer) }, { relyingParty: rp }),
    ).toMatchObject({ ok: true, identity: { id: user.id } });

    // Used: neither a password nor another passkey activates with it again.
    const password = SetPasswordWithLinkSchema.parse({
      token,
      newPassword: "een lange zin als wachtwoord",
      confirmPassword: "een lange zin als wachtwoord",
    });
    expect(await refusal(setPasswordWithLink({ kind: "invitation", input: password }))).toMatchObject({
      message: expect.stringContaining("werkt niet"),
    });
    expect(await refusal(startActivationPasskey({ token, relyingParty: rp }))).toMatchObject({ code: "INVALID" });
  });

  it("takes only the challenge issued for this link, the newest, once", async () => {
    const first = await invited();
    const second = await invited();
    const authenticator = new SoftwareAuthenticator(ORIGIN);

    // The other link's challenge does not activate this one.
    const theirs = await startActivationPasskey({ token: second.token, relyingParty: rp });
    expect(
      await refusal(
        activateWithPasskey({ input: input(first.token, authenticator.register(theirs)), relyingParty: rp }),
      ),
    ).toMatchObject({ code: "INVALID" });

    // A signed-in user's profile challenge is not an activation challenge either.
    const signedIn = toActor(first.user);
    const profile = await startPasskeyRegistration({ actor: signedIn, relyingParty: rp });
    expect(
      await refusal(
        activateWithPasskey({ input: input(first.token, authenticator.register(profile)), relyingParty: rp }),
      ),
    ).toMatchObject({ code: "INVALID" });

    // Asking again replaces the link's earlier challenge.
    const older = await startActivationPasskey({ token: first.token, relyingParty: rp });
    const newer = await startActivationPasskey({ token: first.token, relyingParty: rp });
    expect(
      await database.prisma.webAuthnChallenge.count({ where: { linkTokenHash: hashLinkToken(first.token) } }),
    ).toBe(1);
    expect(
      await refusal(
        activateWithPasskey({ input: input(first.token, authenticator.register(older)), relyingParty: rp }),
      ),
    ).toMatchObject({ code: "INVALID" });

    // A failed check (another origin) uses the challenge up but not the link.
    const phishing = new SoftwareAuthenticator("https://phishing.example");
    expect(
      await refusal(activateWithPasskey({ input: input(first.token, phishing.register(newer)), relyingParty: rp })),
    ).toMatchObject({ code: "INVALID" });
    expect(await database.prisma.passkey.count({ where: { userId: first.user.id } })).toBe(0);
    const again = await startActivationPasskey({ token: first.token, relyingParty: rp });
    const answer = authenticator.register(again);
    await activateWithPasskey({ input: input(first.token, answer), relyingParty: rp });
    // The same answer a second time: its challenge is gone and the link used.
    expect(await refusal(activateWithPasskey({ input: input(first.token, answer), relyingParty: rp }))).toMatchObject({
      code: "INVALID",
    });
  });

  it("activates once when twenty answers to the link's challenge arrive at the same moment", async () => {
    const { user, token } = await invited();
    const options = await startActivationPasskey({ token, relyingParty: rp });
    // Twenty different passkeys, each a valid answer to the one challenge (tabs, double clicks).
    const answers = Array.from({ length: 20 }, () => new SoftwareAuthenticator(ORIGIN).register(options));

    const outcomes = await Promise.allSettled(
      answers.map((answer, index) =>
        activateWithPasskey({ input: input(token, answer, `Sleutel ${index + 1}`), relyingParty: rp }),
      ),
    );

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((outcome) => outcome.status === "rejected"))
      expect(isAppError(outcome.reason)).toBe(true);
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { passkeys: true } });
    expect(after.passkeys).toHaveLength(1);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const trail = await events(user.id);
    expect(trail.map((event) => event.kind)).toEqual(["ACCOUNT_ACTIVATED", "PASSKEY_ADDED"]);
  });

  it("refuses a reset link, an expired invitation, and an account that already has a passkey", async () => {
    const reset = await invited({ kind: "reset" });
    expect(await refusal(startActivationPasskey({ token: reset.token, relyingParty: rp }))).toMatchObject({
      message: expect.stringContaining("werkt niet"),
    });

    const late = await invited();
    const later = new Date(Date.now() + LINK_LIFETIME_MS.invitation + 1000);
    expect(await refusal(startActivationPasskey({ token: late.token, relyingParty: rp, now: later }))).toMatchObject({
      code: "INVALID",
    });

    // A Beheerder's new invitation for someone who has a passkey: the link sets a password
    // only, so that a mailed link alone never adds a passkey to such an account.
    const { user, token } = await invited({ password: "een oud maar lang wachtwoord" });
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const existing = await startPasskeyRegistration({ actor: toActor(user), relyingParty: rp });
    const options = await startActivationPasskey({ token, relyingParty: rp });
    await addPasskey({
      actor: toActor(user),
      input: AddPasskeySchema.parse({ name: "Oud", response: JSON.stringify(authenticator.register(existing)) }),
      relyingParty: rp,
    });
    expect(await refusal(startActivationPasskey({ token, relyingParty: rp }))).toMatchObject({
      message: expect.stringContaining("al een passkey"),
    });
    expect(
      await refusal(
        activateWithPasskey({
          input: input(token, new SoftwareAuthenticator(ORIGIN).register(options)),
          relyingParty: rp,
        }),
      ),
    ).toMatchObject({ message: expect.stringContaining("al een passkey") });
    // Refused inside the transaction: the link is still open for a password.
    const link = await database.prisma.oneTimeLink.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } });
    expect(link.usedAt).toBeNull();
  });
});
