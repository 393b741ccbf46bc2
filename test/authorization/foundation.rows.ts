// Rows for the sign-in pages, the shell and the action page's progress form.
import { idle } from "@/lib/actions/action-result";
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/(public)/inloggen/actions.ts#signInWithPassword",
      reason: "Inloggen: voor wie nog niet is ingelogd.",
    },
    {
      target: "app/(public)/inloggen/actions.ts#signInWithOidc",
      reason: "Inloggen via de identiteitsprovider: voor wie nog niet is ingelogd.",
    },
    { target: "app/(app)/actions.ts#signOutAction", reason: "Uitloggen: beëindigt alleen de eigen sessie." },
    {
      target: "app/api/sessie/route.ts#POST",
      reason: "Ingelogd blijven: verlengt alleen de eigen sessie en geeft de resterende tijd, zonder invoer.",
    },
    {
      target: "app/api/sessie/status/route.ts#GET",
      reason: "De resterende tijd van de eigen sessie, zonder invoer en zonder gegevens van anderen.",
    },
    {
      target: "app/api/auth/[...nextauth]/route.ts#GET",
      reason: "Auth.js: inloggen, sessie en uitloggen van de eigen sessie.",
    },
    {
      target: "app/api/auth/[...nextauth]/route.ts#POST",
      reason: "Auth.js: inloggen, sessie en uitloggen van de eigen sessie.",
    },
  ],
  rows: [
    {
      target: "app/(app)/beheer/gebruikers/[id]/actions.ts#removeOidcLinkAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ prisma, organisation, form }) => {
        const user = await prisma.user.create({
          data: {
            email: `gekoppeld-${crypto.randomUUID()}@test.opvolging.nl`,
            name: "Gekoppeld",
            role: "READER",
            organisationId: organisation.id,
          },
        });
        const account = await prisma.account.create({
          data: {
            userId: user.id,
            type: "oidc",
            provider: "oidc",
            issuer: "https://idp.test",
            providerAccountId: crypto.randomUUID(),
          },
        });
        return [form({ userId: user.id, accountId: account.id })];
      },
    },
    {
      target: "app/(app)/acties/[id]/actions.ts#addProgressUpdateAction",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const recommendation = await prisma.recommendation.findFirstOrThrow();
        const action = await prisma.actionItem.create({
          data: {
            recommendationId: recommendation.id,
            title: "Matrix",
            description: "Matrix",
            ownerOrganisationId: organisation.id,
            dueDate: new Date("2023-06-30"),
          },
        });
        return [idle, form({ actionItemId: action.id, version: "1", text: "Voortgang uit de matrix." })];
      },
    },
  ],
};
