// Dates as Dutch users type them, in every form that asks for one, and in the import.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { dateTextForInput, parseDateText } from "@/lib/validation/date-text";
import { CreateActionItemSchema } from "@/lib/validation/action-item";
import { DeadlineChangeSchema } from "@/lib/validation/deadline-change";
import { CreateCommitmentSchema, UpdateCommitmentSchema } from "@/lib/validation/commitment";
import { RecordCommitmentOutcomeSchema } from "@/lib/validation/commitment-outcome";
import { RegisterEvaluationSchema } from "@/lib/validation/evaluation";
import { EditLetterDetailsSchema } from "@/lib/validation/letters-edit";
import { MarkLetterSentSchema } from "@/lib/validation/letters-workflow";
import { CreateApiTokenSchema } from "@/lib/validation/api-token";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import { parseAuditLogFilters } from "@/lib/validation/audit-log-filters";
import { parseImportRow } from "@/lib/validation/import-row";
import { IMPORT_COLUMNS, type ImportColumn } from "@/lib/import/import-columns";

describe("parseDateText", () => {
  it.each([
    ["30-9-2023", "2023-09-30"],
    ["30-09-2023", "2023-09-30"],
    ["2023-09-30", "2023-09-30"],
    [" 1-1-2024 ", "2024-01-01"],
    ["30/9/2023", "2023-09-30"],
    ["29-2-2024", "2024-02-29"],
  ])("reads %j as %s", (text, date) => {
    expect(parseDateText(text)).toEqual({ ok: true, date });
  });

  it.each(["31-2-2023", "29-2-2023", "31-4-2023", "0-1-2023", "1-13-2023", "2023-02-30", "1-1-1899", "1-1-2201"])(
    "refuses %j: that day does not exist (or lies outside 1900–2200)",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, problem: "missing" });
    },
  );

  it.each(["", "30 september 2023", "30-9-23", "2023/09/30", "30.9.2023", "morgen", "30-9-2023x"])(
    "refuses %j: not a date",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, problem: "format" });
    },
  );

  it("shows a stored date for editing the Dutch way, which it reads back", () => {
    expect(dateTextForInput("2023-09-30")).toBe("30-9-2023");
    expect(parseDateText(dateTextForInput("2024-01-05"))).toEqual({ ok: true, date: "2024-01-05" });
  });
});

// Every form field that takes a calendar date: its schema and the field's name.
const DATE_FIELDS: [string, z.ZodType, string][] = [
  ["Nieuwe actie: startdatum", CreateActionItemSchema, "startDate"],
  ["Nieuwe actie: deadline", CreateActionItemSchema, "dueDate"],
  ["Deadline wijzigen", DeadlineChangeSchema, "newDueDate"],
  ["Toezegging toevoegen", CreateCommitmentSchema, "dueDate"],
  ["Toezegging bewerken", UpdateCommitmentSchema, "dueDate"],
  ["Uitkomst van een toezegging", RecordCommitmentOutcomeSchema, "documentDate"],
  ["Evaluatie: rapportdatum", RegisterEvaluationSchema, "reportDate"],
  ["Evaluatie: aangeboden op", RegisterEvaluationSchema, "sentToParliamentOn"],
  ["Briefhoofd", EditLetterDetailsSchema, "date"],
  ["Markeren als verzonden", MarkLetterSentSchema, "sentOn"],
  ["API-token tot een datum", CreateApiTokenSchema, "expiresOn"],
];

/** The field's parsed value and its messages; the other fields may fail, that is not what is tested. */
function parseField(schema: z.ZodType, field: string, text: string) {
  const parsed = schema.safeParse({ [field]: text });
  const messages = (parsed.error?.issues ?? [])
    .filter((issue) => issue.path.join(".") === field)
    .map((issue) => issue.message);
  return { value: parsed.success ? (parsed.data as Record<string, unknown>)[field] : undefined, messages };
}

describe.each(DATE_FIELDS)("the date in %s", (_form, schema, field) => {
  it.each(["30-9-2023", "30-09-2023", "2023-09-30"])("accepts %s", (text) => {
    expect(parseField(schema, field, text).messages).toEqual([]);
  });

  it("refuses 31-2-2023 with a Dutch message", () => {
    expect(parseField(schema, field, "31-2-2023").messages).toEqual([
      "Deze datum bestaat niet. Vul een bestaande datum in, bijvoorbeeld 30-6-2023.",
    ]);
  });

  it("refuses text that is no date with a Dutch message", () => {
    expect(parseField(schema, field, "volgende week").messages).toEqual([
      "Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 30-6-2023.",
    ]);
  });
});

describe("a date that parses whole", () => {
  it("becomes YYYY-MM-DD for the domain", () => {
    const parsed = MarkLetterSentSchema.parse({
      letterId: "brief1",
      version: "1",
      dossier: "26 485",
      number: "12",
      sentOn: "4-4-2023",
    });
    expect(parsed.sentOn).toBe("2023-04-04");
  });
});

describe("the list filters", () => {
  it("read a Dutch date in the address like an ISO one", () => {
    expect(parseActionListFilters({ van: "1-3-2023", tot: "2023-06-30" })).toMatchObject({
      dueFrom: "2023-03-01",
      dueTo: "2023-06-30",
    });
    const audit = parseAuditLogFilters({ van: "31-2-2023", tot: "30-6-2023" });
    expect(audit.filters.to).toBe("2023-06-30");
    expect(audit.fieldErrors.van).toMatch(/Deze datum bestaat niet/);
  });
});

describe("the spreadsheet import", () => {
  // Only the dates matter here: the other cells are whatever they are.
  const row = (dueDate: string) =>
    Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, column === "dueDate" ? dueDate : "x"])) as Record<
      ImportColumn,
      string
    >;

  it("reads a date cell given as text the Dutch way, and refuses one that does not exist", () => {
    const errorsFor = (dueDate: string) =>
      parseImportRow(row(dueDate)).errors.filter((error) => error.column === "dueDate");
    for (const dueDate of ["30-9-2023", "30-09-2023", "2023-09-30"]) expect(errorsFor(dueDate)).toEqual([]);
    expect(errorsFor("31-2-2023")).toMatchObject([{ message: "De datum 31-2-2023 bestaat niet." }]);
  });
});
