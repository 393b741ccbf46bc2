// Rows for the passkey forms: on /profiel (every signed-in user, for their own passkeys) and
// on a user's page (a Beheerder removes someone's lost passkey). The passkey sign-in itself
// is for visitors not yet signed in: exempt, as the password sign-in is.
import { idle } from "@/lib/actions/action-result";
import type { PrismaClient } from "@/lib/db-client";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import { startPasskeyRegistration } from "@/lib/passkeys/start-passkey-registration";
import { SoftwareAuthenticator } from "@/test/passkeys/software-authenticator";
import type { MatrixContext, MatrixRows } from "./matrix";

/** A passkey row written directly: the matrix's actors collect more than the form allows. */
async function insertPasskey(prisma: PrismaClient, userId: string): Promise<string> {
  const row = await prisma.passkey.create({
    data: {
      userId,
      name: "Matrix",
      credentialId: crypto.randomUUID(),
      publicKey: Buffer.from([1]),
      counter: 0n,
      transports: [],
      deviceType: "singleDevice",
      backedUp: false,
    },
  });
  return row.id;
}

/** Every signed-in user, without a passkey yet (the rows' actors are shared). */
async function withoutPasskeys({ prisma, actor }: MatrixContext): Promise<unknown[]> {
  await prisma.passkey.deleteMany({ where: { userId: actor.id } });
  return [];
}

/** A real registration by a software authenticator, for an actor without passkeys. */
async function registrationForm(ctx: MatrixContext, name: string): Promise<unknown[]> {
  await withoutPasskeys(ctx);
  const relyingParty = await currentRelyingParty();
  const options = await startPasskeyRegistration({ actor: ctx.actor, relyingParty });
  const response = new SoftwareAuthenticator(relyingParty.origin).register(options);
  return [idle, ctx.form({ name, response: JSON.stringify(response) })];
}

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/(public)/inloggen/passkey-actions.ts#passkeySignInOptionsAction",
      reason: "Inloggen met een passkey: een uitdaging voor wie nog niet is ingelogd (begrensd in aantal).",
    },
    {
      target: "app/(public)/inloggen/passkey-actions.ts#signInWithPasskey",
      reason: "Inloggen met een passkey: voor wie nog niet is ingelogd.",
    },
  ],
  rows: [
    {
      // Every signed-in user adds passkeys to their own account.
      target: "app/(app)/profiel/passkey-actions.ts#passkeyRegistrationOptionsAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: withoutPasskeys,
    },
    {
      target: "app/(app)/profiel/passkey-actions.ts#addPasskeyAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: (ctx) => registrationForm(ctx, "Matrix"),
    },
    {
      // Every signed-in user removes their own; another's is refused (lib/passkeys/passkeys.test.ts).
      target: "app/(app)/profiel/passkey-actions.ts#removePasskeyAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ prisma, actor, form }) => [idle, form({ passkeyId: await insertPasskey(prisma, actor.id) })],
    },
    {
      // The second step of signing in (REQUIRE_SECOND_FACTOR): the first passkey of any signed-in user.
      target: "app/(public)/inloggen/tweede-stap/actions.ts#secondFactorRegistrationOptionsAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: withoutPasskeys,
    },
    {
      target: "app/(public)/inloggen/tweede-stap/actions.ts#addSecondFactorPasskeyAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: (ctx) => registrationForm(ctx, "Tweede stap"),
    },
    {
      target: "app/(app)/beheer/gebruikers/[id]/passkey-actions.ts#removeUserPasskeyAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const user = await prisma.user.create({
          data: {
            email: `passkey-${crypto.randomUUID()}@test.opvolging.nl`,
            name: "Passkey kwijt",
            role: "READER",
            organisationId: organisation.id,
          },
        });
        return [idle, form({ userId: user.id, passkeyId: await insertPasskey(prisma, user.id) })];
      },
    },
  ],
};
