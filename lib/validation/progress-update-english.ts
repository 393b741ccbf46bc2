// "Engelse tekst toevoegen" on a journal entry: the English wording of a progress update
// that was written without one, for the OECD report. Once only (decision 040).
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText } from "@/lib/validation/fields";

export const AddProgressUpdateEnglishSchema = z.object({
  progressUpdateId: recordId,
  textEn: requiredText(nl.actionDetail.progressEnglishRequired, 4000),
});

export type AddProgressUpdateEnglishInput = z.infer<typeof AddProgressUpdateEnglishSchema>;
