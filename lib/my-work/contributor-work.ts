// Mijn werk for a Bijdrager: the open actions of their own organisation where they are the
// contact person that are te laat, due within 14 days or without a progress update since
// the last letter (the dashboard's readiness rule); their deadline requests and how each was
// decided; open remarks on letters in review about their organisation's recommendations.
// Three statements whatever the data size.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addDays, daysBetween, formatCalendarDate, formatTimestamp, type CalendarDate } from "@/lib/clock";
import { OPEN_STATUS_SQL } from "@/lib/dashboard/dashboard-sql";
import { isUpdatedSince } from "@/lib/dashboard/readiness";
import { readinessSinceSql } from "@/lib/dashboard/readiness-since-sql";
import { nl } from "@/lib/i18n/nl";
import { recommendationIdsOfReport } from "@/lib/reports/recommendations-of-report";
import { groupOf, MY_WORK_HORIZON, MY_WORK_LIMIT, type MyWorkGroup, type MyWorkItem } from "./my-work-item";

/** A contact person with more open actions than this sees the earliest due; no list is unbounded. */
const ACTIONS_SCANNED = 1000;
/** Decided requests stay on Mijn werk this long, so the decision is seen. */
const DECIDED_SHOWN_DAYS = 30;

type ActionRow = {
  id: string;
  title: string;
  dueDate: string;
  lastProgressOn: string | null;
  sinceDate: string | null;
};

export async function contributorWork(actor: Actor, today: CalendarDate, now: Date): Promise<MyWorkGroup[]> {
  const [actions, requests, remarks] = await Promise.all([
    myActions(actor, today),
    myDeadlineRequests(actor, now),
    remarksOnOurLetters(actor),
  ]);
  return [...actions, requests, remarks];
}

async function myActions(actor: Actor, today: CalendarDate): Promise<MyWorkGroup[]> {
  // index (contactUserId, dueDate)
  const rows = await db().$queryRaw<ActionRow[]>`
    WITH mine AS (
      SELECT a."id", a."title", a."dueDate", a."lastProgressOn", r."evaluationId"
        FROM "ActionItem" a JOIN "Recommendation" r ON r."id" = a."recommendationId"
       WHERE a."contactUserId" = ${actor.id} AND a."ownerOrganisationId" = ${actor.organisationId} AND ${OPEN_STATUS_SQL}
       ORDER BY a."dueDate", a."id"
       LIMIT ${ACTIONS_SCANNED}
    ), since AS (
      SELECT e."evaluationId", s."date"
        FROM (SELECT DISTINCT "evaluationId" FROM mine) e
        LEFT JOIN LATERAL (${readinessSinceSql(Prisma.sql`SELECT e."evaluationId"`, today)}) s ON TRUE
    )
    SELECT mine."id", mine."title", to_char(mine."dueDate", 'YYYY-MM-DD') AS "dueDate",
           to_char(mine."lastProgressOn", 'YYYY-MM-DD') AS "lastProgressOn", to_char(since."date", 'YYYY-MM-DD') AS "sinceDate"
      FROM mine LEFT JOIN since ON since."evaluationId" = mine."evaluationId"
     ORDER BY mine."dueDate", mine."id"`;

  const horizon = addDays(today, MY_WORK_HORIZON.actionDays);
  const groups = {
    ACTION_OVERDUE: [] as MyWorkItem[],
    ACTION_DUE_SOON: [] as MyWorkItem[],
    ACTION_NO_UPDATE: [] as MyWorkItem[],
  };
  for (const row of rows) {
    const reasons: string[] = [];
    const overdue = row.dueDate < today;
    const dueSoon = !overdue && row.dueDate <= horizon;
    const needsUpdate = !isUpdatedSince(row.lastProgressOn, row.sinceDate);
    if (overdue) reasons.push(nl.myWork.reasons.overdue(daysBetween(row.dueDate, today)));
    if (dueSoon) reasons.push(nl.myWork.reasons.dueIn(daysBetween(today, row.dueDate)));
    if (needsUpdate) {
      reasons.push(
        row.sinceDate
          ? nl.myWork.reasons.noUpdateSince(formatCalendarDate(row.sinceDate))
          : nl.myWork.reasons.noUpdateEver,
      );
    }
    // Each action once, under its most pressing kind; the reason names all of them.
    const kind = overdue ? "ACTION_OVERDUE" : dueSoon ? "ACTION_DUE_SOON" : needsUpdate ? "ACTION_NO_UPDATE" : null;
    if (!kind) continue;
    groups[kind].push({ kind, key: row.id, href: `/acties/${row.id}`, title: row.title, reason: reasons.join("; ") });
  }
  return (["ACTION_OVERDUE", "ACTION_DUE_SOON", "ACTION_NO_UPDATE"] as const).map((kind) => ({
    kind,
    total: groups[kind].length,
    items: groups[kind].slice(0, MY_WORK_LIMIT),
  }));
}

type RequestRow = {
  id: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  oldDueDate: string;
  newDueDate: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  actionId: string;
  actionTitle: string;
  total: number;
};

async function myDeadlineRequests(actor: Actor, now: Date): Promise<MyWorkGroup> {
  const decidedSince = new Date(now.getTime() - DECIDED_SHOWN_DAYS * 86_400_000);
  // index (requestedById)
  const rows = await db().$queryRaw<RequestRow[]>`
    SELECT dc."id", dc."status"::text AS "status", to_char(dc."oldDueDate", 'YYYY-MM-DD') AS "oldDueDate",
           to_char(dc."newDueDate", 'YYYY-MM-DD') AS "newDueDate", dc."decidedAt", u."name" AS "decidedBy",
           a."id" AS "actionId", a."title" AS "actionTitle", (count(*) OVER ())::int AS "total"
      FROM "DeadlineChange" dc
      JOIN "ActionItem" a ON a."id" = dc."actionItemId"
      LEFT JOIN "User" u ON u."id" = dc."decidedById"
     WHERE dc."requestedById" = ${actor.id} AND (dc."status" = 'PENDING' OR dc."decidedAt" >= ${decidedSince})
     ORDER BY dc."createdAt" DESC, dc."id"
     LIMIT ${MY_WORK_LIMIT}`;
  const items = rows.map((row): MyWorkItem => {
    const reasons = nl.myWork.reasons;
    const reason =
      row.status === "PENDING"
        ? reasons.requestPending(formatCalendarDate(row.oldDueDate), formatCalendarDate(row.newDueDate))
        : row.status === "APPROVED"
          ? reasons.requestApproved(
              formatCalendarDate(row.newDueDate),
              row.decidedBy ?? "",
              formatDecided(row.decidedAt),
            )
          : reasons.requestRejected(row.decidedBy ?? "", formatDecided(row.decidedAt));
    return {
      kind: "MY_DEADLINE_REQUEST",
      key: row.id,
      href: `/acties/${row.actionId}`,
      title: row.actionTitle,
      reason,
    };
  });
  return groupOf("MY_DEADLINE_REQUEST", rows, items);
}

type RemarkRow = { id: string; createdAt: Date; author: string; letterId: string; letterTitle: string; total: number };

async function remarksOnOurLetters(actor: Actor): Promise<MyWorkGroup> {
  // LetterDraft (status, createdAt); LetterRemark (letterDraftId, createdAt)
  const rows = await db().$queryRaw<RemarkRow[]>`
    SELECT lr."id", lr."createdAt", u."name" AS "author", l."id" AS "letterId", l."title" AS "letterTitle",
           (count(*) OVER ())::int AS "total"
      FROM "LetterDraft" l
      JOIN "LetterRemark" lr ON lr."letterDraftId" = l."id" AND lr."resolvedAt" IS NULL
      JOIN "User" u ON u."id" = lr."authorId"
     WHERE l."status" = 'IN_REVIEW'
       AND EXISTS (SELECT 1 FROM "Recommendation" r
                    WHERE r."id" IN (${recommendationIdsOfReport(Prisma.sql`l."id"`)})
                      AND (r."leadOrganisationId" = ${actor.organisationId}
                           OR EXISTS (SELECT 1 FROM "ActionItem" a
                                       WHERE a."recommendationId" = r."id" AND a."ownerOrganisationId" = ${actor.organisationId})))
     ORDER BY lr."createdAt" DESC, lr."id"
     LIMIT ${MY_WORK_LIMIT}`;
  const items = rows.map((row): MyWorkItem => ({
    kind: "LETTER_REMARK",
    key: row.id,
    href: `/rapportages/${row.letterId}`,
    title: row.letterTitle,
    reason: nl.myWork.reasons.remark(row.author, formatTimestamp(row.createdAt)),
  }));
  return groupOf("LETTER_REMARK", rows, items);
}

function formatDecided(instant: Date | null): string {
  return instant ? formatTimestamp(instant) : "";
}
