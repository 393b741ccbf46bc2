// Rows for Meldingen (marking read) and the e-mail preference on Profiel: every signed-in
// user, always on their own records.
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/meldingen/actions.ts#markNotificationReadAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        const notification = await prisma.notification.create({
          data: {
            userId: actor.id,
            kind: "ACTION_ASSIGNED",
            entityType: "ActionItem",
            entityId: "x",
            data: { title: "T" },
          },
        });
        return [form({ notificationId: notification.id })];
      },
    },
    {
      target: "app/(app)/meldingen/actions.ts#markAllNotificationsReadAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form }) => [form({})],
    },
    {
      target: "app/(app)/profiel/email-preference-actions.ts#changeEmailPreferenceAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        const { version } = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { version: true } });
        return [form({ emailPreference: "NEVER", version: String(version) })];
      },
    },
  ],
};
