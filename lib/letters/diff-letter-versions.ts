// The word-level difference between two versions of one Kamerbrief (the Versies tab).
// Pure: sections are matched by their stable key and compared on their plain text (markup
// removed, so "**" added around a word shows as no change in words); the summary table is
// compared row by row; the letterhead and the signing-off are compared as two parts of
// their own. Added and removed sections are shown whole.
import { diffWords } from "diff";
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { markupToPlainText } from "@/lib/letters/letter-markup";
import type { LetterContent, LetterSection } from "@/lib/letters/letter-content";

export type DiffPart = { text: string; change: "added" | "removed" | "same" };
export type Change = "added" | "removed" | "changed" | "unchanged";

export type TextPartDiff = {
  kind: "text";
  key: string;
  heading: string | null;
  change: Change;
  headingParts: DiffPart[] | null;
  bodyParts: DiffPart[];
};
export type TableRowDiff = { change: Change; parts: DiffPart[] };
export type TablePartDiff = {
  kind: "table";
  key: string;
  heading: string | null;
  change: Change;
  headingParts: DiffPart[] | null;
  rows: TableRowDiff[];
};
export type PartDiff = TextPartDiff | TablePartDiff;

export type LetterVersionDiff = { parts: PartDiff[]; changedCount: number };

/** Keys of the two parts outside the sections. */
export const LETTERHEAD_KEY = "briefhoofd";
export const SIGNING_KEY = "ondertekening";

// A 20,000-character section against a rewritten one stays well under this; past it the
// section is shown as wholly replaced rather than keeping the page waiting.
const DIFF_TIMEOUT_MS = 500;

export function diffLetterVersions(from: LetterContent, to: LetterContent): LetterVersionDiff {
  const parts: PartDiff[] = [];
  parts.push(textPart(LETTERHEAD_KEY, nl.letterCompare.versions.letterhead, letterheadText(from), letterheadText(to)));

  const oldByKey = new Map(from.sections.map((section) => [section.key, section]));
  const newKeys = new Set(to.sections.map((section) => section.key));
  // Removed sections are shown where they stood: after the part that preceded them in the old version.
  const removedAfter = new Map<string | null, LetterSection[]>();
  let previousKey: string | null = null;
  for (const section of from.sections) {
    if (!newKeys.has(section.key)) {
      const list = removedAfter.get(previousKey) ?? [];
      list.push(section);
      removedAfter.set(previousKey, list);
    } else previousKey = section.key;
  }
  for (const removed of removedAfter.get(null) ?? []) parts.push(sectionDiff(removed, null));
  for (const section of to.sections) {
    const old = oldByKey.get(section.key);
    if (old && old.kind !== section.kind) {
      parts.push(sectionDiff(old, null));
      parts.push(sectionDiff(null, section));
    } else parts.push(sectionDiff(old ?? null, section));
    for (const removed of removedAfter.get(section.key) ?? []) parts.push(sectionDiff(removed, null));
  }

  parts.push(textPart(SIGNING_KEY, nl.letterCompare.versions.signing, signingText(from), signingText(to)));
  return { parts, changedCount: parts.filter((part) => part.change !== "unchanged").length };
}

function sectionDiff(old: LetterSection | null, current: LetterSection | null): PartDiff {
  const section = (current ?? old)!;
  const change: Change = !old ? "added" : !current ? "removed" : "unchanged";
  const headingParts =
    old && current && old.heading !== current.heading ? diffText(old.heading ?? "", current.heading ?? "") : null;
  if (section.kind === "table") {
    const oldRows = old?.kind === "table" ? old.rows.map(rowText) : [];
    const newRows = current?.kind === "table" ? current.rows.map(rowText) : [];
    const rows: TableRowDiff[] = [];
    for (let index = 0; index < Math.max(oldRows.length, newRows.length); index++) {
      const before = oldRows[index];
      const after = newRows[index];
      if (before === undefined) rows.push({ change: "added", parts: [{ text: after!, change: "added" }] });
      else if (after === undefined) rows.push({ change: "removed", parts: [{ text: before, change: "removed" }] });
      else if (before === after) rows.push({ change: "unchanged", parts: [{ text: after, change: "same" }] });
      else rows.push({ change: "changed", parts: diffText(before, after) });
    }
    const changed = change !== "unchanged" || headingParts !== null || rows.some((row) => row.change !== "unchanged");
    return {
      kind: "table",
      key: section.key,
      heading: section.heading,
      change: changed && change === "unchanged" ? "changed" : change,
      headingParts,
      rows,
    };
  }
  const before = old?.kind === "text" ? markupToPlainText(old.body) : "";
  const after = current?.kind === "text" ? markupToPlainText(current.body) : "";
  const bodyParts = !old
    ? [{ text: after, change: "added" as const }]
    : !current
      ? [{ text: before, change: "removed" as const }]
      : diffText(before, after);
  const changed = change !== "unchanged" || headingParts !== null || before !== after;
  return {
    kind: "text",
    key: section.key,
    heading: section.heading,
    change: changed && change === "unchanged" ? "changed" : change,
    headingParts,
    bodyParts,
  };
}

function textPart(key: string, heading: string, before: string, after: string): TextPartDiff {
  return {
    kind: "text",
    key,
    heading,
    change: before === after ? "unchanged" : "changed",
    headingParts: null,
    bodyParts: diffText(before, after),
  };
}

/** Word diff of two texts; the same text gives one unchanged part. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ text: before, change: "same" }];
  const changes = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      ...(before ? [{ text: before, change: "removed" as const }] : []),
      ...(after ? [{ text: after, change: "added" as const }] : []),
    ];
  }
  return changes.map((change) => ({
    text: change.value,
    change: change.added ? "added" : change.removed ? "removed" : "same",
  }));
}

function rowText(row: readonly string[]): string {
  return row.join(" | ");
}

function letterheadText(content: LetterContent): string {
  const words = nl.letterDocument;
  return [
    `${words.date}: ${formatCalendarDate(content.letterhead.date)}`,
    `${words.subject}: ${content.letterhead.subject}`,
    `${words.reference}: ${content.letterhead.reference}`,
    content.salutation,
  ].join("\n");
}

function signingText(content: LetterContent): string {
  return [
    content.signOff,
    ...content.signatories.map((signatory) => [signatory.title, signatory.name].filter(Boolean).join(", ")),
  ].join("\n");
}
