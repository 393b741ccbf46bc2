// The user page's invitation line: the latest invitation and whether it is open, expired,
// used or revoked. One indexed read (userId, kind, createdAt).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { linkState, type LinkState } from "./one-time-link";

export type InvitationStatus = {
  state: LinkState;
  sentAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
} | null;

export async function getInvitationStatus({
  actor,
  userId,
}: {
  actor: Actor;
  userId: string;
}): Promise<InvitationStatus> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: userId });
  const link = await db().oneTimeLink.findFirst({
    where: { userId, kind: "invitation" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!link) return null;
  return { ...link, sentAt: link.createdAt, state: linkState(link, new Date()) };
}
