// The text of one version of a Kamerbrief (LetterDraftVersion.content). The composer writes
// it from a snapshot; the editor changes it one section at a time; the HTML view, the .docx
// and the PDF render it; the version diff compares two of them. Section bodies use the
// simple markup of letter-markup.ts (paragraphs, lists, bold).
import { z } from "zod";

/** Kinds of version (LetterDraftVersion.kind). */
export const LETTER_VERSION_KINDS = ["GENERATED", "REGENERATED", "EDITED", "RESTORED"] as const;
export type LetterVersionKind = (typeof LETTER_VERSION_KINDS)[number];

/** The fixed addressee block of every letter to the Tweede Kamer. */
export const LETTER_ADDRESSEE = [
  "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
  "Postbus 20018",
  "2500 EA Den Haag",
] as const;

export const SUMMARY_TABLE_COLUMNS = [
  "Nr.",
  "Aanbeveling",
  "Verantwoordelijk",
  "Stand van zaken",
  "Status",
  "Vervolgstap en termijn",
] as const;

const TextSectionSchema = z.object({
  /** Stable within a draft across versions: "aanleiding", "aanbeveling-<recommendationId>", "afsluiting", … */
  key: z.string().min(1).max(100),
  kind: z.literal("text"),
  /** Null for a section without a heading (the opening, the closing). */
  heading: z.string().nullable(),
  body: z.string(),
});

const TableSectionSchema = z.object({
  key: z.string().min(1).max(100),
  kind: z.literal("table"),
  heading: z.string().nullable(),
  /** Always SUMMARY_TABLE_COLUMNS for the summary table. */
  columns: z.array(z.string()),
  /** One row per recommendation, cells in column order (plain text, no markup). */
  rows: z.array(z.array(z.string())),
});

export const LetterSectionSchema = z.discriminatedUnion("kind", [TextSectionSchema, TableSectionSchema]);

/**
 * The title page of a report that has one instead of a letter's addressee block (the OECD
 * follow-up report, lib/reports/): the document's title, the country, the evaluation and its
 * date, and the reporting date. Dates as "YYYY-MM-DD".
 */
const TitlePageSchema = z.object({
  title: z.string(),
  country: z.string(),
  evaluation: z.string(),
  evaluationDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  reportingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const LetterContentSchema = z.object({
  schemaVersion: z.literal(1),
  /** The report kind (lib/reports/report-kinds.ts); absent in a Kamerbrief, as before there were kinds. */
  kind: z.enum(["KAMERBRIEF", "OECD_WGB"]).optional(),
  titlePage: TitlePageSchema.optional(),
  letterhead: z.object({
    /** The letter's date, "YYYY-MM-DD", shown as "3 april 2023". */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    subject: z.string(), // Betreft
    reference: z.string(), // Ons kenmerk
  }),
  salutation: z.string(), // "Geachte voorzitter,"
  sections: z.array(LetterSectionSchema),
  signOff: z.string(), // "Hoogachtend,"
  /** One signatory per line block: title and name, e.g. the staatssecretaris and, on behalf of, the minister. */
  signatories: z.array(z.object({ title: z.string(), name: z.string() })),
  /** True while the letter still holds illustrative (demo) data; shown as a marker in every rendering. */
  containsIllustrativeData: z.boolean(),
});

export type LetterContent = z.infer<typeof LetterContentSchema>;
export type LetterSection = z.infer<typeof LetterSectionSchema>;
export type LetterTextSection = z.infer<typeof TextSectionSchema>;
export type LetterTableSection = z.infer<typeof TableSectionSchema>;
export type LetterTitlePage = z.infer<typeof TitlePageSchema>;

/** Reads stored content; throws when the JSON is not letter content of this shape. */
export function parseLetterContent(data: unknown): LetterContent {
  return LetterContentSchema.parse(data);
}
