// The letter page's forms: a section, the letterhead and signatories, a restore,
// a remark and its resolution. Text from a textarea arrives with CRLF line breaks; it is
// read as LF so that an unchanged save compares equal to the stored text.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, optionalText, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

export const LETTER_LIMITS = {
  heading: 300,
  body: 20_000,
  subject: 500,
  reference: 100,
  signatoryTitle: 300,
  signatoryName: 200,
  signatories: 6,
  remark: 4_000,
  resolution: 2_000,
} as const;

const words = nl.letterEditor;

function withLineFeeds<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value), schema);
}

/** A section: its heading (for sections that have one) and its body, or the table's rows as text. */
export const EditLetterSectionSchema = z.object({
  letterId: recordId,
  version: rowVersion,
  sectionKey: z.string({ error: nl.forms.invalidId }).trim().min(1, nl.forms.invalidId).max(100, nl.forms.invalidId),
  heading: optionalText(LETTER_LIMITS.heading),
  body: withLineFeeds(requiredText(words.sectionBodyRequired, LETTER_LIMITS.body)),
});
// An optional field may also be left out by a caller in code.
export type EditLetterSectionInput = Omit<z.infer<typeof EditLetterSectionSchema>, "heading"> & { heading?: string };

const signatory = z.object({
  title: z.string().trim().max(LETTER_LIMITS.signatoryTitle, nl.forms.textTooLong(LETTER_LIMITS.signatoryTitle)),
  name: z.string().trim().max(LETTER_LIMITS.signatoryName, nl.forms.textTooLong(LETTER_LIMITS.signatoryName)),
});

/**
 * Letterhead and signatories. The form posts `signatories.<n>.title` / `.name`; blocks left
 * empty are dropped, a name without a title is an error on that block's title.
 */
export const EditLetterDetailsSchema = z.preprocess(
  (value) =>
    typeof value === "object" && value !== null
      ? { ...value, signatories: collectSignatories(value as Record<string, unknown>) }
      : value,
  z
    .object({
      letterId: recordId,
      version: rowVersion,
      date: z.preprocess((value) => value ?? "", calendarDate),
      subject: requiredText(words.subjectRequired, LETTER_LIMITS.subject),
      reference: z
        .string()
        .trim()
        .max(LETTER_LIMITS.reference, nl.forms.textTooLong(LETTER_LIMITS.reference))
        .default(""),
      signatories: z.array(signatory).max(LETTER_LIMITS.signatories),
    })
    .superRefine((input, context) => {
      input.signatories.forEach((block, index) => {
        if (block.title === "" && block.name !== "")
          context.addIssue({
            code: "custom",
            path: ["signatories", index, "title"],
            message: words.signatoryTitleRequired,
          });
      });
      if (input.signatories.every((block) => block.title === "" && block.name === "")) {
        context.addIssue({ code: "custom", path: ["signatories", 0, "title"], message: words.signatoriesRequired });
      }
    })
    .transform((input) => ({
      ...input,
      signatories: input.signatories.filter((block) => block.title !== "" || block.name !== ""),
    })),
);
export type EditLetterDetailsInput = z.infer<typeof EditLetterDetailsSchema>;

function collectSignatories(values: Record<string, unknown>): { title: unknown; name: unknown }[] {
  const blocks: { title: unknown; name: unknown }[] = [];
  for (let index = 0; index < LETTER_LIMITS.signatories; index++) {
    const title = values[`signatories.${index}.title`];
    const name = values[`signatories.${index}.name`];
    if (title === undefined && name === undefined) continue;
    blocks.push({ title: title ?? "", name: name ?? "" });
  }
  // Already in array form (a caller in code, or a test).
  if (blocks.length === 0 && Array.isArray(values.signatories))
    return values.signatories as { title: unknown; name: unknown }[];
  return blocks;
}

export const RestoreLetterVersionSchema = z.object({
  letterId: recordId,
  version: rowVersion,
  versionNumber: z.coerce.number({ error: nl.forms.invalidId }).int(nl.forms.invalidId).min(1, nl.forms.invalidId),
});
export type RestoreLetterVersionInput = z.infer<typeof RestoreLetterVersionSchema>;

export const AddLetterRemarkSchema = z.object({
  letterId: recordId,
  sectionKey: z.string({ error: nl.forms.invalidId }).trim().min(1, nl.forms.invalidId).max(100, nl.forms.invalidId),
  text: withLineFeeds(requiredText(words.remarkTextRequired, LETTER_LIMITS.remark)),
});
export type AddLetterRemarkInput = z.infer<typeof AddLetterRemarkSchema>;

export const ResolveLetterRemarkSchema = z.object({
  remarkId: recordId,
  version: rowVersion,
  resolution: withLineFeeds(optionalText(LETTER_LIMITS.resolution)),
});
export type ResolveLetterRemarkInput = Omit<z.infer<typeof ResolveLetterRemarkSchema>, "resolution"> & {
  resolution?: string;
};
