// Rows for the Logboek and user management (Beheer). users:manage is not scoped: a
// Beheerder manages the users of every organisation, and nobody else manages any.
import { idle } from "@/lib/actions/action-result";
import type { MatrixContext, MatrixRows } from "./matrix";

const someone = ({ prisma, organisation }: MatrixContext) =>
  prisma.user.create({
    data: {
      email: `matrix-${crypto.randomUUID()}@test.opvolging.nl`,
      name: "Matrix",
      role: "CONTRIBUTOR",
      organisationId: organisation.id,
    },
  });

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/logboek/export/route.ts#GET",
      permission: "audit:read",
      scoped: false,
      // A crafted export request by a role without access is worth knowing about.
      auditsRefusal: true,
      prepare: async () => [new Request("http://localhost/logboek/export?soort=UPDATE")],
    },
    {
      target: "app/(app)/beheer/gebruikers/nieuw/actions.ts#createUserAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ organisation, form }) => [
        idle,
        form({
          name: "Nieuw via de matrix",
          email: `nieuw-${crypto.randomUUID()}@test.opvolging.nl`,
          organisationId: organisation.id,
          role: "READER",
          password: "",
        }),
      ],
    },
    {
      target: "app/(app)/beheer/gebruikers/[id]/actions.ts#changeUserAccessAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (ctx) => {
        const user = await someone(ctx);
        return [
          idle,
          ctx.form({ userId: user.id, version: "1", role: "COORDINATOR", organisationId: ctx.organisation.id }),
        ];
      },
    },
    {
      target: "app/(app)/beheer/gebruikers/[id]/actions.ts#setUserActiveAction",
      permission: "users:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (ctx) => {
        const user = await someone(ctx);
        return [idle, ctx.form({ userId: user.id, version: "1", active: "false" })];
      },
    },
  ],
};
