// Rows for the action page's forms, the deadline queue and the coordinator's action forms.
import { idle } from "@/lib/actions/action-result";
import type { MatrixRows } from "./matrix";
import { createTestActionItem } from "@/test/factories";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/acties/[id]/actions.ts#changeStatusAction",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "NOT_STARTED",
          title: "Matrix",
          withContact: true,
        });
        return [idle, form({ actionItemId: action.id, version: "1", status: "IN_PROGRESS", reason: "" })];
      },
    },
    {
      target: "app/(app)/acties/[id]/actions.ts#addProgressUpdateEnglishAction",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix",
          withContact: true,
        });
        const author = await prisma.user.findFirstOrThrow({ select: { id: true } });
        const update = await prisma.progressUpdate.create({
          data: {
            actionItemId: action.id,
            authorId: author.id,
            text: "Voortgang uit de matrix.",
            statusBefore: "NOT_STARTED",
            statusAfter: "IN_PROGRESS",
            percentDone: 10,
            occurredOn: new Date("2023-04-01"),
          },
        });
        return [
          idle,
          form({ actionItemId: action.id, progressUpdateId: update.id, textEn: "Progress from the matrix." }),
        ];
      },
    },
    {
      target: "app/(app)/acties/[id]/actions.ts#requestDeadlineChangeAction",
      permission: "deadlines:propose",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix",
          withContact: true,
        });
        return [
          idle,
          form({ actionItemId: action.id, version: "1", newDueDate: "2023-09-30", reason: "Verzoek uit de matrix." }),
        ];
      },
    },
    {
      target: "app/(app)/acties/[id]/actions.ts#changeDeadlineAction",
      permission: "deadlines:approve",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix",
          withContact: true,
        });
        return [
          idle,
          form({ actionItemId: action.id, version: "1", newDueDate: "2023-09-30", reason: "Wijziging uit de matrix." }),
        ];
      },
    },
    {
      target: "app/(app)/acties/deadlineverzoeken/actions.ts#decideDeadlineChangeAction",
      permission: "deadlines:approve",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, actor, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix",
          withContact: true,
        });
        const request = await prisma.deadlineChange.create({
          data: {
            actionItemId: action.id,
            oldDueDate: action.dueDate,
            newDueDate: new Date("2023-09-30"),
            reason: "Verzoek uit de matrix.",
            requestedById: actor.id,
          },
        });
        return [
          idle,
          form({
            deadlineChangeId: request.id,
            version: "1",
            actionItemId: action.id,
            decision: "APPROVE",
            decisionNote: "",
          }),
        ];
      },
    },
    {
      target: "app/(app)/acties/nieuw/actions.ts#createActionItemAction",
      permission: "actions:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const recommendation = await prisma.recommendation.findFirstOrThrow({ orderBy: { number: "asc" } });
        const contact = await prisma.user.findFirstOrThrow({
          where: { organisationId: organisation.id, active: true },
          orderBy: { email: "asc" },
        });
        return [
          idle,
          form({
            recommendationId: recommendation.id,
            title: "Actie uit de matrix",
            description: "Matrix",
            ownerOrganisationId: organisation.id,
            contactUserId: contact.id,
            startDate: "",
            dueDate: "2023-12-31",
          }),
        ];
      },
    },
    {
      target: "app/(app)/acties/[id]/bewerken/actions.ts#updateActionItemAction",
      permission: "actions:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, {
          organisationId: organisation.id,
          status: "IN_PROGRESS",
          title: "Matrix",
          withContact: true,
        });
        return [
          idle,
          form({
            actionItemId: action.id,
            version: "1",
            title: "Matrix, gewijzigd",
            description: "Matrix",
            ownerOrganisationId: organisation.id,
            contactUserId: action.contactUserId!,
            startDate: "",
          }),
        ];
      },
    },
  ],
};
