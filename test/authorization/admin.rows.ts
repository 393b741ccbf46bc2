// Rows for the Logboek and user management (Beheer).
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/logboek/export/route.ts#GET",
      permission: "audit:read",
      scoped: false,
      // A crafted export request by a role without access is worth knowing about.
      auditsRefusal: true,
      prepare: async () => [new Request("http://localhost/logboek/export?soort=UPDATE")],
    },
  ],
};
