// The recommendations a report is about, as SQL: a Kamerbrief's through its commitment, the
// OECD report's through its evaluation (a check constraint keeps exactly one of the two set).
// Used where a query must reach the organisations a report concerns, for any report kind.
import { Prisma } from "@/lib/generated/prisma/client.ts";

/** `letterId` is a value or a column of the outer query (`Prisma.sql\`l."id"\``). */
export function recommendationIdsOfReport(letterId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT cr."recommendationId" FROM "LetterDraft" rl
      JOIN "CommitmentRecommendation" cr ON cr."commitmentId" = rl."commitmentId"
     WHERE rl."id" = ${letterId}
    UNION ALL
    SELECT rr."id" FROM "LetterDraft" rl
      JOIN "Recommendation" rr ON rr."evaluationId" = rl."evaluationId"
     WHERE rl."id" = ${letterId}`;
}
