// The "Brief" tab: the newest version's text, who saved it and when, the peildatum of the
// snapshot it was written from, and what the actor may do. One statement for the letter
// with its newest version; null when absent or not readable (yet) by this actor.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { parseLetterContent, type LetterContent } from "@/lib/letters/letter-content";
import { acceptsRemarks, canReadLetter, isLetterTextEditable } from "@/lib/letters/letter-status";

export type LetterPage = {
  id: string;
  status: LetterStatus;
  version: number;
  versionNumber: number;
  content: LetterContent;
  peildatum: CalendarDate | null;
  savedBy: string;
  savedAt: Date;
  may: { manage: boolean; editText: boolean; remark: boolean };
};

export async function getLetterPage({ actor, id }: { actor: Actor; id: string }): Promise<LetterPage | null> {
  assertCan(actor, "letters:read");
  const row = await db().letterDraft.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      // Versions are numbered 1, 2, … in the order they were saved: the highest is the newest.
      versions: {
        orderBy: { versionNumber: "desc" },
        take: 1,
        select: {
          versionNumber: true,
          content: true,
          createdAt: true,
          createdBy: { select: { name: true } },
          snapshot: { select: { peildatum: true } },
        },
      },
    },
  });
  const newest = row?.versions[0];
  if (!row || !newest || !canReadLetter(actor, row.status)) return null;
  const manage = can(actor, "letters:manage");
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    versionNumber: newest.versionNumber,
    content: parseLetterContent(newest.content),
    peildatum: newest.snapshot ? toCalendarDate(newest.snapshot.peildatum) : null,
    savedBy: newest.createdBy.name,
    savedAt: newest.createdAt,
    may: {
      manage,
      editText: manage && isLetterTextEditable(row.status),
      remark: can(actor, "letters:remark") && acceptsRemarks(row.status),
    },
  };
}
