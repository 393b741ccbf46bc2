// "Versie N herstellen" (Coördinator, while the text is editable): a new version RESTORED
// with the old version's text and its snapshot, so the letter again reports the data that
// text was written from. Nothing is deleted; restoring the newest text changes nothing.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { parseLetterContent } from "@/lib/letters/letter-content";
import {
  appendLetterVersion,
  loadEditableLetter,
  sameContent,
  type SavedLetterVersion,
} from "@/lib/letters/write-letter-version";
import type { RestoreLetterVersionInput } from "@/lib/validation/letters-edit";

export type RestoredLetterVersion = SavedLetterVersion & { restoredFrom: number };

export async function restoreLetterVersion(
  { actor, input }: { actor: Actor; input: RestoreLetterVersionInput },
  tx?: Tx,
): Promise<RestoredLetterVersion> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadEditableLetter(tx, actor, input);
    const source = await tx.letterDraftVersion.findUnique({
      where: { letterDraftId_versionNumber: { letterDraftId: letter.id, versionNumber: input.versionNumber } },
      select: { content: true, snapshotId: true },
    });
    if (!source) throw new AppError("NOT_FOUND", nl.letterEditor.versionNotFound(input.versionNumber));
    const content = parseLetterContent(source.content);
    const snapshotId = source.snapshotId ?? letter.snapshotId;
    if (sameContent(content, letter.content) && snapshotId === letter.snapshotId) {
      return {
        letterId: letter.id,
        versionNumber: letter.latestVersionNumber,
        changed: false,
        restoredFrom: input.versionNumber,
      };
    }
    const saved = await appendLetterVersion(tx, actor, letter, {
      content,
      kind: "RESTORED",
      note: nl.letterEditor.versionNoteRestored(input.versionNumber),
      snapshotId,
      audit: { kind: "LETTER_RESTORED", before: {}, after: { restoredFrom: input.versionNumber } },
    });
    return { ...saved, restoredFrom: input.versionNumber };
  });
}
