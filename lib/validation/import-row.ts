// One row of the import spreadsheet (text per column, lib/import/read-import-workbook.ts),
// checked on its own: required columns, a number, a reference "<number>.<n>", dates that
// exist (31-02 does not), a due date not before the start date, a known status and cabinet
// response, a percentage. Whether the evaluation, organisations and contact person exist is
// the plan's check (lib/import/plan-import.ts); the messages are per column, in Dutch.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import type { ActionStatus, CabinetResponse } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/clock";
import { parseDateText } from "@/lib/validation/date-text";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { CABINET_RESPONSES } from "@/lib/recommendations/recommendation-choices";
import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import { ACTION_COLUMNS, type ImportColumn } from "@/lib/import/import-columns";
import { RECOMMENDATION_NUMBER_MAX } from "@/lib/validation/recommendation";

const m = nl.dataImport.rowErrors;

function text(column: ImportColumn, max: number) {
  return z
    .string()
    .trim()
    .min(1, m.required(nl.dataImport.columns[column].header))
    .max(max, nl.forms.textTooLong(max))
    .refine((value) => !CONTROL_CHARACTERS.test(value), nl.forms.controlCharacters);
}

/** Optional text (the English columns): an empty cell is "not given", which keeps what is there. */
function optionalCellText(max: number) {
  return z
    .string()
    .trim()
    .max(max, nl.forms.textTooLong(max))
    .refine((value) => !CONTROL_CHARACTERS.test(value), nl.forms.controlCharacters)
    .transform((value) => (value === "" ? undefined : value));
}

/** A label from a closed list, matched without regard to case or spaces around "/". */
function label<const T extends string>(
  labels: Record<T, string>,
  values: readonly T[],
  unknown: (given: string, allowed: string) => string,
) {
  const normalise = (value: string) =>
    value
      .toLowerCase()
      .replace(/\s*\/\s*/g, "/")
      .replace(/\s+/g, " ")
      .trim();
  const byLabel = new Map(values.map((value) => [normalise(labels[value]), value]));
  return z.string().transform((given, context): T => {
    const found = byLabel.get(normalise(given));
    if (found === undefined) {
      context.addIssue({ code: "custom", message: unknown(given, values.map((value) => labels[value]).join(", ")) });
      return z.NEVER;
    }
    return found;
  });
}

/** 30-6-2023, 30-06-2023, 30/6/2023 or 2023-06-30, and a day that exists: read as the forms read a date. */
const importDate = z.string().transform((given, context): CalendarDate => {
  const parsed = parseDateText(given);
  if (parsed.ok) return parsed.date;
  context.addIssue({
    code: "custom",
    message: parsed.problem === "missing" ? m.dateMissing(given) : m.dateFormat(given),
  });
  return z.NEVER;
});

/** An empty cell is "not given"; anything else must pass `schema` (with its own message). */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(schema.optional());

const RecommendationPart = z.object({
  evaluation: text("evaluation", 300),
  recommendationNumber: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, m.number(RECOMMENDATION_NUMBER_MAX))
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, m.number(RECOMMENDATION_NUMBER_MAX))
        .max(RECOMMENDATION_NUMBER_MAX, m.number(RECOMMENDATION_NUMBER_MAX)),
    ),
  recommendationTitle: text("recommendationTitle", 300),
  recommendationText: text("recommendationText", 8000),
  theme: text("theme", 120),
  cabinetResponse: label<CabinetResponse>(nl.cabinetResponse, CABINET_RESPONSES, m.cabinetResponse),
  leadOrganisation: text("leadOrganisation", 16).transform((code) => code.toUpperCase()),
  recommendationTitleEn: optionalCellText(300),
  recommendationTextEn: optionalCellText(8000),
});

const ActionPart = z
  .object({
    reference: z
      .string()
      .trim()
      .regex(/^\d{1,4}\.\d{1,6}$/, m.reference),
    title: text("title", 200),
    description: text("description", 4000),
    titleEn: optionalCellText(200),
    descriptionEn: optionalCellText(4000),
    organisation: text("organisation", 16).transform((code) => code.toUpperCase()),
    contact: text("contact", 320).transform((email) => email.toLowerCase()),
    startDate: optional(importDate),
    dueDate: z.string().min(1, m.required(nl.dataImport.columns.dueDate.header)).pipe(importDate),
    status: optional(label<ActionStatus>(nl.actionStatus, ACTION_STATUSES, m.status)),
    percentDone: optional(
      z
        .string()
        .regex(/^\d{1,3}\s*%?$/, nl.forms.percentInvalid)
        .transform((value) => Number.parseInt(value, 10))
        .pipe(z.number().max(100, nl.forms.percentInvalid)),
    ),
  })
  .superRefine((action, context) => {
    if (action.startDate && action.dueDate < action.startDate)
      context.addIssue({ code: "custom", path: ["dueDate"], message: nl.forms.dueBeforeStart });
    if (action.status === "DONE" && action.percentDone !== undefined && action.percentDone !== 100) {
      context.addIssue({ code: "custom", path: ["percentDone"], message: m.doneIsHundred });
    }
  });

export type ImportRecommendation = z.output<typeof RecommendationPart>;
export type ImportAction = z.output<typeof ActionPart>;
export type ImportRow = { recommendation: ImportRecommendation; action: ImportAction | null };
export type ImportCellError = { column: ImportColumn; message: string };

export function parseImportRow(
  values: Record<ImportColumn, string>,
): { row: ImportRow; errors: [] } | { row: null; errors: ImportCellError[] } {
  const recommendation = RecommendationPart.safeParse(values);
  const hasAction = ACTION_COLUMNS.some((column) => values[column] !== "");
  const action = hasAction ? ActionPart.safeParse(values) : null;
  const errors = [...issuesOf(recommendation), ...(action ? issuesOf(action) : [])];
  if (recommendation.success && (!action || action.success)) {
    // The reference names the recommendation it belongs to: 3.2 is an action of number 3.
    if (action?.success && action.data.reference.split(".")[0] !== String(recommendation.data.recommendationNumber)) {
      return {
        row: null,
        errors: [{ column: "reference", message: m.referencePrefix(recommendation.data.recommendationNumber) }],
      };
    }
    return { row: { recommendation: recommendation.data, action: action?.success ? action.data : null }, errors: [] };
  }
  return { row: null, errors };
}

function issuesOf(result: { success: boolean; error?: z.ZodError }): ImportCellError[] {
  if (result.success || !result.error) return [];
  const seen = new Set<string>();
  const errors: ImportCellError[] = [];
  for (const issue of result.error.issues) {
    const column = String(issue.path[0]) as ImportColumn;
    if (seen.has(column)) continue;
    seen.add(column);
    errors.push({ column, message: issue.message });
  }
  return errors;
}
