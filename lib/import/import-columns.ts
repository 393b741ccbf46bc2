// The columns of the import spreadsheet, in the template's order: one row per action, the
// recommendation's columns repeated on each of its actions. The Dutch headers and the
// explanations of the "Toelichting" sheet live in nl.dataImport.
import { nl } from "@/lib/i18n/nl";

export const IMPORT_COLUMNS = [
  "evaluation",
  "recommendationNumber",
  "recommendationTitle",
  "recommendationText",
  "theme",
  "cabinetResponse",
  "leadOrganisation",
  "reference",
  "title",
  "description",
  "organisation",
  "contact",
  "startDate",
  "dueDate",
  "status",
  "percentDone",
  // English wording for the OECD report, last so that the older columns keep their places;
  // optional: a file without them imports as before, an empty cell keeps what is there.
  "recommendationTitleEn",
  "recommendationTextEn",
  "titleEn",
  "descriptionEn",
] as const;

/** Columns a file may leave out altogether (files made before they existed). */
export const OPTIONAL_COLUMNS: readonly ImportColumn[] = [
  "recommendationTitleEn",
  "recommendationTextEn",
  "titleEn",
  "descriptionEn",
];

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The columns that describe the action; a row with all of them empty is a recommendation alone. */
export const ACTION_COLUMNS: readonly ImportColumn[] = [
  "reference",
  "title",
  "description",
  "organisation",
  "contact",
  "startDate",
  "dueDate",
  "status",
  "percentDone",
  "titleEn",
  "descriptionEn",
];

export const IMPORT_SHEET_NAME = "Aanbevelingen en acties";
export const EXPLANATION_SHEET_NAME = "Toelichting";

/** At most 10 MB and 5,000 rows: stated on the page, checked before anything is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

export function columnHeader(column: ImportColumn): string {
  return nl.dataImport.columns[column].header;
}

/** The spreadsheet letter of a column in the template ("A", "B", …). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
