// Passkeys end to end without a browser: registration, sign-in verification, the counter
// check, single-use challenges and removal, with a software authenticator (node:crypto).
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { SoftwareAuthenticator } from "@/test/passkeys/software-authenticator";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { startPasskeyRegistration } from "@/lib/passkeys/start-passkey-registration";
import { addPasskey } from "@/lib/passkeys/add-passkey";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { startPasskeySignIn } from "@/lib/passkeys/start-passkey-sign-in";
import { authorizePasskey } from "@/lib/auth/authorize-passkey";
import { AddPasskeySchema } from "@/lib/validation/passkey";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();
const ORIGIN = "https://opvolging.example.nl";
const rp = relyingParty(null, { AUTH_URL: ORIGIN });
const owner = () => actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
const admin = () => actorFor(database, "beheerder@fin.demo.opvolging.nl");
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");

async function register(actor: Actor, authenticator: SoftwareAuthenticator, name = "Laptop werk") {
  const options = await startPasskeyRegistration({ actor, relyingParty: rp });
  const response = authenticator.register(options);
  const input = AddPasskeySchema.parse({ name, response: JSON.stringify(response) });
  return { options, response, ...(await addPasskey({ actor, input, relyingParty: rp })) };
}

async function signIn(authenticator: SoftwareAuthenticator, answer?: { counter?: number; origin?: string }) {
  const options = await startPasskeySignIn(database.prisma, { relyingParty: rp, now: new Date() });
  const response = authenticator.authenticate(options!.challenge, answer);
  const result = await authorizePasskey(database.prisma, { response: JSON.stringify(response) }, { relyingParty: rp });
  return { result, response, challenge: options!.challenge };
}

const events = (kind: string, entityId?: string) =>
  database.prisma.auditEvent.findMany({ where: { kind, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });

describe("passkeys", () => {
  it("registers a discoverable passkey with user verification, stores its key and audits it without key material", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { options, passkeyId } = await register(actor, authenticator);
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(options.rp).toEqual({ id: "opvolging.example.nl", name: "Opvolging" });
    const stored = await database.prisma.passkey.findUniqueOrThrow({ where: { id: passkeyId } });
    expect(stored).toMatchObject({
      userId: actor.id,
      name: "Laptop werk",
      credentialId: authenticator.passkeys[0]!.credentialId.toString("base64url"),
      counter: 0n,
      transports: ["internal"],
      lastUsedAt: null,
    });
    expect(stored.publicKey.length).toBeGreaterThan(60);
    const [added] = await events("PASSKEY_ADDED", actor.id);
    expect(added?.after).toEqual({
      passkey: passkeyId,
      name: "Laptop werk",
      deviceType: "singleDevice",
      backedUp: false,
    });
    expect((await listPasskeys({ actor })).map((passkey) => passkey.name)).toEqual(["Laptop werk"]);
  });

  it("refuses a registration answer replayed, for another origin, or without user verification", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { response } = await register(actor, authenticator, "Eerste");
    // The same answer again: its challenge is used up.
    const again = AddPasskeySchema.parse({ name: "Nogmaals", response: JSON.stringify(response) });
    await expect(addPasskey({ actor, input: again, relyingParty: rp })).rejects.toMatchObject({ code: "INVALID" });

    const elsewhere = new SoftwareAuthenticator("https://phishing.example");
    const options = await startPasskeyRegistration({ actor, relyingParty: rp });
    const forged = AddPasskeySchema.parse({
      name: "Elders",
      response: JSON.stringify(elsewhere.register(options)),
    });
    await expect(addPasskey({ actor, input: forged, relyingParty: rp })).rejects.toMatchObject({ code: "INVALID" });

    const noUv = await startPasskeyRegistration({ actor, relyingParty: rp });
    const unverified = AddPasskeySchema.parse({
      name: "Zonder",
      response: JSON.stringify(authenticator.register(noUv, { userVerified: false })),
    });
    await expect(addPasskey({ actor, input: unverified, relyingParty: rp })).rejects.toMatchObject({ code: "INVALID" });
    // Another user's challenge is not this user's.
    const stranger = await coordinator();
    const theirs = await startPasskeyRegistration({ actor: stranger, relyingParty: rp });
    const crossed = AddPasskeySchema.parse({ name: "Kruis", response: JSON.stringify(authenticator.register(theirs)) });
    await expect(addPasskey({ actor, input: crossed, relyingParty: rp })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("signs in with the passkey alone, moves the counter and records when it was last used", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { passkeyId } = await register(actor, authenticator, "Telefoon");
    const { result } = await signIn(authenticator);
    expect(result).toMatchObject({ ok: true, identity: { id: actor.id, email: actor.email } });
    const stored = await database.prisma.passkey.findUniqueOrThrow({ where: { id: passkeyId } });
    expect(stored.counter).toBe(1n);
    expect(stored.lastUsedAt).not.toBeNull();
    const succeeded = await events("SIGN_IN_SUCCEEDED", actor.email);
    expect(succeeded.at(-1)?.after).toMatchObject({ method: "passkey", passkey: passkeyId });
  });

  it("uses each sign-in challenge once and refuses one that has expired", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await register(actor, authenticator, "Eenmalig");
    const { response } = await signIn(authenticator);
    const replay = await authorizePasskey(
      database.prisma,
      { response: JSON.stringify(response) },
      { relyingParty: rp },
    );
    expect(replay).toEqual({ ok: false, reason: "challenge" });

    const options = await startPasskeySignIn(database.prisma, { relyingParty: rp, now: new Date() });
    const late = authenticator.authenticate(options!.challenge);
    const expired = await authorizePasskey(
      database.prisma,
      { response: JSON.stringify(late) },
      { relyingParty: rp, now: new Date(Date.now() + 6 * 60 * 1000) },
    );
    expect(expired).toEqual({ ok: false, reason: "challenge" });
  });

  it("refuses a counter that stands still or goes back (a cloned authenticator), and audits it", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { passkeyId } = await register(actor, authenticator, "Gekloond");
    expect((await signIn(authenticator, { counter: 5 })).result.ok).toBe(true);
    expect((await signIn(authenticator, { counter: 5 })).result).toEqual({ ok: false, reason: "counter" });
    expect((await signIn(authenticator, { counter: 3 })).result).toEqual({ ok: false, reason: "counter" });
    const refused = await events("PASSKEY_COUNTER_REFUSED", actor.id);
    expect(refused.map((event) => event.after)).toEqual([
      expect.objectContaining({ passkey: passkeyId, stored: 5, received: 5 }),
      expect.objectContaining({ passkey: passkeyId, stored: 5, received: 3 }),
    ]);
    expect((await database.prisma.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).counter).toBe(5n);
    expect((await signIn(authenticator, { counter: 6 })).result.ok).toBe(true);
  });

  it("refuses an answer for another origin, an unknown passkey and an inactive user", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await register(actor, authenticator, "Divers");
    expect((await signIn(authenticator, { origin: "https://phishing.example" })).result).toEqual({
      ok: false,
      reason: "signature",
    });
    const stranger = new SoftwareAuthenticator(ORIGIN);
    stranger.register({ challenge: "x", user: { id: "bm9ib2R5" } });
    expect((await signIn(stranger)).result).toEqual({ ok: false, reason: "unknown-credential" });
    await database.prisma.user.update({ where: { id: actor.id }, data: { active: false } });
    try {
      expect((await signIn(authenticator)).result).toEqual({ ok: false, reason: "inactive" });
    } finally {
      await database.prisma.user.update({ where: { id: actor.id }, data: { active: true } });
    }
    expect(await authorizePasskey(database.prisma, { response: "{" }, { relyingParty: rp })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("removes a passkey: its owner or a Beheerder, audited, the sessionVersion raised; nobody else", async () => {
    const actor = await owner();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const first = await register(actor, authenticator, "Kwijt");
    const second = await register(actor, authenticator, "Ook kwijt");
    const version = async () =>
      (await database.prisma.user.findUniqueOrThrow({ where: { id: actor.id } })).sessionVersion;
    const before = await version();

    await expect(
      removePasskey({ actor: await coordinator(), input: { passkeyId: first.passkeyId, userId: actor.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Someone else's passkey id without naming its owner is simply not found among one's own.
    await expect(
      removePasskey({ actor: await coordinator(), input: { passkeyId: first.passkeyId } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await removePasskey({ actor, input: { passkeyId: first.passkeyId } });
    expect(await version()).toBe(before + 1);
    const beheerder = await admin();
    await removePasskey({ actor: beheerder, input: { passkeyId: second.passkeyId, userId: actor.id } });
    expect(await version()).toBe(before + 2);
    expect(await database.prisma.passkey.count({ where: { id: { in: [first.passkeyId, second.passkeyId] } } })).toBe(0);
    const removed = await events("PASSKEY_REMOVED", actor.id);
    expect(removed.slice(-2).map((event) => [event.actorId, (event.before as { name: string }).name])).toEqual([
      [actor.id, "Kwijt"],
      [beheerder.id, "Ook kwijt"],
    ]);
    // A removed passkey no longer signs in.
    expect((await signIn(authenticator)).result).toEqual({ ok: false, reason: "unknown-credential" });
  });
});
