// The evidence of one action as its page lists it, oldest first: one query, and never the
// file's bytes (they are read only by the download route).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { EvidenceKind } from "@/lib/generated/prisma/enums.ts";

export type EvidenceListItem = {
  id: string;
  kind: EvidenceKind;
  title: string;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  url: string | null;
  version: number;
  createdAt: Date;
  addedBy: string;
};

export async function listEvidence({
  actor,
  actionItemId,
}: {
  actor: Actor;
  actionItemId: string;
}): Promise<EvidenceListItem[]> {
  assertCan(actor, "recommendations:read");
  const rows = await db().evidence.findMany({
    where: { actionItemId, removedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      url: true,
      version: true,
      createdAt: true,
      addedBy: { select: { name: true } },
    },
  });
  return rows.map(({ addedBy, ...row }) => ({ ...row, addedBy: addedBy.name }));
}
