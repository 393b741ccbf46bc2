// One-time links mailed to a person (decision 033): an invitation to activate an account, or
// a reset of a forgotten password. The token is 256 random bits; only its SHA-256 is stored,
// so a copy of the database (a backup) opens no account. A link is valid for a limited time,
// is used once (claimed atomically), and a newer link of the same kind revokes the older ones.
// No "server-only": the operator's command (scripts/create-admin.ts) uses it as well.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export const LINK_KINDS = ["invitation", "reset"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** An invitation waits 72 hours for a new colleague; a reset the person asked for, one hour. */
export const LINK_LIFETIME_MS: Record<LinkKind, number> = {
  invitation: 72 * 60 * 60_000,
  reset: 60 * 60_000,
};

/** base64url of 32 bytes: 43 characters, nothing else. Checked before any query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type LinkWriter = Prisma.TransactionClient;

export const newLinkToken = (): string => randomBytes(32).toString("base64url");

export const hashLinkToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

export const isLinkTokenShaped = (token: string): boolean => TOKEN_SHAPE.test(token);

/** The path of the page the link opens. */
export function linkPath(kind: LinkKind, token: string): string {
  return kind === "invitation" ? `/account/activeren/${token}` : `/account/herstellen/${token}`;
}

export type LinkState = "open" | "expired" | "used" | "revoked";

export function linkState(
  link: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null },
  now: Date,
): LinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "open";
}

/**
 * Makes a new link for the user and revokes their open links of the same kind. Returns the
 * token, which exists only in this return value and the mail: it is never stored.
 */
export async function issueOneTimeLink(
  tx: LinkWriter,
  { userId, kind, createdById, now }: { userId: string; kind: LinkKind; createdById: string | null; now: Date },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  await tx.oneTimeLink.updateMany({
    where: { userId, kind, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[kind]);
  const link = await tx.oneTimeLink.create({
    data: { userId, kind, tokenHash: hashLinkToken(token), expiresAt, createdById },
    select: { id: true },
  });
  return { id: link.id, token, expiresAt };
}

export type UsableLink = {
  id: string;
  kind: LinkKind;
  expiresAt: Date;
  user: { id: string; name: string; email: string };
};

/** The link behind a token when it can still be used (right kind, open, user active); else null. */
export async function findUsableLink(
  tx: LinkWriter,
  { token, kind, now }: { token: string; kind: LinkKind; now: Date },
): Promise<UsableLink | null> {
  if (!isLinkTokenShaped(token)) return null;
  const link = await tx.oneTimeLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      kind: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true, active: true } },
    },
  });
  if (!link || link.kind !== kind || linkState(link, now) !== "open" || !link.user.active) return null;
  return {
    id: link.id,
    kind,
    expiresAt: link.expiresAt,
    user: { id: link.user.id, name: link.user.name, email: link.user.email },
  };
}

/**
 * Marks the link used, if nobody did so first: one conditional UPDATE, so of two tabs
 * submitting the same link at once exactly one wins. Also revokes the user's other open links.
 */
export async function claimLink(tx: LinkWriter, { id, userId, now }: { id: string; userId: string; now: Date }) {
  const { count } = await tx.oneTimeLink.updateMany({
    where: { id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return false;
  await tx.oneTimeLink.updateMany({
    where: { userId, id: { not: id }, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return true;
}
