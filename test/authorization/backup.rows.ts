// Rows for the backup download on /beheer/back-up: the Beheerder alone; a refusal
// is audited, since the file would hold every person's data and all evidence.
import type { MatrixRows } from "./matrix";
import { waitForNoBackup } from "./wait-for-no-backup";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/beheer/back-up/downloaden/route.ts#POST",
      permission: "backup:download",
      scoped: false,
      auditsRefusal: true,
      // The form's POST from the page itself; the previous row's download has let go of the lock.
      prepare: async ({ prisma }) => {
        await waitForNoBackup(prisma);
        return [
          new Request("http://localhost/beheer/back-up/downloaden", {
            method: "POST",
            headers: { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" },
          }),
        ];
      },
    },
  ],
};
