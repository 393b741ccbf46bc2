// The next parliamentary deadline: the open commitment with the earliest due date from
// today on, the document its readiness is measured from (readiness-since-sql.ts), and the open actions under its recommendations with their latest update. One
// statement; readiness.ts decides which of those count as ready.
import "server-only";
import type { DocumentType } from "@/lib/generated/prisma/enums.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { db } from "@/lib/db";
import { readinessSinceSql } from "@/lib/dashboard/readiness-since-sql";
import type { CalendarDate } from "@/lib/clock";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { countdownDays, readiness, type Readiness } from "@/lib/dashboard/readiness";
import {
  DASHBOARD_LIMITS,
  OPEN_STATUS_SQL,
  actionFilterSql,
  commitmentFilterSql,
  type DatabaseClient,
} from "@/lib/dashboard/dashboard-sql";

export type ReadinessAction = {
  id: string;
  title: string;
  dueDate: CalendarDate;
  organisationCode: string;
  lastUpdateOn: CalendarDate | null;
};

export type NextCommitment = {
  id: string;
  title: string;
  originalWording: string;
  dueDate: CalendarDate;
  daysLeft: number;
  /** What readiness counts from; null when no letter nor plan van aanpak was sent. */
  since: { date: CalendarDate; type: DocumentType; title: string; reference: string | null } | null;
  readiness: Readiness<ReadinessAction>;
  /** The list is cut at DASHBOARD_LIMITS.readiness; readiness.notReady.length is the full number. */
  notReadyShown: ReadinessAction[];
};

type Row = {
  commitmentId: string;
  title: string;
  originalWording: string;
  dueDate: string;
  sinceDate: string | null;
  sinceType: DocumentType | null;
  sinceTitle: string | null;
  sinceDossier: string | null;
  sinceNumber: string | null;
  actionId: string | null;
  actionTitle: string | null;
  actionDueDate: string | null;
  organisationCode: string | null;
  lastUpdateOn: string | null;
};

export async function getNextCommitment(
  filters: DashboardFilters,
  today: CalendarDate,
  client: DatabaseClient = db(),
): Promise<NextCommitment | null> {
  const rows = await client.$queryRaw<Row[]>`
    WITH next AS (
      SELECT c."id", c."title", c."originalWording", c."dueDate"
        FROM "Commitment" c
       WHERE c."status" = 'OPEN' AND c."dueDate" >= ${today}::date AND ${commitmentFilterSql(filters)}
       ORDER BY c."dueDate", c."id"
       LIMIT 1
    ), evaluations AS (
      SELECT DISTINCT r."evaluationId"
        FROM next JOIN "CommitmentRecommendation" cr ON cr."commitmentId" = next."id" JOIN "Recommendation" r ON r."id" = cr."recommendationId"
    ), since AS (${readinessSinceSql(Prisma.sql`SELECT "evaluationId" FROM evaluations`, today)}
    )
    SELECT next."id" AS "commitmentId", next."title", next."originalWording", to_char(next."dueDate", 'YYYY-MM-DD') AS "dueDate",
           to_char(since."date", 'YYYY-MM-DD') AS "sinceDate", since."type"::text AS "sinceType", since."title" AS "sinceTitle",
           since."dossier" AS "sinceDossier", since."number" AS "sinceNumber",
           l."id" AS "actionId", l."title" AS "actionTitle", to_char(l."dueDate", 'YYYY-MM-DD') AS "actionDueDate",
           l."code" AS "organisationCode", to_char(l."lastUpdateOn", 'YYYY-MM-DD') AS "lastUpdateOn"
      FROM next
      LEFT JOIN since ON TRUE
      LEFT JOIN LATERAL (
        SELECT a."id", a."title", a."dueDate", o."code",
               a."lastProgressOn" AS "lastUpdateOn"
          FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
         WHERE a."recommendationId" IN (SELECT cr."recommendationId" FROM "CommitmentRecommendation" cr WHERE cr."commitmentId" = next."id")
           AND ${OPEN_STATUS_SQL} AND ${actionFilterSql(filters)}
      ) l ON TRUE
     ORDER BY l."dueDate", l."id"`;

  const first = rows[0];
  if (!first) return null;
  const actions: ReadinessAction[] = rows
    .filter((row) => row.actionId !== null)
    .map((row) => ({
      id: row.actionId!,
      title: row.actionTitle!,
      dueDate: row.actionDueDate!,
      organisationCode: row.organisationCode!,
      lastUpdateOn: row.lastUpdateOn,
    }));
  const since = first.sinceDate
    ? {
        date: first.sinceDate,
        type: first.sinceType!,
        title: first.sinceTitle!,
        reference: first.sinceDossier && first.sinceNumber ? `${first.sinceDossier}, nr. ${first.sinceNumber}` : null,
      }
    : null;
  const result = readiness(actions, since?.date ?? null);
  return {
    id: first.commitmentId,
    title: first.title,
    originalWording: first.originalWording,
    dueDate: first.dueDate,
    daysLeft: countdownDays(first.dueDate, today),
    since,
    readiness: result,
    notReadyShown: result.notReady.slice(0, DASHBOARD_LIMITS.readiness),
  };
}
