// Rows for the account forms: the Beheerder's invitation and session buttons, everyone's own
// password change, and the exemptions for the forms of people who are not signed in.
import { idle } from "@/lib/actions/action-result";
import { hashPassword } from "@/lib/auth/password";
import type { MatrixContext, MatrixRows } from "./matrix";

const someone = ({ prisma, organisation }: MatrixContext) =>
  prisma.user.create({
    data: {
      email: `matrix-account-${crypto.randomUUID()}@test.opvolging.nl`,
      name: "Matrix",
      role: "CONTRIBUTOR",
      organisationId: organisation.id,
    },
  });

const OLD_PASSWORD = "matrix oud wachtwoord";
let oldHash: Promise<string> | undefined;

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/(public)/account/actions.ts#activateAccountAction",
      reason: "Account activeren: voor wie nog niet kan inloggen; de eenmalige link is het bewijs.",
    },
    {
      target: "app/(public)/account/actions.ts#activationPasskeyOptionsAction",
      reason:
        "Passkey instellen bij het activeren: voor wie nog niet kan inloggen; de uitdaging hoort bij de eenmalige link, één tegelijk.",
    },
    {
      target: "app/(public)/account/actions.ts#activateWithPasskeyAction",
      reason: "Account activeren met een passkey: voor wie nog niet kan inloggen; de eenmalige link is het bewijs.",
    },
    {
      target: "app/(public)/account/actions.ts#resetPasswordAction",
      reason: "Nieuw wachtwoord kiezen: voor wie niet kan inloggen; de eenmalige link is het bewijs.",
    },
    {
      target: "app/(public)/account/actions.ts#requestPasswordResetAction",
      reason: "Wachtwoord vergeten: voor wie niet kan inloggen; hetzelfde antwoord voor elk adres, begrensd per adres.",
    },
  ],
  rows: [
    {
      target: "app/(app)/beheer/gebruikers/[id]/account-actions.ts#sendInvitationAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (ctx) => [idle, ctx.form({ userId: (await someone(ctx)).id })],
    },
    {
      target: "app/(app)/beheer/gebruikers/[id]/account-actions.ts#endUserSessionsAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (ctx) => [idle, ctx.form({ userId: (await someone(ctx)).id })],
    },
    {
      target: "app/(app)/beheer/gebruikers/actions.ts#endAllSessionsAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form }) => [idle, form({ confirm: "ja" })],
    },
    {
      // Everyone signed in changes their own password (and only their own: the actor's).
      target: "app/(app)/profiel/password-actions.ts#changeOwnPasswordAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        oldHash ??= hashPassword(OLD_PASSWORD);
        await prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await oldHash } });
        await prisma.signInThrottle.deleteMany({});
        const newPassword = `matrix nieuw ${crypto.randomUUID()}`;
        return [idle, form({ currentPassword: OLD_PASSWORD, newPassword, confirmPassword: newPassword })];
      },
    },
  ],
};
