// Rows for the spreadsheet import (/beheer/import: Coördinator only) and the dashboard export.
import { idle } from "@/lib/actions/action-result";
import { importWorkbookBytes, testRow } from "@/test/fixtures/import-files";
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/beheer/import/actions.ts#importSpreadsheetAction",
      // A check changes nothing, but it reads a file for a change: a refusal is audited, as an import's is.
      permission: "data:import",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form, organisation }) => {
        const data = form({ intent: "check" });
        data.set(
          "file",
          new File(
            [
              await importWorkbookBytes([
                testRow(500, 1, { organisation: organisation.code, leadOrganisation: organisation.code }),
              ]),
            ],
            "import.xlsx",
          ),
        );
        return [idle, data];
      },
    },
    {
      target: "app/(app)/beheer/import/sjabloon.xlsx/route.ts#GET",
      permission: "data:import",
      scoped: false,
      auditsRefusal: false,
      prepare: async () => [new Request("http://localhost/beheer/import/sjabloon.xlsx?inhoud=leeg")],
    },
    {
      target: "app/(app)/dashboard.xlsx/route.ts#GET",
      // Everyone reads the dashboard; the export is a read, so a refusal is not audited.
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: false,
      prepare: async ({ organisation }) => [
        new Request(`http://localhost/dashboard.xlsx?organisatie=${organisation.code}`),
      ],
    },
  ],
};
