// The document readiness is measured from, for the evaluations a subquery yields: the latest
// letter or plan van aanpak that fulfilled a commitment of those evaluations, else the latest
// plan van aanpak. One SELECT with at most one row (date, type, title, dossier, number),
// shared by the dashboard's next deadline and Mijn werk, so both apply the same rule; which
// actions then count as ready is readiness.ts's isUpdatedSince.
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { CalendarDate } from "@/lib/calendar-date";

/** `evaluationIds` is a subquery yielding one "evaluationId" column. */
export function readinessSinceSql(evaluationIds: Prisma.Sql, today: CalendarDate): Prisma.Sql {
  return Prisma.sql`
    SELECT s."date", s."type", s."title", s."dossier", s."number" FROM (
      (SELECT d."date", d."type", d."title", d."dossier", d."number", 1 AS "rank"
         FROM "ParliamentaryDocument" d
        WHERE d."type" IN ('LETTER', 'PLAN_OF_ACTION') AND d."date" <= ${today}::date
          AND EXISTS (SELECT 1 FROM "Commitment" f
                        JOIN "CommitmentRecommendation" fr ON fr."commitmentId" = f."id"
                        JOIN "Recommendation" fr_r ON fr_r."id" = fr."recommendationId"
                       WHERE f."fulfilledByDocumentId" = d."id" AND fr_r."evaluationId" IN (${evaluationIds}))
        ORDER BY d."date" DESC, d."id" DESC
        LIMIT 1)
      UNION ALL
      (SELECT d."date", d."type", d."title", d."dossier", d."number", 2 AS "rank"
         FROM "ParliamentaryDocument" d
        WHERE d."type" = 'PLAN_OF_ACTION' AND d."date" <= ${today}::date
        ORDER BY d."date" DESC, d."id" DESC
        LIMIT 1)
    ) s ORDER BY s."rank" LIMIT 1`;
}
