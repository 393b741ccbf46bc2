// Rows for the letter page's forms (editor): edit a section, the letterhead and
// signatories, restore a version (Coördinator, letters:manage); add a remark on a letter in
// review (Bijdrager, Coördinator: letters:remark); resolve a remark (letters:manage).
import { idle } from "@/lib/actions/action-result";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { MatrixRow, MatrixRows } from "./matrix";

const ACTIONS = "app/(app)/rapportages/[id]/actions.ts";

function row(name: string, permission: MatrixRow["permission"], prepare: MatrixRow["prepare"]): MatrixRow {
  return { target: `${ACTIONS}#${name}`, permission, scoped: false, auditsRefusal: true, prepare };
}

export const matrix: MatrixRows = {
  rows: [
    row("editLetterSectionAction", "letters:manage", async ({ prisma, form }) => {
      const { letterId } = await insertLetterDraft(prisma);
      return [idle, form({ letterId, version: "1", sectionKey: "afsluiting", body: "Afsluiting uit de matrix." })];
    }),
    row("editLetterDetailsAction", "letters:manage", async ({ prisma, form }) => {
      const { letterId } = await insertLetterDraft(prisma);
      return [
        idle,
        form({
          letterId,
          version: "1",
          date: "2023-04-04",
          subject: "Betreft uit de matrix",
          reference: "",
          "signatories.0.title": "de staatssecretaris van Financiën",
          "signatories.0.name": "",
        }),
      ];
    }),
    row("restoreLetterVersionAction", "letters:manage", async ({ prisma, form }) => {
      const { letterId } = await insertLetterDraft(prisma);
      const version = await prisma.letterDraftVersion.findFirstOrThrow({ where: { letterDraftId: letterId } });
      const content = { ...(version.content as object), salutation: "Geachte voorzitter, (matrix)" };
      await prisma.letterDraftVersion.create({
        data: { letterDraftId: letterId, versionNumber: 2, kind: "EDITED", content, createdById: version.createdById },
      });
      await prisma.letterDraft.update({ where: { id: letterId }, data: { latestVersionNumber: 2 } });
      return [idle, form({ letterId, version: "1", versionNumber: "1" })];
    }),
    row("addLetterRemarkAction", "letters:remark", async ({ prisma, form }) => {
      const { letterId } = await insertLetterDraft(prisma, { status: "IN_REVIEW" });
      return [idle, form({ letterId, sectionKey: "aanleiding", text: "Opmerking uit de matrix." })];
    }),
    row("resolveLetterRemarkAction", "letters:manage", async ({ prisma, form }) => {
      const { letterId } = await insertLetterDraft(prisma, { status: "IN_REVIEW" });
      const author = await prisma.user.findUniqueOrThrow({ where: { email: "bijdrager@adsb.demo.opvolging.nl" } });
      const remark = await prisma.letterRemark.create({
        data: {
          letterDraftId: letterId,
          sectionKey: "aanleiding",
          versionNumber: 1,
          text: "Opmerking.",
          authorId: author.id,
        },
      });
      return [idle, form({ letterId, remarkId: remark.id, version: "1", resolution: "" })];
    }),
  ],
};
