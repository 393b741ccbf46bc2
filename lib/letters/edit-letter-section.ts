// "Bewerken" of one section (Coördinator, while the text is editable): a text section's
// heading and body, or the summary table as one textarea (one row per line, cells
// separated by " | "). Saves version n+1 (EDITED) naming the section; a save that changes
// nothing writes nothing and says so.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { LetterSection } from "@/lib/letters/letter-content";
import { parseTableText, tableRowsToText } from "@/lib/letters/summary-table-text";
import {
  appendLetterVersion,
  loadEditableLetter,
  sameContent,
  sectionName,
  type SavedLetterVersion,
} from "@/lib/letters/write-letter-version";
import type { EditLetterSectionInput } from "@/lib/validation/letters-edit";

export async function editLetterSection(
  { actor, input }: { actor: Actor; input: EditLetterSectionInput },
  tx?: Tx,
): Promise<SavedLetterVersion> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadEditableLetter(tx, actor, input);
    const section = letter.content.sections.find((candidate) => candidate.key === input.sectionKey);
    if (!section) throw new AppError("NOT_FOUND", nl.letterEditor.sectionNotFound);

    // A section without a heading (the opening, the closing) keeps having none.
    const heading = section.heading === null ? null : (input.heading ?? "");
    if (heading === "") {
      throw new AppError("INVALID", nl.forms.checkFields, {
        fieldError: { field: "heading", message: nl.forms.textRequired(nl.letterEditor.sectionHeadingRequired) },
      });
    }
    let edited: LetterSection;
    if (section.kind === "table") {
      const parsed = parseTableText(input.body, section.columns.length);
      if (!parsed.ok)
        throw new AppError("INVALID", nl.forms.checkFields, { fieldError: { field: "body", message: parsed.message } });
      edited = { ...section, heading, rows: parsed.rows };
    } else {
      edited = { ...section, heading, body: input.body };
    }
    const content = {
      ...letter.content,
      sections: letter.content.sections.map((candidate) => (candidate === section ? edited : candidate)),
    };
    if (sameContent(content, letter.content))
      return { letterId: letter.id, versionNumber: letter.latestVersionNumber, changed: false };

    const name = sectionName(letter.content, section);
    const before: Record<string, string | null> = { section: name };
    const after: Record<string, string | null> = { section: name };
    if (heading !== section.heading) {
      before.heading = section.heading;
      after.heading = heading;
    }
    if (section.kind === "table" && edited.kind === "table") {
      const [oldRows, newRows] = [tableRowsToText(section.rows), tableRowsToText(edited.rows)];
      if (oldRows !== newRows) [before.rows, after.rows] = [oldRows, newRows];
    } else if (section.kind === "text" && edited.kind === "text" && section.body !== edited.body) {
      [before.body, after.body] = [section.body, edited.body];
    }
    return appendLetterVersion(tx, actor, letter, {
      content,
      kind: "EDITED",
      note: nl.letterEditor.versionNoteSection(name),
      snapshotId: letter.snapshotId,
      audit: { kind: "LETTER_EDITED", before, after },
    });
  });
}
