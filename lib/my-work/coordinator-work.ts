// Mijn werk for a Coördinator: deadline requests to decide; letters in review with their open
// remarks; open commitments due within 30 days (or past) without a letter in progress; te
// laat actions without any contact person. Four statements whatever the data size.
import "server-only";
import { db } from "@/lib/db";
import { addDays, daysBetween, formatCalendarDate, type CalendarDate } from "@/lib/clock";
import { OPEN_STATUS_SQL } from "@/lib/dashboard/dashboard-sql";
import { nl } from "@/lib/i18n/nl";
import { groupOf, MY_WORK_HORIZON, MY_WORK_LIMIT, type MyWorkGroup } from "./my-work-item";

export async function coordinatorWork(today: CalendarDate): Promise<MyWorkGroup[]> {
  return Promise.all([
    requestsToDecide(),
    lettersInReview(),
    commitmentsWithoutLetter(today),
    overdueWithoutContact(today),
  ]);
}

type RequestRow = {
  id: string;
  oldDueDate: string;
  newDueDate: string;
  requester: string;
  organisation: string;
  actionId: string;
  actionTitle: string;
  total: number;
};

async function requestsToDecide(): Promise<MyWorkGroup> {
  // index (status, createdAt): the queue, oldest first, as /acties/deadlineverzoeken shows it
  const rows = await db().$queryRaw<RequestRow[]>`
    SELECT dc."id", to_char(dc."oldDueDate", 'YYYY-MM-DD') AS "oldDueDate", to_char(dc."newDueDate", 'YYYY-MM-DD') AS "newDueDate",
           u."name" AS "requester", o."code" AS "organisation", a."id" AS "actionId", a."title" AS "actionTitle",
           (count(*) OVER ())::int AS "total"
      FROM "DeadlineChange" dc
      JOIN "ActionItem" a ON a."id" = dc."actionItemId"
      JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
      JOIN "User" u ON u."id" = dc."requestedById"
     WHERE dc."status" = 'PENDING'
     ORDER BY dc."createdAt", dc."id"
     LIMIT ${MY_WORK_LIMIT}`;
  return groupOf(
    "DEADLINE_TO_DECIDE",
    rows,
    rows.map((row) => ({
      kind: "DEADLINE_TO_DECIDE",
      key: row.id,
      href: `/acties/${row.actionId}`,
      title: row.actionTitle,
      reason: nl.myWork.reasons.toDecide(
        row.organisation,
        formatCalendarDate(row.oldDueDate),
        formatCalendarDate(row.newDueDate),
        row.requester,
      ),
    })),
  );
}

type LetterRow = { id: string; title: string; openRemarks: number; total: number };

async function lettersInReview(): Promise<MyWorkGroup> {
  // LetterDraft (status, createdAt); LetterRemark (letterDraftId, createdAt)
  const rows = await db().$queryRaw<LetterRow[]>`
    SELECT l."id", l."title",
           (SELECT count(*) FROM "LetterRemark" lr WHERE lr."letterDraftId" = l."id" AND lr."resolvedAt" IS NULL)::int AS "openRemarks",
           (count(*) OVER ())::int AS "total"
      FROM "LetterDraft" l
     WHERE l."status" = 'IN_REVIEW'
     ORDER BY l."createdAt", l."id"
     LIMIT ${MY_WORK_LIMIT}`;
  return groupOf(
    "LETTER_IN_REVIEW",
    rows,
    rows.map((row) => ({
      kind: "LETTER_IN_REVIEW",
      key: row.id,
      href: `/rapportages/${row.id}`,
      title: row.title,
      reason: nl.myWork.reasons.inReview(row.openRemarks),
    })),
  );
}

type CommitmentRow = { id: string; title: string; dueDate: string; total: number };

async function commitmentsWithoutLetter(today: CalendarDate): Promise<MyWorkGroup> {
  // Commitment (status, dueDate); LetterDraft (commitmentId, createdAt)
  const rows = await db().$queryRaw<CommitmentRow[]>`
    SELECT c."id", c."title", to_char(c."dueDate", 'YYYY-MM-DD') AS "dueDate", (count(*) OVER ())::int AS "total"
      FROM "Commitment" c
     WHERE c."status" = 'OPEN' AND c."dueDate" <= ${addDays(today, MY_WORK_HORIZON.commitmentDays)}::date
       AND NOT EXISTS (SELECT 1 FROM "LetterDraft" l
                        WHERE l."commitmentId" = c."id" AND l."status" IN ('DRAFT', 'IN_REVIEW', 'APPROVED'))
     ORDER BY c."dueDate", c."id"
     LIMIT ${MY_WORK_LIMIT}`;
  return groupOf(
    "COMMITMENT_WITHOUT_LETTER",
    rows,
    rows.map((row) => ({
      kind: "COMMITMENT_WITHOUT_LETTER",
      key: row.id,
      href: `/toezeggingen/${row.id}`,
      title: row.title,
      reason: nl.myWork.reasons.commitmentDue(daysBetween(today, row.dueDate)),
    })),
  );
}

type ActionRow = { id: string; title: string; dueDate: string; organisation: string; total: number };

async function overdueWithoutContact(today: CalendarDate): Promise<MyWorkGroup> {
  // index (contactUserId, dueDate) with contactUserId IS NULL
  const rows = await db().$queryRaw<ActionRow[]>`
    SELECT a."id", a."title", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate", o."code" AS "organisation",
           (count(*) OVER ())::int AS "total"
      FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
     WHERE a."contactUserId" IS NULL AND a."dueDate" < ${today}::date AND ${OPEN_STATUS_SQL}
     ORDER BY a."dueDate", a."id"
     LIMIT ${MY_WORK_LIMIT}`;
  return groupOf(
    "OVERDUE_WITHOUT_CONTACT",
    rows,
    rows.map((row) => ({
      kind: "OVERDUE_WITHOUT_CONTACT",
      key: row.id,
      href: `/acties/${row.id}`,
      title: row.title,
      reason: nl.myWork.reasons.withoutContact(row.organisation, daysBetween(row.dueDate, today)),
    })),
  );
}
