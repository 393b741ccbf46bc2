// Rows for the action list's export (the list page itself is a page: it reads with requireUser).
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/acties/export/route.ts#GET",
      // Every role reads actions; the export is a read, so a refusal is not audited.
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ organisation }) => [
        new Request(`http://localhost/acties/export?formaat=csv&organisatie=${organisation.code}`),
      ],
    },
  ],
};
