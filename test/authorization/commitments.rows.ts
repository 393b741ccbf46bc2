// Rows for the Toezeggingen forms: add and edit a commitment, and record its outcome. All for
// the Coördinator only, whatever the organisation; a refused attempt leaves a
// PERMISSION_REFUSED event.
import { idle } from "@/lib/actions/action-result";
import type { MatrixContext, MatrixRows } from "./matrix";

async function freshCommitment({ prisma }: MatrixContext) {
  return prisma.commitment.create({
    data: {
      title: `Matrix ${crypto.randomUUID()}`,
      originalWording: "voor de zomer",
      dueDate: new Date("2030-07-01T00:00:00Z"),
      origin: "DEBATE",
      originDescription: "Matrix",
      responsibleMinister: "Matrix",
      source: "Matrix",
    },
  });
}

const fields = {
  title: "Uit de matrix",
  originalWording: "voor de zomer",
  dueDate: "2030-07-01",
  origin: "DEBATE",
  originDescription: "Commissiedebat",
  responsibleMinister: "Minister",
  source: "Matrix",
};

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/toezeggingen/actions.ts#createCommitmentAction",
      permission: "commitments:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form }) => [idle, form(fields)],
    },
    {
      target: "app/(app)/toezeggingen/actions.ts#updateCommitmentAction",
      permission: "commitments:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (context) => {
        const commitment = await freshCommitment(context);
        return [
          idle,
          context.form({ ...fields, commitmentId: commitment.id, version: "1", title: "Gewijzigd in de matrix" }),
        ];
      },
    },
    {
      target: "app/(app)/toezeggingen/actions.ts#recordCommitmentOutcomeAction",
      permission: "commitments:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (context) => {
        const commitment = await freshCommitment(context);
        return [idle, context.form({ commitmentId: commitment.id, version: "1", status: "LAPSED" })];
      },
    },
  ],
};
