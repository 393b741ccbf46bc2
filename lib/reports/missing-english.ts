// Which English texts an OECD report still lacks (decision 042): every text the report shows
// whose English is not given — a recommendation's title and text, the title of each action
// it lists, and each listed action's latest progress — read from the report's snapshot, each
// with where it is entered. Pure: snapshot in, list out.
import type { OecdSnapshot } from "@/lib/reports/oecd-snapshot";

export type MissingEnglishField = "titleEn" | "textEn";
export type MissingEnglish = {
  /** "Recommendation:<id>:titleEn": what an acceptance names. */
  key: string;
  entityType: "Recommendation" | "ActionItem" | "ProgressUpdate";
  entityId: string;
  field: MissingEnglishField;
  /** Which recommendation it belongs to, for the list's order and labels. */
  recommendationNumber: number;
  /** The Dutch text that stands in. */
  dutch: string;
  /** Where the English is entered. */
  href: string;
  what: "recommendationTitle" | "recommendationText" | "actionTitle" | "progress";
};

const missing = (text: string | null) => text === null || text.trim() === "";

export function missingEnglishKey(entityType: string, entityId: string, field: string): string {
  return `${entityType}:${entityId}:${field}`;
}

export function listMissingEnglish(snapshot: OecdSnapshot): MissingEnglish[] {
  const items: MissingEnglish[] = [];
  const add = (item: Omit<MissingEnglish, "key">) =>
    items.push({ ...item, key: missingEnglishKey(item.entityType, item.entityId, item.field) });
  for (const recommendation of snapshot.recommendations) {
    const number = recommendation.number;
    const edit = `/aanbevelingen/${encodeURIComponent(recommendation.id)}/bewerken`;
    if (missing(recommendation.titleEn))
      add({
        entityType: "Recommendation",
        entityId: recommendation.id,
        field: "titleEn",
        recommendationNumber: number,
        dutch: recommendation.title,
        href: `${edit}#aanbeveling-titel-en`,
        what: "recommendationTitle",
      });
    if (missing(recommendation.textEn))
      add({
        entityType: "Recommendation",
        entityId: recommendation.id,
        field: "textEn",
        recommendationNumber: number,
        dutch: recommendation.text,
        href: `${edit}#aanbeveling-tekst-en`,
        what: "recommendationText",
      });
    for (const action of recommendation.actions) {
      const page = `/acties/${encodeURIComponent(action.id)}`;
      if (missing(action.titleEn))
        add({
          entityType: "ActionItem",
          entityId: action.id,
          field: "titleEn",
          recommendationNumber: number,
          dutch: action.title,
          href: `${page}/bewerken#actie-titel-en`,
          what: "actionTitle",
        });
      // The report quotes the latest progress of every action it lists as taken (not one not yet started).
      const progress = action.latestProgress;
      if (progress && action.status !== "NOT_STARTED" && missing(progress.textEn))
        add({
          entityType: "ProgressUpdate",
          entityId: progress.id,
          field: "textEn",
          recommendationNumber: number,
          dutch: progress.text,
          href: `${page}#voortgang-${encodeURIComponent(progress.id)}`,
          what: "progress",
        });
    }
  }
  return items;
}
