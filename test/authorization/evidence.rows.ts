// Rows for the evidence section of the action page: adding a file or a link and removing
// evidence (actions:update, per organisation), and the download (every signed-in role).
import { idle } from "@/lib/actions/action-result";
import type { PrismaClient } from "@/lib/db-client";
import { pdfFile } from "@/test/fixtures/evidence/files";
import type { MatrixRows } from "./matrix";
import { createTestActionItem } from "@/test/factories";

async function newEvidence(prisma: PrismaClient, organisationId: string) {
  const action = await createTestActionItem(prisma, { organisationId, title: "Matrix" });
  const addedBy = await prisma.user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
  const sample = pdfFile();
  const evidence = await prisma.evidence.create({
    data: {
      actionItemId: action.id,
      kind: "FILE",
      title: "Matrix",
      fileName: sample.name,
      mediaType: "application/pdf",
      sizeBytes: sample.buffer.length,
      content: new Uint8Array(sample.buffer),
      addedById: addedBy.id,
    },
  });
  return { action, evidence };
}

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/acties/[id]/evidence-actions.ts#addEvidenceAction",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const action = await createTestActionItem(prisma, { organisationId: organisation.id, title: "Matrix" });
        const data = form({ actionItemId: action.id, kind: "FILE", title: "Bewijs uit de matrix" });
        const sample = pdfFile();
        data.set("file", new File([new Uint8Array(sample.buffer)], sample.name, { type: sample.mimeType }));
        return [idle, data];
      },
    },
    {
      target: "app/(app)/acties/[id]/evidence-actions.ts#removeEvidenceAction",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const { action, evidence } = await newEvidence(prisma, organisation.id);
        return [idle, form({ actionItemId: action.id, evidenceId: evidence.id, version: "1" })];
      },
    },
    {
      target: "app/(app)/acties/[id]/bewijsstukken/[evidenceId]/route.ts#GET",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ prisma, organisation }) => {
        const { action, evidence } = await newEvidence(prisma, organisation.id);
        return [
          new Request(`http://localhost/acties/${action.id}/bewijsstukken/${evidence.id}`),
          { params: Promise.resolve({ id: action.id, evidenceId: evidence.id }) },
        ];
      },
    },
  ],
};
