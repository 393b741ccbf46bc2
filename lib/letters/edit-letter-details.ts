// "Briefhoofd en ondertekening bewerken" (Coördinator, while the text is editable): Datum,
// Betreft, Ons kenmerk and the signatories (titel, naam per block). Saves version n+1
// (EDITED); the audit event holds only the fields that changed.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { nl } from "@/lib/i18n/nl";
import type { LetterContent } from "@/lib/letters/letter-content";
import {
  appendLetterVersion,
  loadEditableLetter,
  sameContent,
  type SavedLetterVersion,
} from "@/lib/letters/write-letter-version";
import type { EditLetterDetailsInput } from "@/lib/validation/letters-edit";

export async function editLetterDetails(
  { actor, input }: { actor: Actor; input: EditLetterDetailsInput },
  tx?: Tx,
): Promise<SavedLetterVersion> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadEditableLetter(tx, actor, input);
    const content: LetterContent = {
      ...letter.content,
      letterhead: { date: input.date, subject: input.subject, reference: input.reference },
      signatories: input.signatories.map(({ title, name }) => ({ title, name })),
    };
    if (sameContent(content, letter.content))
      return { letterId: letter.id, versionNumber: letter.latestVersionNumber, changed: false };

    const fields = (value: LetterContent) => ({ ...value.letterhead, signatories: signatoriesText(value) });
    const [old, edited] = [fields(letter.content), fields(content)];
    const changed = (Object.keys(old) as (keyof typeof old)[]).filter((field) => old[field] !== edited[field]);
    return appendLetterVersion(tx, actor, letter, {
      content,
      kind: "EDITED",
      note: nl.letterEditor.versionNoteDetails,
      snapshotId: letter.snapshotId,
      audit: {
        kind: "LETTER_EDITED",
        before: Object.fromEntries(changed.map((field) => [field, old[field]])),
        after: Object.fromEntries(changed.map((field) => [field, edited[field]])),
      },
    });
  });
}

/** The signatories as the audit trail shows them: "titel, naam", one a line. */
function signatoriesText(content: LetterContent): string {
  return content.signatories.map(({ title, name }) => [title, name].filter(Boolean).join(", ")).join("\n");
}
