// The reminder job, one code path for `npm run reminders` (scripts/reminders.ts) and the
// daily pg-boss job in the running app (lib/jobs/reminder-job.ts).
//
// Once per action per threshold: every reminder is first claimed in ReminderDelivery with
// INSERT … ON CONFLICT DO NOTHING RETURNING, in one transaction with reading what is due.
// Only the rows this run inserted are its to send; a second run, or one running at the
// same moment (the unique key makes it wait for the first to commit, then insert nothing),
// finds them taken. Mails go out after the commit. When sending a mail fails, its claims
// are deleted again, so the next run retries it: a reminder may then, rarely, arrive twice
// (the server took it but the answer was lost) rather than never. A process that dies
// between the commit and the send loses those reminders (at most once); the claim rows
// show which.
//
// The day's notifications for those who want them by e-mail are claimed in the same
// transaction (lib/notifications/send-notification-mails.ts) and go into the person's digest,
// so that a day brings one mail with both; who has no reminders that day gets them alone.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client.ts";
import { fromCalendarDate, toCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import type { MailMessage, MailTransport } from "@/lib/mail/transport";
import {
  claimNotificationMails,
  deleteOldNotifications,
  notificationsByUser,
  unclaimNotificationMails,
} from "@/lib/notifications/send-notification-mails";
import {
  allNotificationsUrl,
  composeNotificationMail,
  notificationMailLines,
} from "@/lib/notifications/compose-notification-mail";
import { composeDigest, composeWeeklyOverview, type ReminderAction, type WeeklyOverview } from "./compose-mails";
import {
  actionReminderKind,
  isoWeekKey,
  OPEN_ACTION_STATUSES,
  REMINDER_KINDS,
  reminderHorizon,
  type ActionReminderKind,
} from "./select-reminders";

/** The weekly overview lists this many overdue actions, oldest first, and counts the rest. */
export const OVERVIEW_OVERDUE_LIMIT = 50;
const WEEKLY_SUBJECT_KEY = "overzicht";

export type ReminderMail = {
  kind: "DIGEST" | "WEEKOVERZICHT" | "MELDINGEN";
  userId: string;
  to: string;
  subject: string;
  actionIds: string[];
  file?: string;
};
export type ReminderRunResult = {
  today: CalendarDate;
  sent: ReminderMail[];
  failed: (ReminderMail & { error: string })[];
};

type Claim = { kind: string; userId: string; actionItemId: string | null; subjectKey: string; periodKey: string };
type Planned = { mail: ReminderMail; message: MailMessage; claimIds: string[]; notificationIds: string[] };

export async function runReminders({
  prisma,
  transport,
  today,
  baseUrl,
  now = new Date(),
}: {
  prisma: PrismaClient;
  transport: MailTransport;
  today: CalendarDate;
  baseUrl: string;
  /** The instant notifications are claimed at and kept from (lib/clock.ts's now() in the app). */
  now?: Date;
}): Promise<ReminderRunResult> {
  const week = isoWeekKey(today);
  const planned = await prisma.$transaction(async (tx) => {
    const due = await tx.actionItem.findMany({
      where: {
        status: { in: [...OPEN_ACTION_STATUSES] },
        dueDate: { lte: fromCalendarDate(reminderHorizon(today)) },
        contactUser: { active: true },
      },
      select: {
        id: true,
        title: true,
        dueDate: true,
        status: true,
        contactUser: { select: { id: true, name: true, email: true } },
        ownerOrganisation: { select: { code: true } },
      },
    });
    const coordinators = await tx.user.findMany({
      where: { role: "COORDINATOR", active: true },
      select: { id: true, name: true, email: true },
    });

    const wanted: (Claim & { action?: ReminderAction; actionKind?: ActionReminderKind })[] = [];
    for (const item of due) {
      const action: ReminderAction = {
        id: item.id,
        title: item.title,
        dueDate: toCalendarDate(item.dueDate),
        status: item.status,
        organisation: item.ownerOrganisation.code,
      };
      const kind = actionReminderKind(action, today);
      if (!kind || !item.contactUser) continue;
      wanted.push({
        kind,
        userId: item.contactUser.id,
        actionItemId: item.id,
        subjectKey: item.id,
        periodKey: action.dueDate,
        action,
        actionKind: kind,
      });
    }
    for (const coordinator of coordinators) {
      wanted.push({
        kind: REMINDER_KINDS.weeklyOverview,
        userId: coordinator.id,
        actionItemId: null,
        subjectKey: WEEKLY_SUBJECT_KEY,
        periodKey: week,
      });
    }
    const claimed = await claim(tx, wanted);
    const claimId = (c: Claim) => claimed.get(claimKey(c));

    const users = new Map(
      [...due.flatMap((item) => (item.contactUser ? [item.contactUser] : [])), ...coordinators].map((user) => [
        user.id,
        user,
      ]),
    );
    const digests = new Map<string, { action: ReminderAction; kind: ActionReminderKind; claimId: string }[]>();
    for (const entry of wanted) {
      const id = claimId(entry);
      if (!id || !entry.action || !entry.actionKind) continue;
      digests.set(entry.userId, [
        ...(digests.get(entry.userId) ?? []),
        { action: entry.action, kind: entry.actionKind, claimId: id },
      ]);
    }
    // DAILY, and any IMMEDIATE one the minute's run missed.
    const notes = notificationsByUser(await claimNotificationMails(tx, { preferences: ["DAILY", "IMMEDIATE"], now }));
    const result: Planned[] = [];
    for (const [userId, actions] of digests) {
      const user = users.get(userId)!;
      const mine = notes.get(userId) ?? [];
      notes.delete(userId);
      const message = composeDigest({
        to: user.email,
        name: user.name,
        today,
        baseUrl,
        actions,
        notifications: { lines: notificationMailLines(mine, baseUrl), allUrl: allNotificationsUrl(baseUrl) },
      });
      result.push({
        mail: {
          kind: "DIGEST",
          userId,
          to: user.email,
          subject: message.subject,
          actionIds: actions.map((a) => a.action.id),
        },
        message,
        claimIds: actions.map((a) => a.claimId),
        notificationIds: mine.map((note) => note.id),
      });
    }
    for (const [userId, mine] of notes) {
      const { to, name } = mine[0]!;
      const message = composeNotificationMail({ to, name, baseUrl, notifications: mine });
      result.push({
        mail: { kind: "MELDINGEN", userId, to, subject: message.subject, actionIds: [] },
        message,
        claimIds: [],
        notificationIds: mine.map((note) => note.id),
      });
    }

    const overviewFor = coordinators.filter((c) =>
      claimId({
        kind: REMINDER_KINDS.weeklyOverview,
        userId: c.id,
        actionItemId: null,
        subjectKey: WEEKLY_SUBJECT_KEY,
        periodKey: week,
      }),
    );
    if (overviewFor.length > 0) {
      const overview = await weeklyOverview(tx, today);
      for (const coordinator of overviewFor) {
        const message = composeWeeklyOverview({
          to: coordinator.email,
          name: coordinator.name,
          today,
          baseUrl,
          week,
          overview,
        });
        const id = claimId({
          kind: REMINDER_KINDS.weeklyOverview,
          userId: coordinator.id,
          actionItemId: null,
          subjectKey: WEEKLY_SUBJECT_KEY,
          periodKey: week,
        })!;
        result.push({
          mail: {
            kind: "WEEKOVERZICHT",
            userId: coordinator.id,
            to: coordinator.email,
            subject: message.subject,
            actionIds: [],
          },
          message,
          claimIds: [id],
          notificationIds: [],
        });
      }
    }
    return result;
  });

  const outcome: ReminderRunResult = { today, sent: [], failed: [] };
  for (const { mail, message, claimIds, notificationIds } of planned) {
    try {
      const { file } = await transport.send(message);
      outcome.sent.push(file ? { ...mail, file } : mail);
    } catch (error) {
      if (claimIds.length > 0) await prisma.reminderDelivery.deleteMany({ where: { id: { in: claimIds } } });
      await unclaimNotificationMails(prisma, notificationIds);
      outcome.failed.push({ ...mail, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Then the notifications past their 180 days go.
  await deleteOldNotifications(prisma, now);
  return outcome;
}

const claimKey = (c: Claim) => `${c.kind}\u0000${c.userId}\u0000${c.subjectKey}\u0000${c.periodKey}`;

/** Inserts the claims in one statement; returns the ones this run won, by key, with their row id. */
async function claim(tx: Prisma.TransactionClient, claims: Claim[]): Promise<Map<string, string>> {
  if (claims.length === 0) return new Map();
  const rows = await tx.$queryRaw<(Claim & { id: string })[]>`
    INSERT INTO "ReminderDelivery" (id, kind, "userId", "actionItemId", "subjectKey", "periodKey")
    SELECT gen_random_uuid()::text, c.kind, c.user_id, c.action_id, c.subject_key, c.period_key
      FROM unnest(${claims.map((c) => c.kind)}::text[], ${claims.map((c) => c.userId)}::text[], ${claims.map((c) => c.actionItemId)}::text[],
                  ${claims.map((c) => c.subjectKey)}::text[], ${claims.map((c) => c.periodKey)}::text[])
           AS c(kind, user_id, action_id, subject_key, period_key)
    ON CONFLICT (kind, "userId", "subjectKey", "periodKey") DO NOTHING
    RETURNING id, kind, "userId", "actionItemId", "subjectKey", "periodKey"`;
  return new Map(rows.map((row) => [claimKey(row), row.id]));
}

/** The figures of the coordinators' weekly overview: a fixed number of statements whatever the data size. */
async function weeklyOverview(tx: Prisma.TransactionClient, today: CalendarDate): Promise<WeeklyOverview> {
  const open = Prisma.join(OPEN_ACTION_STATUSES.map((status) => Prisma.sql`${status}`));
  const horizon = reminderHorizon(today);
  const perOrganisation = await tx.$queryRaw<
    { code: string; name: string; open: number; overdue: number; dueSoon: number }[]
  >`
    SELECT o.code, o.name,
           count(a.id)::int AS open,
           count(a.id) FILTER (WHERE a."dueDate" < ${today}::date)::int AS overdue,
           count(a.id) FILTER (WHERE a."dueDate" BETWEEN ${today}::date AND ${horizon}::date)::int AS "dueSoon"
      FROM "Organisation" o
      LEFT JOIN "ActionItem" a ON a."ownerOrganisationId" = o.id AND a.status::text IN (${open})
     GROUP BY o.id, o.code, o.name
     ORDER BY o.code`;
  const overdueWhere = { status: { in: [...OPEN_ACTION_STATUSES] }, dueDate: { lt: fromCalendarDate(today) } };
  const overdue = await tx.actionItem.findMany({
    where: overdueWhere,
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
    take: OVERVIEW_OVERDUE_LIMIT,
    select: { id: true, title: true, dueDate: true, status: true, ownerOrganisation: { select: { code: true } } },
  });
  const overdueTotal = await tx.actionItem.count({ where: overdueWhere });
  const next = await tx.commitment.findFirst({
    where: { status: "OPEN", dueDate: { gte: fromCalendarDate(today) } },
    orderBy: { dueDate: "asc" },
    select: { title: true, originalWording: true, dueDate: true },
  });
  return {
    perOrganisation,
    overdue: overdue.map((a) => ({
      id: a.id,
      title: a.title,
      dueDate: toCalendarDate(a.dueDate),
      status: a.status,
      organisation: a.ownerOrganisation.code,
    })),
    overdueTotal,
    nextDeadline: next
      ? { title: next.title, originalWording: next.originalWording, dueDate: toCalendarDate(next.dueDate) }
      : null,
  };
}
