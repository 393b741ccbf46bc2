// Rows for the Kengetallen page: "Waarde toevoegen" is the Coördinator's.
import { idle } from "@/lib/actions/action-result";
import type { MatrixRows } from "./matrix";

let nextYear = 2150;

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/kengetallen/actions.ts#addIndicatorValueAction",
      permission: "indicators:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, form }) => {
        const indicator = await prisma.indicator.findFirstOrThrow({ where: { key: "nieuwe-klanten-adsb" } });
        // A year of its own per call, so an allowed call never meets "al ingevoerd".
        return [idle, form({ indicatorId: indicator.id, year: String(nextYear++), value: "12,5", source: "Matrix" })];
      },
    },
  ],
};
