// The remarks on one letter, grouped by section: open ones first (oldest first, the order
// they were made in), then the resolved ones (latest resolved first). One statement; the
// read rule is part of its WHERE, so a concept's remarks reach only the coordinator.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";

export type LetterRemarkView = {
  id: string;
  version: number;
  sectionKey: string;
  versionNumber: number;
  text: string;
  author: string;
  createdAt: Date;
  resolved: { by: string; at: Date; resolution: string | null } | null;
};

export async function listLetterRemarks({
  actor,
  letterId,
}: {
  actor: Actor;
  letterId: string;
}): Promise<Record<string, LetterRemarkView[]>> {
  assertCan(actor, "letters:read");
  const rows = await db().letterRemark.findMany({
    where: {
      letterDraftId: letterId,
      ...(can(actor, "letters:manage") ? {} : { letterDraft: { status: { not: "DRAFT" } } }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      version: true,
      sectionKey: true,
      versionNumber: true,
      text: true,
      createdAt: true,
      resolvedAt: true,
      resolution: true,
      author: { select: { name: true } },
      resolvedBy: { select: { name: true } },
    },
  });
  const bySection: Record<string, LetterRemarkView[]> = {};
  for (const row of rows) {
    const view: LetterRemarkView = {
      id: row.id,
      version: row.version,
      sectionKey: row.sectionKey,
      versionNumber: row.versionNumber,
      text: row.text,
      author: row.author.name,
      createdAt: row.createdAt,
      resolved: row.resolvedAt
        ? { by: row.resolvedBy?.name ?? "", at: row.resolvedAt, resolution: row.resolution }
        : null,
    };
    (bySection[row.sectionKey] ??= []).push(view);
  }
  for (const list of Object.values(bySection)) {
    list.sort(
      (a, b) =>
        (a.resolved ? 1 : 0) - (b.resolved ? 1 : 0) ||
        (a.resolved && b.resolved ? b.resolved.at.getTime() - a.resolved.at.getTime() : 0),
    );
  }
  return bySection;
}
