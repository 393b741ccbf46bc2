// The "Versies" tab: one page (50) of the versions, newest first, and when two version
// numbers are asked for (?van=3&naar=5), their word diff. A fixed number of statements:
// the letter, the page of versions, and the two contents compared.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { pageWindow } from "@/lib/validation/pagination";
import { parseLetterContent, type LetterVersionKind } from "@/lib/letters/letter-content";
import { canReadLetter, isLetterTextEditable } from "@/lib/letters/letter-status";
import { diffLetterVersions, type LetterVersionDiff } from "@/lib/letters/diff-letter-versions";

export const VERSIONS_PAGE_SIZE = 50;

export type LetterVersionRow = {
  versionNumber: number;
  kind: LetterVersionKind;
  note: string | null;
  author: string;
  createdAt: Date;
};

export type LetterVersionsPage = {
  id: string;
  status: LetterStatus;
  version: number;
  latestVersionNumber: number;
  versions: LetterVersionRow[];
  page: number;
  pageCount: number;
  /** The pair compared (defaults: the previous and the newest version), and its diff; null with one version. */
  compare: {
    from: number;
    to: number;
    outcome: "diff" | "same-version" | "not-found";
    diff: LetterVersionDiff | null;
  } | null;
  may: { restore: boolean };
};

export async function getLetterVersions({
  actor,
  id,
  page: requestedPage,
  from: requestedFrom,
  to: requestedTo,
}: {
  actor: Actor;
  id: string;
  page: number;
  from?: number;
  to?: number;
}): Promise<LetterVersionsPage | null> {
  assertCan(actor, "letters:read");
  const prisma = db();
  const letter = await prisma.letterDraft.findUnique({
    where: { id },
    select: { id: true, status: true, version: true, latestVersionNumber: true },
  });
  if (!letter || !canReadLetter(actor, letter.status)) return null;

  // Versions are numbered 1…latestVersionNumber without gaps, so that number is the count.
  const { page, pageCount, skip, take } = pageWindow(requestedPage, letter.latestVersionNumber, VERSIONS_PAGE_SIZE);
  const from = requestedFrom ?? letter.latestVersionNumber - 1;
  const to = requestedTo ?? letter.latestVersionNumber;
  const wanted = letter.latestVersionNumber > 1 && from !== to ? [from, to] : [];
  const [rows, pair] = await Promise.all([
    prisma.letterDraftVersion.findMany({
      where: { letterDraftId: id },
      orderBy: { versionNumber: "desc" },
      skip,
      take,
      select: { versionNumber: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    wanted.length > 0
      ? prisma.letterDraftVersion.findMany({
          where: { letterDraftId: id, versionNumber: { in: wanted } },
          select: { versionNumber: true, content: true },
        })
      : Promise.resolve([]),
  ]);

  let compare: LetterVersionsPage["compare"] = null;
  if (letter.latestVersionNumber > 1) {
    const old = pair.find((row) => row.versionNumber === from);
    const current = pair.find((row) => row.versionNumber === to);
    if (from === to) compare = { from, to, outcome: "same-version", diff: null };
    else if (!old || !current) compare = { from, to, outcome: "not-found", diff: null };
    else
      compare = {
        from,
        to,
        outcome: "diff",
        diff: diffLetterVersions(parseLetterContent(old.content), parseLetterContent(current.content)),
      };
  }

  return {
    id: letter.id,
    status: letter.status,
    version: letter.version,
    latestVersionNumber: letter.latestVersionNumber,
    versions: rows.map((row) => ({
      versionNumber: row.versionNumber,
      kind: row.kind as LetterVersionKind,
      note: row.note,
      author: row.createdBy.name,
      createdAt: row.createdAt,
    })),
    page,
    pageCount,
    compare,
    may: { restore: can(actor, "letters:manage") && isLetterTextEditable(letter.status) },
  };
}
