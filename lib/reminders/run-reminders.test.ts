// The reminder job against the seeded case and an in-process SMTP server: who gets what,
// once; deactivated contacts get nothing; a moved deadline is reminded anew; coordinators
// get one overview a week; two runs at once send once; a failed mail is retried; the day's
// notifications of those who want them daily travel inside the same digest, once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { setUpSeededDatabase } from "../../test/seeded-database.ts";
import { createPrismaClient } from "@/lib/db-client";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { readMailSettings } from "@/lib/env";
import { fromCalendarDate } from "@/lib/calendar-date";
import { runReminders } from "./run-reminders";

const database = setUpSeededDatabase();
const TODAY = "2023-04-03"; // the demo's peildatum, a Monday
const BASE_URL = "https://opvolging.example.nl";

let server: SMTPServer;
let transport: MailTransport;
let received: ParsedMail[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  transport = createMailTransport(
    readMailSettings({
      NODE_ENV: "test",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      SMTP_SECURE: "false",
      MAIL_FROM: "Opvolging <noreply@opvolging.example.nl>",
    }),
  )!;
});

afterAll(async () => {
  transport?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
});

const run = (today = TODAY, options: { transport?: MailTransport; prisma?: typeof database.prisma } = {}) =>
  runReminders({
    prisma: options.prisma ?? database.prisma,
    transport: options.transport ?? transport,
    today,
    baseUrl: BASE_URL,
  });

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.address;
const digests = () => received.filter((mail) => mail.subject?.includes("aandacht"));
const overviews = () => received.filter((mail) => mail.subject?.includes("weekoverzicht"));

async function dueActions(today: string) {
  const horizon = fromCalendarDate("2023-04-17");
  const items = await database.prisma.actionItem.findMany({
    where: {
      status: { in: ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] },
      dueDate: { lte: horizon },
      contactUser: { active: true },
    },
    include: { contactUser: true },
  });
  expect(today).toBe(TODAY);
  const byEmail = new Map<string, string[]>();
  for (const item of items)
    byEmail.set(item.contactUser!.email, [...(byEmail.get(item.contactUser!.email) ?? []), item.id].sort());
  return byEmail;
}

describe("runReminders", () => {
  it("sends each contact person one digest of their actions due within 14 days or overdue, with links, and each coordinator the weekly overview", async () => {
    const expected = await dueActions(TODAY);
    expect(expected.size).toBeGreaterThan(0);
    const result = await run();
    expect(result.failed).toEqual([]);

    const got = new Map(
      digests().map((mail) => [to(mail), [...mail.text!.matchAll(/\/acties\/([a-z0-9]+)/g)].map((m) => m[1]!).sort()]),
    );
    expect(got).toEqual(expected);
    for (const mail of digests()) {
      const count = expected.get(to(mail)!)!.length;
      expect(mail.subject).toBe(
        count === 1 ? "Opvolging: 1 actie vraagt aandacht" : `Opvolging: ${count} acties vragen aandacht`,
      );
      expect(mail.html).toContain(`href="${BASE_URL}/acties/`);
      expect(mail.from!.text).toContain("noreply@opvolging.example.nl");
    }

    // Pieter Bakker (ADSB): one action past its deadline of 31 March, one due on 15 April.
    const pieter = digests().find((mail) => to(mail) === "bijdrager@adsb.demo.opvolging.nl")!;
    expect(pieter.text).toContain("Te laat:");
    expect(pieter.text).toMatch(/deadline 31 maart 2023, te laat \(3 dagen over de deadline\)/);
    expect(pieter.text).toMatch(/deadline 15 april 2023, binnen 30 dagen \(nog 12 dagen\)/);

    const coordinators = await database.prisma.user.findMany({ where: { role: "COORDINATOR", active: true } });
    expect(overviews().map(to).sort()).toEqual(coordinators.map((c) => c.email).sort());
    const overview = overviews()[0]!;
    expect(overview.subject).toBe("Opvolging: weekoverzicht week 14 van 2023");
    expect(overview.text).toMatch(/Atradius Dutch State Business: \d+ open, \d+ te laat, \d+ binnen 14 dagen/);
    expect(overview.text).toContain("Eerstvolgende deadline aan de Kamer:");
    expect(overview.text).toContain("voor de zomer van 2023");
    expect(overview.html).toContain("<table>");
  });

  it("sends nothing on a second run", async () => {
    const result = await run();
    expect(result.sent).toEqual([]);
    expect(received).toEqual([]);
  });

  it("sends a deactivated contact nothing, and sends once they are active again", async () => {
    const lotte = await database.prisma.user.findUniqueOrThrow({ where: { email: "bijdrager@bz.demo.opvolging.nl" } });
    const template = await database.prisma.actionItem.findFirstOrThrow({ where: { contactUserId: lotte.id } });
    const action = await database.prisma.actionItem.create({
      data: {
        recommendationId: template.recommendationId,
        ownerOrganisationId: template.ownerOrganisationId,
        contactUserId: lotte.id,
        title: "Herinneringstest: binnenkort",
        description: "Voor de test van de herinneringen.",
        dueDate: fromCalendarDate("2023-04-10"),
        status: "NOT_STARTED",
      },
    });
    await database.prisma.user.update({ where: { id: lotte.id }, data: { active: false } });
    await run();
    expect(received.map(to)).not.toContain(lotte.email);

    await database.prisma.user.update({ where: { id: lotte.id }, data: { active: true } });
    await run();
    expect(digests().map(to)).toEqual([lotte.email]);
    expect(digests()[0]!.text).toContain(`/acties/${action.id}`);
  });

  it("reminds again when the deadline has moved", async () => {
    const action = await database.prisma.actionItem.findFirstOrThrow({
      where: { dueDate: fromCalendarDate("2023-04-15"), contactUser: { email: "bijdrager@adsb.demo.opvolging.nl" } },
    });
    await database.prisma.actionItem.update({
      where: { id: action.id },
      data: { dueDate: fromCalendarDate("2023-04-14") },
    });
    await run();
    expect(digests().map(to)).toEqual(["bijdrager@adsb.demo.opvolging.nl"]);
    expect(digests()[0]!.subject).toBe("Opvolging: 1 actie vraagt aandacht");
    expect(digests()[0]!.text).toContain(`/acties/${action.id}`);
  });

  it("sends the coordinators one overview per ISO week", async () => {
    await run("2023-04-06");
    expect(overviews()).toEqual([]);
    received = [];
    await run("2023-04-10");
    expect(overviews().map((mail) => mail.subject)).toEqual(["Opvolging: weekoverzicht week 15 van 2023"]);
  });

  it("sends once when two runs start at the same moment", async () => {
    await database.prisma.reminderDelivery.deleteMany();
    const other = createPrismaClient(database.url);
    try {
      const [a, b] = await Promise.all([run(), run(TODAY, { prisma: other })]);
      const recipients = [...a.sent, ...b.sent].map((mail) => `${mail.kind} ${mail.to} ${mail.actionIds.join(",")}`);
      expect(new Set(recipients).size).toBe(recipients.length);
      const actionIds = [...a.sent, ...b.sent].flatMap((mail) => mail.actionIds);
      expect(new Set(actionIds).size).toBe(actionIds.length);
      expect(received.length).toBe(a.sent.length + b.sent.length);
      expect(await database.prisma.reminderDelivery.count()).toBe(actionIds.length + overviews().length);
    } finally {
      await other.$disconnect();
    }
  });

  it("puts the day's notifications into the person's digest: one mail with both, once; without reminders, them alone", async () => {
    await database.prisma.reminderDelivery.deleteMany();
    await database.prisma.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
    const user = (email: string) => database.prisma.user.findUniqueOrThrow({ where: { email } });
    const pieter = await user("bijdrager@adsb.demo.opvolging.nl");
    const reader = await user("lezer@bz.demo.opvolging.nl");
    const lotte = await user("bijdrager@bz.demo.opvolging.nl");
    await database.prisma.user.update({ where: { id: lotte.id }, data: { emailPreference: "NEVER" } });
    const action = await database.prisma.actionItem.findFirstOrThrow({ where: { contactUserId: pieter.id } });
    const notify = (userId: string, title: string) =>
      database.prisma.notification.create({
        data: {
          userId,
          kind: "ACTION_ASSIGNED",
          entityType: "ActionItem",
          entityId: action.id,
          data: { title, by: "Sanne de Vries" },
        },
      });
    const forPieter = [await notify(pieter.id, "Eerste melding"), await notify(pieter.id, "Tweede melding")];
    const forReader = await notify(reader.id, "Melding voor de lezer");
    const forLotte = await notify(lotte.id, "Melding die niet gemaild wordt");

    const result = await run();
    expect(result.failed).toEqual([]);
    const toPieter = received.filter((mail) => to(mail) === pieter.email);
    expect(toPieter).toHaveLength(1);
    const digest = toPieter[0]!;
    expect(digest.subject).toMatch(/^Opvolging: \d+ acties vragen aandacht, 2 nieuwe meldingen$/);
    expect(digest.text).toContain("Te laat:");
    expect(digest.text).toContain("Nieuwe meldingen:");
    expect(digest.text).toContain('Sanne de Vries heeft u contactpersoon gemaakt van "Eerste melding".');
    expect(digest.text).toContain(`Alle meldingen: ${BASE_URL}/meldingen`);
    expect(digest.html).toContain("<h2>Nieuwe meldingen</h2>");
    expect(digest.html).toContain(`href="${BASE_URL}/acties/${action.id}"`);

    const toReader = received.filter((mail) => to(mail) === reader.email);
    expect(toReader.map((mail) => mail.subject)).toEqual(["Opvolging: 1 nieuwe melding"]);
    expect(toReader[0]!.text).toContain("Melding voor de lezer");
    // NEVER: the reminders still come, the notification stays unmailed.
    const toLotte = received.filter((mail) => to(mail) === lotte.email);
    expect(toLotte).toHaveLength(1);
    expect(toLotte[0]!.text).not.toContain("Nieuwe meldingen");
    const emailed = async (id: string) =>
      (await database.prisma.notification.findUniqueOrThrow({ where: { id } })).emailedAt !== null;
    expect(await Promise.all([...forPieter, forReader, forLotte].map((note) => emailed(note.id)))).toEqual([
      true,
      true,
      true,
      false,
    ]);

    received = [];
    expect((await run()).sent).toEqual([]);
    expect(received).toEqual([]);
    await database.prisma.user.update({ where: { id: lotte.id }, data: { emailPreference: "DAILY" } });
    await database.prisma.notification.update({ where: { id: forLotte.id }, data: { emailedAt: new Date() } });
  });

  it("undoes the claims of the notifications too when the digest could not be sent", async () => {
    await database.prisma.reminderDelivery.deleteMany();
    const pieter = await database.prisma.user.findUniqueOrThrow({
      where: { email: "bijdrager@adsb.demo.opvolging.nl" },
    });
    const action = await database.prisma.actionItem.findFirstOrThrow({ where: { contactUserId: pieter.id } });
    const note = await database.prisma.notification.create({
      data: {
        userId: pieter.id,
        kind: "ACTION_ASSIGNED",
        entityType: "ActionItem",
        entityId: action.id,
        data: { title: "Na een storing", by: "Sanne de Vries" },
      },
    });
    const broken: MailTransport = {
      describe: "kapot",
      send: () => Promise.reject(new Error("verbinding geweigerd")),
      close: () => {},
    };
    const failed = await run(TODAY, { transport: broken });
    expect(failed.failed.map((mail) => mail.to)).toContain(pieter.email);
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { id: note.id } })).emailedAt).toBeNull();

    await run();
    const toPieter = received.filter((mail) => to(mail) === pieter.email);
    expect(toPieter).toHaveLength(1);
    expect(toPieter[0]!.text).toContain("Na een storing");
    expect(toPieter[0]!.text).toContain("Te laat:");
  });

  it("undoes the claims of a mail that could not be sent, so the next run sends it", async () => {
    await database.prisma.reminderDelivery.deleteMany();
    const broken: MailTransport = {
      describe: "kapot",
      send: () => Promise.reject(new Error("verbinding geweigerd")),
      close: () => {},
    };
    const failed = await run(TODAY, { transport: broken });
    expect(failed.sent).toEqual([]);
    expect(failed.failed.length).toBeGreaterThan(0);
    expect(failed.failed[0]!.error).toBe("verbinding geweigerd");
    expect(await database.prisma.reminderDelivery.count()).toBe(0);

    const retried = await run();
    expect(retried.sent.length).toBe(failed.failed.length);
  });
});
