// Rows for the backup download on /beheer/back-up: the Beheerder alone; a refusal
// is audited, since the file would hold every person's data and all evidence.
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/beheer/back-up/downloaden/route.ts#GET",
      permission: "backup:download",
      scoped: false,
      auditsRefusal: true,
      prepare: async () => [],
    },
  ],
};
