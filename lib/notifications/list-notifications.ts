// /meldingen: the actor's own notifications, newest first, 25 a page (index (userId, createdAt)).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { pageWindow } from "@/lib/validation/pagination";
import { describeNotification } from "./describe-notification";

export const NOTIFICATIONS_PAGE_SIZE = 25;

export type ListedNotification = { id: string; text: string; href: string; createdAt: Date; read: boolean };

export async function listNotifications({ actor, page = 1 }: { actor: Actor; page?: number }) {
  assertCan(actor, "recommendations:read");
  const where = { userId: actor.id };
  const total = await db().notification.count({ where });
  const window = pageWindow(page, total, NOTIFICATIONS_PAGE_SIZE);
  const rows = await db().notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    select: { id: true, kind: true, entityType: true, entityId: true, data: true, createdAt: true, readAt: true },
  });
  const notifications: ListedNotification[] = rows.map((row) => ({
    id: row.id,
    ...describeNotification(row),
    createdAt: row.createdAt,
    read: row.readAt !== null,
  }));
  return {
    notifications,
    page: window.page,
    pageCount: window.pageCount,
    total,
    from: total === 0 ? 0 : window.skip + 1,
    to: window.skip + rows.length,
  };
}
