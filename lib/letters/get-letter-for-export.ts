// The text a download carries: the newest version of a letter the actor may read (the read
// rule of getLetterHeader: a concept only for the coordinator). Null when absent or not
// readable, so the route answers 404 and does not reveal that a concept exists.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getLetterHeader } from "@/lib/letters/get-letter-header";
import { parseLetterContent, type LetterContent } from "@/lib/letters/letter-content";

export type LetterForExport = { id: string; title: string; versionNumber: number; content: LetterContent };

export async function getLetterForExport({ actor, id }: { actor: Actor; id: string }): Promise<LetterForExport | null> {
  const header = await getLetterHeader(actor, id);
  if (!header) return null;
  const version = await db().letterDraftVersion.findUnique({
    where: { letterDraftId_versionNumber: { letterDraftId: id, versionNumber: header.latestVersionNumber } },
    select: { content: true },
  });
  if (!version) return null;
  return {
    id,
    title: header.title,
    versionNumber: header.latestVersionNumber,
    content: parseLetterContent(version.content),
  };
}
