// Mijn werk and Meldingen end to end: the ADSB Bijdrager asks for a later deadline; the
// Coördinator finds it on Mijn werk and in the bell and approves it; the Bijdrager's bell and
// /meldingen show the decision, and its e-mail (an .eml file) goes out once. Then every role's
// Mijn werk as it looks. Other tests notify the demo users too, so counts are read as patterns.
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, signInElsewhere, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";
import { createPrismaClient } from "../lib/db-client.ts";
import { createMailTransport } from "../lib/mail/transport.ts";
import { readMailSettings } from "../lib/env.ts";
import { DEMO_TODAY } from "../prisma/seed-data.ts";
import { sendNotificationMails } from "../lib/notifications/send-notification-mails.ts";

test.describe.configure({ timeout: 180_000 });

const shoot = (page: Page, name: string) => shootWhenAsked(page, `mijn-werk-${name}`);
const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Meldingen, / });

/** A fresh ADSB action with the demo Bijdrager of ADSB as contact person, due 30 June 2023. */
async function createAdsbAction(): Promise<{ id: string; title: string }> {
  const id = `e2e-mijn-werk-${randomUUID()}`;
  const title = `Mijn-werktest ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Een actie voor de end-to-endtest.', o.id,
              (SELECT id FROM "User" WHERE email = $3), DATE '2023-04-01', DATE '2023-04-10', now()
         FROM "Organisation" o WHERE o.code = 'ADSB'`,
      [id, title, demoUser("CONTRIBUTOR", "ADSB").email],
    ),
  );
  return { id, title };
}

/** Mails in `folder`, with quoted-printable soft line breaks undone. */
async function mailsIn(folder: string): Promise<string[]> {
  const files = (await readdir(folder).catch(() => [])).filter((file) => file.endsWith(".eml"));
  return Promise.all(
    files.map(async (file) => (await readFile(path.join(folder, file), "utf8")).replace(/=\r?\n/g, "")),
  );
}

test("een deadlineverzoek: Mijn werk en de bel van de coördinator, het besluit in de bel van de bijdrager, één e-mail", async ({
  page,
  loginAs,
  browser,
}) => {
  const action = await createAdsbAction();
  const problems = await watchBrowserProblems(page);
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));

  // The Bijdrager wants notifications by e-mail at once.
  await page.goto("/profiel");
  await page
    .getByRole("group", { name: "Wanneer krijgt u meldingen per e-mail?" })
    .getByRole("radio", { name: "Direct, per melding" })
    .check();
  await page.getByRole("button", { name: "Voorkeur opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw voorkeur voor e-mail is opgeslagen." })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Direct, per melding" })).toBeChecked();

  // Mijn werk names the new action: due within 14 days.
  await page.goto("/mijn-werk");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  const dueSoon = page.getByRole("region", { name: /Deadline binnen 14 dagen/ });
  await expect(dueSoon.getByRole("listitem").filter({ hasText: action.title })).toContainText("deadline over 7 dagen");
  await shoot(page, "bijdrager");

  await page.goto(`/acties/${action.id}`);
  const deadline = page.getByRole("form", { name: "Deadline wijzigen" });
  await deadline.getByLabel("Nieuwe deadline").fill("2023-09-30");
  await deadline.getByLabel("Reden").fill("De leverancier levert later.");
  await deadline.getByRole("button", { name: "Deadline wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw verzoek is ingediend." })).toBeVisible();

  const coordinator = await signInElsewhere(browser, demoUser("COORDINATOR").email);
  await expect(bell(coordinator)).toHaveAccessibleName(/^Meldingen, \d+( of meer)? ongelezen$/);
  await coordinator.goto("/mijn-werk");
  const toDecide = coordinator.getByRole("region", { name: /Deadlineverzoeken te beslissen/ });
  await expect(toDecide.getByRole("listitem").filter({ hasText: action.title })).toContainText(
    "ADSB: 10 april 2023 → 30 september 2023, gevraagd door Pieter Bakker",
  );
  await shoot(coordinator, "coordinator");
  await bell(coordinator).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  const requested = coordinator.getByRole("link", {
    name: `Pieter Bakker vraagt de deadline van "${action.title}" te verplaatsen naar 30 september 2023.`,
  });
  await expect(requested).toBeVisible();
  await shoot(coordinator, "meldingen-coordinator");
  await requested.click();
  await expect(coordinator.getByRole("heading", { level: 1, name: action.title })).toBeVisible();
  await coordinator.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "goedgekeurd" })).toBeVisible();
  await coordinator.context().close();

  // The Bijdrager's bell and list show the decision; marked read, it leaves the unread count.
  await page.goto("/meldingen");
  await expect(bell(page)).toHaveAccessibleName(/^Meldingen, \d+( of meer)? ongelezen$/);
  const decided = page
    .getByRole("listitem")
    .filter({ hasText: `Uw deadlineverzoek voor "${action.title}" is goedgekeurd door Sanne de Vries` });
  await expect(decided).toContainText("nieuwe deadline 30 september 2023");
  await expect(decided).toContainText("Ongelezen");
  await shoot(page, "meldingen-bijdrager");
  await decided.getByRole("button", { name: /^Markeren als gelezen/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gemarkeerd als gelezen." })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: `Uw deadlineverzoek voor "${action.title}"` }),
  ).not.toContainText("Ongelezen");
  expect(problems.list()).toEqual([]);

  // The minute's mail run, twice (as two instances would): the decision is mailed once.
  const folder = await mkdtemp(path.join(tmpdir(), "opvolging-mail-"));
  const transport = createMailTransport(readMailSettings({ NODE_ENV: "test" }), { mailDir: folder })!;
  const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    for (let run = 0; run < 2; run++) {
      await sendNotificationMails({
        prisma,
        transport,
        baseUrl: process.env.E2E_BASE_URL!,
        preferences: ["IMMEDIATE"],
        // The app's "now" is the pinned demo day (APP_TODAY): the notification is stamped with it.
        now: new Date(`${DEMO_TODAY}T23:59:00+02:00`),
      });
    }
  } finally {
    transport.close();
    await prisma.$disconnect();
  }
  const aboutThis = (await mailsIn(folder)).filter((mail) => mail.includes(`/acties/${action.id}`));
  expect(aboutThis).toHaveLength(1);
  expect(aboutThis[0]).toContain(`To: ${demoUser("CONTRIBUTOR", "ADSB").email}`);
});

test("Mijn werk van de lezer en de beheerder, en de bel in de kop", async ({ page, loginAs, browser }) => {
  await loginAs(demoUser("READER"));
  // A view saved on /acties shows on Mijn werk as a link to the list with its query.
  const name = `BZ te laat ${randomUUID().slice(0, 8)}`;
  await page.goto("/acties?organisatie=BZ&te-laat=1");
  const onList = page.getByRole("region", { name: "Opgeslagen weergaven" });
  await onList.getByLabel("Naam van de weergave").fill(name);
  await onList.getByRole("button", { name: "Weergave opslaan" }).click();
  await expect(onList.getByRole("status")).toHaveText(`Weergave ‘${name}’ opgeslagen.`);

  await page.goto("/mijn-werk");
  await expect(page.getByRole("heading", { level: 2, name: "Niets te doen" })).toBeVisible();
  await expect(bell(page)).toBeVisible();
  const views = page.getByRole("region", { name: "Opgeslagen weergaven" });
  await expect(views.getByRole("link", { name: "Weergaven beheren" })).toHaveAttribute("href", "/acties/weergaven");
  await shoot(page, "lezer");
  await views.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/acties\?organisatie=BZ&te-laat=1$/);

  // A calendar address of the FIN Bijdrager that works through 9 April 2023, six days on.
  const feedId = `e2e-mijn-werk-${randomUUID()}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "CalendarFeed" (id, "userId", "tokenHash", "createdAt", "expiresAt")
       SELECT $1, u.id, $2, TIMESTAMPTZ '2022-04-10 09:00+02', TIMESTAMPTZ '2023-04-10 00:00+02' FROM "User" u WHERE u.email = $3`,
      [feedId, randomUUID().replace(/-/g, "").repeat(2), demoUser("CONTRIBUTOR", "FIN").email],
    ),
  );
  const admin = await signInElsewhere(browser, demoUser("ADMIN").email);
  await admin.goto("/mijn-werk");
  await expect(admin.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  await expect(
    admin
      .getByRole("region", { name: /Agenda-adressen die binnen 14 dagen verlopen/ })
      .getByRole("listitem")
      .filter({ hasText: "Agenda-adres van 10 april 2022 om 09:00" }),
  ).toContainText("werkt tot en met 9 april 2023");
  await expect(
    admin.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Mijn werk" }),
  ).toBeVisible();
  await shoot(admin, "beheerder");
  await admin.goto("/");
  await expect(admin.getByRole("region", { name: /Mijn werk/ })).toBeVisible();
  await shoot(admin, "dashboard-beheerder");
  await admin.context().close();
});
