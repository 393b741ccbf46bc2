// Rows for Profiel (calendar feeds) and the calendar downloads.
import { idle } from "@/lib/actions/action-result";
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/agenda/[token]/route.ts#GET",
      reason:
        "Agenda-abonnement voor Outlook (zonder sessie): geautoriseerd door het geheime token in het adres; onbekend, ingetrokken of van een gedeactiveerde gebruiker → 404.",
    },
  ],
  rows: [
    {
      target: "app/(app)/acties/agenda/route.ts#GET",
      // Every role reads actions; the download is a read, so a refusal is not audited.
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ organisation }) => [
        new Request(`http://localhost/acties/agenda?organisatie=${organisation.code}`),
      ],
    },
    {
      // Every signed-in user makes feeds of their own (recommendations:read: every role).
      target: "app/(app)/profiel/actions.ts#createCalendarFeedAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form }) => [idle, form({})],
    },
    {
      // Every signed-in user revokes their own feeds; another's is refused for every role
      // (lib/calendar/calendar-feed.test.ts).
      target: "app/(app)/profiel/actions.ts#revokeCalendarFeedAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        const feed = await prisma.calendarFeed.create({
          data: {
            userId: actor.id,
            tokenHash: crypto.randomUUID().replace(/-/g, "").repeat(2),
            expiresAt: new Date(Date.now() + 365 * 86_400_000),
          },
        });
        return [idle, form({ feedId: feed.id })];
      },
    },
  ],
};
