// Notifications against PostgreSQL: each kind written by the change that causes it, to the
// right people and not to the one who made it; the outbox rule (a change and its
// notifications commit together or not at all, both ways round); reading and marking read;
// and the e-mail: sent once, by preference, retried after a failure, kept 180 days.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { createTestActionItem, createTestRecommendation, createTestUser } from "@/test/factories";
import { insertLetterDraft } from "@/test/letter-fixture";
import { db } from "@/lib/db";
import { requestDeadlineChange } from "@/lib/deadline-changes/request-deadline-change";
import { decideDeadlineChange } from "@/lib/deadline-changes/decide-deadline-change";
import { changeDeadline } from "@/lib/deadline-changes/change-deadline";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { addLetterRemark } from "@/lib/letters/add-letter-remark";
import { submitLetterForReview } from "@/lib/letters/submit-letter-for-review";
import { approveLetter } from "@/lib/letters/approve-letter";
import { markLetterSent } from "@/lib/letters/mark-letter-sent";
import { runBackgroundJob } from "@/lib/jobs/run-background-job";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { deleteOldNotifications, sendNotificationMails } from "@/lib/notifications/send-notification-mails";
import { changeEmailPreference } from "@/lib/users/change-email-preference";
import type { MailMessage, MailTransport } from "@/lib/mail/transport";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();

beforeAll(() => {
  vi.stubEnv("APP_TODAY", "2023-04-03");
  return () => vi.unstubAllEnvs();
});

const notificationsOf = (userId: string) =>
  database.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

let coordinator: Actor;
let contributor: Actor;
beforeAll(async () => {
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
  contributor = await createTestUser(database.prisma, {
    organisation: "ADSB",
    role: "CONTRIBUTOR",
    name: "Meldingen Bijdrager",
  });
});

async function pendingRequest(options: { contactUserId?: string } = {}) {
  const action = await createTestActionItem(database.prisma, {
    status: "IN_PROGRESS",
    title: "Actie met verzoek",
    ...options,
  });
  const { deadlineChangeId } = await requestDeadlineChange({
    actor: contributor,
    input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "Later." },
  });
  return { action, deadlineChangeId };
}

describe("written with the change", () => {
  it("a decided deadline request tells the one who asked, and the contact person that the deadline moved", async () => {
    const contact = await createTestUser(database.prisma, { organisation: "ADSB", role: "CONTRIBUTOR" });
    const { action, deadlineChangeId } = await pendingRequest({ contactUserId: contact.id });
    await decideDeadlineChange({ actor: coordinator, input: { deadlineChangeId, version: 1, decision: "APPROVE" } });

    const [decided] = (await notificationsOf(contributor.id)).filter((n) => n.entityId === action.id);
    expect(decided).toMatchObject({
      kind: "DEADLINE_DECIDED",
      entityType: "ActionItem",
      data: { title: "Actie met verzoek", by: "Sanne de Vries", decision: "APPROVED", dueDate: "2023-09-30" },
      readAt: null,
    });
    expect(await notificationsOf(contact.id)).toMatchObject([{ kind: "DEADLINE_MOVED", entityId: action.id }]);
    // The request itself went to every coordinator when it was made.
    expect((await notificationsOf(coordinator.id)).filter((n) => n.entityId === action.id)).toMatchObject([
      { kind: "DEADLINE_REQUESTED", data: { by: "Meldingen Bijdrager", dueDate: "2023-09-30" } },
    ]);
  });

  it("a rejection tells the one who asked; the deadline did not move, so nobody else hears", async () => {
    const contact = await createTestUser(database.prisma, { organisation: "ADSB", role: "CONTRIBUTOR" });
    const { action, deadlineChangeId } = await pendingRequest({ contactUserId: contact.id });
    await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId, version: 1, decision: "REJECT", decisionNote: "Nee." },
    });
    const mine = (await notificationsOf(contributor.id)).filter((n) => n.entityId === action.id);
    expect(mine.map((n) => [n.kind, (n.data as { decision: string }).decision])).toEqual([
      ["DEADLINE_DECIDED", "REJECTED"],
    ]);
    expect(await notificationsOf(contact.id)).toEqual([]);
  });

  it("a direct change of the deadline and a new contact person tell the contact person, never the actor", async () => {
    const contact = await createTestUser(database.prisma, { organisation: "BZ", role: "CONTRIBUTOR" });
    const action = await createTestActionItem(database.prisma, { organisation: "BZ", contactUserId: coordinator.id });
    const bz = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
    await updateActionItem({
      actor: coordinator,
      input: {
        actionItemId: action.id,
        version: 1,
        title: action.title,
        description: action.description,
        ownerOrganisationId: bz.id,
        contactUserId: contact.id,
      },
    });
    await changeDeadline({
      actor: coordinator,
      input: { actionItemId: action.id, version: 2, newDueDate: "2023-10-31", reason: "Afgestemd." },
    });
    expect((await notificationsOf(contact.id)).map((n) => n.kind)).toEqual(["ACTION_ASSIGNED", "DEADLINE_MOVED"]);
    // Saving again without a change of contact person tells nobody anything new.
    await updateActionItem({
      actor: coordinator,
      input: {
        actionItemId: action.id,
        version: 3,
        title: "Nieuwe titel",
        description: action.description,
        ownerOrganisationId: bz.id,
        contactUserId: contact.id,
      },
    });
    expect(await notificationsOf(contact.id)).toHaveLength(2);
  });

  it("letters: a remark tells the author, review the coordinators, vastgesteld and verzonden the Bijdragers of the organisations it reports on", async () => {
    const recommendation = await createTestRecommendation(database.prisma, { organisation: "ADSB" });
    const commitment = await database.prisma.commitment.create({
      data: {
        title: "Toezegging voor meldingen",
        originalWording: "Voor de zomer",
        dueDate: new Date("2023-06-30"),
        origin: "DEBATE",
        responsibleMinister: "de staatssecretaris",
        source: "Test",
        recommendations: { create: { recommendationId: recommendation.id } },
      },
    });
    const { letterId } = await insertLetterDraft(database.prisma, {
      commitmentId: commitment.id,
      title: "Brief voor meldingen",
    });
    const secondCoordinator = await createTestUser(database.prisma, { organisation: "FIN", role: "COORDINATOR" });
    const bzContributor = await createTestUser(database.prisma, { organisation: "BZ", role: "CONTRIBUTOR" });

    await submitLetterForReview({ actor: coordinator, input: { letterId, version: 1 } });
    expect(await notificationsOf(secondCoordinator.id)).toMatchObject([
      {
        kind: "LETTER_IN_REVIEW",
        entityType: "LetterDraft",
        entityId: letterId,
        data: { title: "Brief voor meldingen" },
      },
    ]);
    expect((await notificationsOf(coordinator.id)).filter((n) => n.entityId === letterId)).toEqual([]);

    const { remarkId } = await addLetterRemark({
      actor: contributor,
      input: { letterId, sectionKey: "aanleiding", text: "Klopt het jaartal?" },
    });
    expect((await notificationsOf(coordinator.id)).filter((n) => n.entityId === letterId)).toMatchObject([
      { kind: "REMARK_ADDED", data: { by: "Meldingen Bijdrager" } },
    ]);
    await database.prisma.letterRemark.update({
      where: { id: remarkId },
      data: { resolvedAt: new Date(), resolvedById: coordinator.id, resolution: "Ja." },
    });

    await approveLetter({ actor: coordinator, input: { letterId, version: 2 } });
    await markLetterSent({
      actor: coordinator,
      input: { letterId, version: 3, dossier: "99 998", number: "1", sentOn: "2023-04-01" },
    });
    const kinds = async (userId: string) =>
      (await notificationsOf(userId)).filter((n) => n.entityId === letterId).map((n) => n.kind);
    expect(await kinds(contributor.id)).toEqual(["LETTER_APPROVED", "LETTER_SENT"]);
    expect(await kinds(bzContributor.id)).toEqual([]);
  });

  it("an import that ends tells the one who started it", async () => {
    const owner = await createTestUser(database.prisma, { organisation: "FIN", role: "COORDINATOR" });
    const job = await database.prisma.backgroundJob.create({ data: { kind: "IMPORT", ownerId: owner.id } });
    await runBackgroundJob(job.id, { IMPORT: async () => ({ created: 1 }) });
    const failing = await database.prisma.backgroundJob.create({ data: { kind: "IMPORT", ownerId: owner.id } });
    await runBackgroundJob(failing.id, {
      IMPORT: async () => {
        throw new Error("kapot");
      },
    });
    expect(
      (await notificationsOf(owner.id)).map((n) => [n.kind, n.entityId, (n.data as { succeeded: boolean }).succeeded]),
    ).toEqual([
      ["IMPORT_FINISHED", job.id, true],
      ["IMPORT_FINISHED", failing.id, false],
    ]);
  });
});

describe("the outbox: a change and its notifications commit together", () => {
  afterEach(async () => {
    await database.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_notification ON "Notification"`);
  });

  it("a change rolled back takes its notifications with it", async () => {
    const { action, deadlineChangeId } = await pendingRequest();
    await expect(
      db().$transaction(async (tx) => {
        await decideDeadlineChange(
          { actor: coordinator, input: { deadlineChangeId, version: 1, decision: "APPROVE" } },
          tx,
        );
        expect(await tx.notification.count({ where: { entityId: action.id, kind: "DEADLINE_DECIDED" } })).toBe(1);
        throw new Error("daarna mislukt");
      }),
    ).rejects.toThrow("daarna mislukt");
    expect(await database.prisma.notification.count({ where: { entityId: action.id, kind: "DEADLINE_DECIDED" } })).toBe(
      0,
    );
    expect(await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } })).toMatchObject({
      status: "PENDING",
    });
  });

  it("a notification that cannot be written stops the change", async () => {
    const { action, deadlineChangeId } = await pendingRequest();
    await database.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'geen meldingen'; END $$`);
    await database.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_notification BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION refuse_notification()`,
    );
    await expect(
      decideDeadlineChange({ actor: coordinator, input: { deadlineChangeId, version: 1, decision: "APPROVE" } }),
    ).rejects.toThrow();
    const request = await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } });
    expect(request.status).toBe("PENDING");
    expect((await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).dueDate).toEqual(
      new Date("2023-06-30"),
    );
  });

  it("a letter that cannot be vastgesteld (open remarks) notifies nobody", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    await database.prisma.letterRemark.create({
      data: {
        letterDraftId: letterId,
        sectionKey: "aanleiding",
        versionNumber: 1,
        text: "Open",
        authorId: contributor.id,
      },
    });
    await expect(approveLetter({ actor: coordinator, input: { letterId, version: 1 } })).rejects.toThrow(/opmerking/);
    expect(await database.prisma.notification.count({ where: { entityId: letterId } })).toBe(0);
  });
});

describe("reading and marking read", () => {
  it("lists one's own newest first, counts the unread, marks one and then all read; another's is not found", async () => {
    const reader = await createTestUser(database.prisma, { organisation: "BZ" });
    const other = await createTestUser(database.prisma, { organisation: "BZ" });
    const make = (userId: string, title: string, at: string) =>
      database.prisma.notification.create({
        data: {
          userId,
          kind: "LETTER_SENT",
          entityType: "LetterDraft",
          entityId: "brief",
          data: { title, by: "X" },
          createdAt: new Date(at),
        },
      });
    const older = await make(reader.id, "Oud", "2023-04-01T10:00:00Z");
    await make(reader.id, "Nieuw", "2023-04-02T10:00:00Z");
    const notMine = await make(other.id, "Niet van mij", "2023-04-02T11:00:00Z");

    const list = await listNotifications({ actor: reader });
    expect(list.total).toBe(2);
    expect(list.notifications.map((n) => n.text)).toEqual([
      'De Kamerbrief "Nieuw" is verzonden (geregistreerd door X).',
      'De Kamerbrief "Oud" is verzonden (geregistreerd door X).',
    ]);
    expect(list.notifications[0]!.href).toBe("/rapportages/brief");
    expect(await countUnreadNotifications(reader.id)).toEqual({ count: 2, more: false });

    await markNotificationRead({ actor: reader, input: { notificationId: older.id } });
    expect(await countUnreadNotifications(reader.id)).toEqual({ count: 1, more: false });
    await expect(markNotificationRead({ actor: reader, input: { notificationId: notMine.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await markAllNotificationsRead({ actor: reader })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(reader.id)).toEqual({ count: 0, more: false });
    expect(await countUnreadNotifications(other.id)).toEqual({ count: 1, more: false });
  });

  it("caps the bell's count", async () => {
    const busy = await createTestUser(database.prisma, { organisation: "BZ" });
    await database.prisma.notification.createMany({
      data: Array.from({ length: 105 }, () => ({
        userId: busy.id,
        kind: "LETTER_SENT",
        entityType: "LetterDraft",
        entityId: "brief",
        data: { title: "T" },
      })),
    });
    expect(await countUnreadNotifications(busy.id)).toEqual({ count: 99, more: true });
  });
});

describe("e-mail", () => {
  function recordingTransport(failing = false): MailTransport & { messages: MailMessage[] } {
    const messages: MailMessage[] = [];
    return {
      describe: "test",
      messages,
      async send(message) {
        if (failing) throw new Error("server weg");
        messages.push(message);
        return {};
      },
      close() {},
    };
  }
  const send = (transport: MailTransport, preferences: ("IMMEDIATE" | "DAILY" | "NEVER")[]) =>
    sendNotificationMails({
      prisma: database.prisma,
      transport,
      baseUrl: "https://opvolging.test",
      preferences,
      now: new Date(),
    });

  it("goes out once per notification, by each person's preference, and again after a failed send", async () => {
    const direct = await createTestUser(database.prisma, { organisation: "ADSB", name: "Direct" });
    const daily = await createTestUser(database.prisma, { organisation: "ADSB", name: "Dagelijks" });
    const never = await createTestUser(database.prisma, { organisation: "ADSB", name: "Nooit" });
    await changeEmailPreference({ actor: direct, input: { emailPreference: "IMMEDIATE", version: 1 } });
    await changeEmailPreference({ actor: never, input: { emailPreference: "NEVER", version: 1 } });
    for (const user of [direct, daily, never]) {
      await database.prisma.notification.create({
        data: {
          userId: user.id,
          kind: "ACTION_ASSIGNED",
          entityType: "ActionItem",
          entityId: "a1",
          data: { title: "Actie", by: "Sanne" },
        },
      });
    }

    const failing = recordingTransport(true);
    expect((await send(failing, ["IMMEDIATE"])).failed).toHaveLength(1);

    const minute = recordingTransport();
    await send(minute, ["IMMEDIATE"]);
    expect(minute.messages.map((m) => m.to)).toEqual([direct.email]);
    expect(minute.messages[0]).toMatchObject({ subject: "Opvolging: 1 nieuwe melding" });
    expect(minute.messages[0]!.text).toContain('Sanne heeft u contactpersoon gemaakt van "Actie".');
    expect(minute.messages[0]!.text).toContain("https://opvolging.test/acties/a1");

    const day = recordingTransport();
    await send(day, ["DAILY", "IMMEDIATE"]);
    await send(day, ["DAILY", "IMMEDIATE"]);
    expect(day.messages.map((m) => m.to).filter((to) => [direct.email, daily.email, never.email].includes(to))).toEqual(
      [daily.email],
    );
  });

  it("the preference is saved with its audit event", async () => {
    const user = await createTestUser(database.prisma, { organisation: "FIN" });
    await changeEmailPreference({ actor: user, input: { emailPreference: "NEVER", version: 1 } });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      emailPreference: "NEVER",
      version: 2,
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, kind: "UPDATE" } });
    expect(event.after).toEqual({ emailPreference: "NEVER" });
    await expect(
      changeEmailPreference({ actor: user, input: { emailPreference: "DAILY", version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("notifications older than 180 days are deleted by the daily run", async () => {
    const user = await createTestUser(database.prisma, { organisation: "FIN" });
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    await database.prisma.notification.createMany({
      data: [181, 179].map((days) => ({
        userId: user.id,
        kind: "LETTER_SENT",
        entityType: "LetterDraft",
        entityId: `oud-${days}`,
        data: { title: "T" },
        createdAt: at(days),
      })),
    });
    await deleteOldNotifications(database.prisma, new Date());
    expect((await notificationsOf(user.id)).map((n) => n.entityId)).toEqual(["oud-179"]);
  });
});
