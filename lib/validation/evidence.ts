// The evidence forms' text fields. The file itself is checked by the domain function
// (lib/evidence/check-evidence-file.ts): zod sees only what the form posts as text.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText, rowVersion } from "@/lib/validation/fields";

/** An http(s) address with a host and no user name or password in it; anything else (javascript:, ftp:, data:) is refused. */
export const evidenceUrl = z
  .string({ error: nl.evidence.urlRequired })
  .trim()
  // `abort`: one message per problem, not "fill it in" and "not an address" at once
  .min(1, { error: nl.evidence.urlRequired, abort: true })
  .max(2000, { error: nl.forms.textTooLong(2000), abort: true })
  .refine((value) => parseHttpUrl(value) !== null, { error: nl.evidence.urlInvalid, abort: true })
  .refine((value) => {
    const url = parseHttpUrl(value);
    return url === null || (url.username === "" && url.password === "");
  }, nl.evidence.urlCredentials)
  .transform((value) => parseHttpUrl(value)!.href);

function parseHttpUrl(value: string): URL | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" ? url : null;
}

const addEvidenceFields = {
  actionItemId: recordId,
  title: requiredText("een titel", 200),
};

/** "Bewijsstuk toevoegen": a file (posted as `file`) or a link, each with a title. */
export const AddEvidenceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...addEvidenceFields, kind: z.literal("FILE") }),
    z.object({ ...addEvidenceFields, kind: z.literal("LINK"), url: evidenceUrl }),
  ],
  { error: nl.forms.choiceInvalid },
);

export type AddEvidenceInput = z.infer<typeof AddEvidenceSchema>;

export const RemoveEvidenceSchema = z.object({
  actionItemId: recordId,
  evidenceId: recordId,
  version: rowVersion,
});

export type RemoveEvidenceInput = z.infer<typeof RemoveEvidenceSchema>;
