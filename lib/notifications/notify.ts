// The outbox: notifications are written by the domain function that makes the change, in its
// transaction (`tx`), so that a change never commits without its notifications nor they
// without it. Nobody is notified of their own change. Recipients chosen by role and
// organisation are selected and inserted in one statement.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Tx } from "@/lib/db-transaction";
import { now } from "@/lib/clock";
import { recommendationIdsOfReport } from "@/lib/reports/recommendations-of-report";
import type { NotificationData, NotificationEntityType, NotificationKind } from "./notification-kinds";

type About = { kind: NotificationKind; entityType: NotificationEntityType; entityId: string; data: NotificationData };

/** Notifies these users (duplicates, nulls and the actor left out). */
export async function notifyUsers(
  tx: Tx,
  { actorId, userIds, ...about }: About & { actorId: string | null; userIds: (string | null | undefined)[] },
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id): id is string => Boolean(id) && id !== actorId);
  if (recipients.length === 0) return;
  const createdAt = now();
  await tx.notification.createMany({
    data: recipients.map((userId) => ({ userId, ...about, createdAt })),
  });
}

/** Notifies these users about an action: its title, who changed it and its (new) deadline. */
export async function notifyAboutAction(
  tx: Tx,
  {
    actor,
    userIds,
    kind,
    action,
    dueDate,
    decision,
  }: {
    actor: { id: string; name: string };
    userIds: (string | null | undefined)[];
    kind: NotificationKind;
    action: { id: string; title: string };
    dueDate: string;
    decision?: "APPROVED" | "REJECTED";
  },
): Promise<void> {
  await notifyUsers(tx, {
    actorId: actor.id,
    userIds,
    kind,
    entityType: "ActionItem",
    entityId: action.id,
    data: { title: action.title, by: actor.name, dueDate, ...(decision ? { decision } : {}) },
  });
}

/** Notifies every active Coördinator. */
export async function notifyCoordinators(tx: Tx, { actorId, ...about }: About & { actorId: string }): Promise<void> {
  await insertFor(tx, about, Prisma.sql`u."role" = 'COORDINATOR' AND u."id" <> ${actorId}`);
}

/**
 * Notifies every active Bijdrager of the organisations a report concerns: those leading one of
 * its recommendations (a Kamerbrief's commitment's, an OECD report's evaluation's) or owning an
 * action under one.
 */
export async function notifyContributorsOfLetter(
  tx: Tx,
  { actorId, letterId, ...about }: About & { actorId: string; letterId: string },
): Promise<void> {
  const recommendationIds = recommendationIdsOfReport(Prisma.sql`${letterId}`);
  await insertFor(
    tx,
    about,
    Prisma.sql`u."role" = 'CONTRIBUTOR' AND u."id" <> ${actorId} AND u."organisationId" IN (
      SELECT r."leadOrganisationId" FROM "Recommendation" r WHERE r."id" IN (${recommendationIds})
      UNION
      SELECT a."ownerOrganisationId" FROM "ActionItem" a WHERE a."recommendationId" IN (${recommendationIds}))`,
  );
}

async function insertFor(tx: Tx, about: About, who: Prisma.Sql): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "entityType", "entityId", "data", "createdAt")
    SELECT gen_random_uuid()::text, u."id", ${about.kind}, ${about.entityType}, ${about.entityId},
           ${JSON.stringify(about.data)}::jsonb, ${now()}
      FROM "User" u
     WHERE u."active" AND ${who}`;
}
