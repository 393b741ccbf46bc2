// Rows for the action list's saved views and its bulk assignment of a contact person.
import { randomUUID } from "node:crypto";
import { idle } from "@/lib/actions/action-result";
import type { MatrixRows } from "./matrix";
import { createTestActionItem } from "@/test/factories";

export const matrix: MatrixRows = {
  rows: [
    {
      // Every signed-in user keeps views of their own (recommendations:read: every role).
      target: "app/(app)/acties/actions.ts#saveViewAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ organisation, form }) => [
        idle,
        form({ name: `Matrix ${randomUUID()}`, query: `organisatie=${organisation.code}&sorteer=titel` }),
      ],
    },
    {
      // Only one's own view; another person's is "not found" for every role (lib/saved-views/saved-views.test.ts).
      target: "app/(app)/acties/weergaven/actions.ts#renameSavedViewAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        const view = await prisma.savedView.create({
          data: { userId: actor.id, name: `Matrix ${randomUUID()}`, query: "te-laat=1" },
        });
        return [idle, form({ viewId: view.id, version: "1", name: `Hernoemd ${randomUUID()}` })];
      },
    },
    {
      target: "app/(app)/acties/weergaven/actions.ts#deleteSavedViewAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        const view = await prisma.savedView.create({
          data: { userId: actor.id, name: `Matrix ${randomUUID()}`, query: "" },
        });
        return [idle, form({ viewId: view.id })];
      },
    },
    {
      // The whole request is refused without actions:manage; each action is checked again.
      target: "app/(app)/acties/actions.ts#assignContactInBulkAction",
      permission: "actions:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix bulk",
          withContact: true,
        });
        return [idle, form({ contactUserId: action.contactUserId!, actie: `${action.id}:1` })];
      },
    },
  ],
};
