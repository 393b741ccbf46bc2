// The action page end to end: the ADSB Bijdrager keeps an ADSB action current, sees no
// controls on a FIN action and is refused a crafted request for it, asks for a later deadline
// that the Coördinator approves on the queue, and the history shows all of it; a Lezer sees no
// forms; a Coördinator creates and edits an action. Each test makes actions of its own.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { test, expect, demoUser, signIn, withAppDatabase, SIGN_IN_TIMEOUT } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { errorSummary, expectErrorSummaryLeadsTo } from "./error-summary";
import { watchBrowserProblems } from "./browser-problems";
import { DEMO_PASSWORD } from "../prisma/seed-data.ts";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 120_000 });

type Organisation = "FIN" | "BZ" | "ADSB";

/** A fresh action of `organisation`, due 30 June 2023, with its own title. */
async function createAction(organisation: Organisation, label: string): Promise<{ id: string; title: string }> {
  const id = `e2e-actie-${randomUUID()}`;
  const title = `${label} ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Een actie voor de end-to-endtest.', o.id,
              (SELECT id FROM "User" u WHERE u."organisationId" = o.id AND u.active ORDER BY email LIMIT 1), DATE '2023-04-01', DATE '2023-06-30', now()
         FROM "Organisation" o WHERE o.code = $3`,
      [id, title, organisation],
    ),
  );
  return { id, title };
}

async function actionRow(id: string) {
  return withAppDatabase(async (client) => {
    const action = (
      await client.query(
        `SELECT status, version, to_char("dueDate", 'YYYY-MM-DD') AS "dueDate" FROM "ActionItem" WHERE id = $1`,
        [id],
      )
    ).rows[0];
    const updates = (
      await client.query(`SELECT count(*)::int AS n FROM "ProgressUpdate" WHERE "actionItemId" = $1`, [id])
    ).rows[0].n;
    return { ...action, updates };
  });
}

/** A second signed-in user beside the test's own page. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  return page;
}

/** At 400 px wide the page scrolls only down, never sideways (tables scroll in their own region). */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 400, height: 900 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

const shoot = (page: Page, name: string) => shootWhenAsked(page, `actie-${name}`);

test("de ADSB-bijdrager voegt voortgang toe en zet een ADSB-actie op In uitvoering", async ({ page, loginAs }) => {
  const action = await createAction("ADSB", "Voortgangstest");
  const problems = await watchBrowserProblems(page);
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto(`/acties/${action.id}`);
  await expect(page.getByRole("heading", { level: 1, name: action.title })).toBeVisible();

  const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(errorSummary(progress)).toBeVisible();
  await shoot(page, "foutoverzicht");
  await expectErrorSummaryLeadsTo(progress, "Vul de voortgang in.", progress.getByLabel("Voortgang", { exact: true }));
  await expect(progress.getByLabel("Voortgang", { exact: true })).toHaveAccessibleDescription(/Vul de voortgang in\./);

  await progress.getByLabel("Voortgang", { exact: true }).fill("Kick-off met de afdeling acceptatie gehouden.");
  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De voortgang is toegevoegd." })).toBeVisible();

  const status = page.getByRole("form", { name: "Status wijzigen" });
  await expect(status.getByLabel("Nieuwe status").locator("option")).toHaveText(["Kies een status", "In uitvoering"]);
  await status.getByLabel("Nieuwe status").selectOption({ label: "In uitvoering" });
  await status.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De status is gewijzigd naar ‘In uitvoering’." }),
  ).toBeVisible();
  await expect(page.locator(".action-details")).toContainText("In uitvoering");

  const journal = page.locator("section[aria-labelledby=logboek-voortgang]");
  await expect(journal).toContainText("Status gewijzigd van ‘Niet gestart’ naar ‘In uitvoering’.");
  await expect(journal).toContainText("Kick-off met de afdeling acceptatie gehouden.");
  const history = page.locator("section[aria-labelledby=geschiedenis]");
  await expect(history.getByRole("listitem").filter({ hasText: "Status gewijzigd" })).toContainText("Pieter Bakker");
  await expect(history.getByRole("listitem").filter({ hasText: "Voortgang toegevoegd" })).toContainText(
    "Kick-off met de afdeling acceptatie gehouden.",
  );
  expect(await actionRow(action.id)).toMatchObject({ status: "IN_PROGRESS", version: 3, updates: 2 });

  await shoot(page, "bijdrager");
  await expectNoSidewaysScroll(page);
  // Next prefetches the links to the action list and the recommendation page, other areas'
  // pages that may not exist on this branch yet.
  expect(problems.list({ expectedFailures: /\/(acties|aanbevelingen\/[^/?]+)\?_rsc=/ })).toEqual([]);
});

test("de ADSB-bijdrager ziet geen knoppen bij een FIN-actie, en een nagemaakt verzoek wordt geweigerd", async ({
  page,
  loginAs,
}) => {
  const own = await createAction("ADSB", "Eigen actie");
  const fin = await createAction("FIN", "Actie van FIN");
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));

  await page.goto(`/acties/${fin.id}`);
  await expect(page.getByRole("heading", { level: 1, name: fin.title })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
  await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  await expect(page.locator("main").getByRole("textbox")).toHaveCount(0);

  // The same server action, posted from the ADSB page with the FIN action's id.
  await page.goto(`/acties/${own.id}`);
  const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
  await progress
    .locator("input[name=actionItemId]")
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), fin.id);
  await progress.getByLabel("Voortgang", { exact: true }).fill("Dit mag niet.");
  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze handeling." }),
  ).toBeVisible();
  await expect(progress.getByLabel("Voortgang", { exact: true })).toHaveValue("Dit mag niet.");

  expect(await actionRow(fin.id)).toMatchObject({ status: "NOT_STARTED", version: 1, updates: 0 });
  expect(await actionRow(own.id)).toMatchObject({ version: 1, updates: 0 });
  const refusals = await withAppDatabase(
    async (client) =>
      (
        await client.query(
          `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityId" = $1 AND kind = 'PERMISSION_REFUSED'`,
          [fin.id],
        )
      ).rows[0].n,
  );
  expect(refusals).toBe(1);
});

test("de bijdrager vraagt een latere deadline aan, de coördinator keurt die goed in de wachtrij, en de geschiedenis toont alles", async ({
  page,
  loginAs,
  browser,
}) => {
  const action = await createAction("ADSB", "Deadlinetest");
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto(`/acties/${action.id}`);

  const deadline = page.getByRole("form", { name: "Deadline wijzigen" });
  await deadline.getByLabel("Nieuwe deadline").fill("2023-03-31");
  await deadline.getByLabel("Reden").fill("De leverancier levert de systeemaanpassing later.");
  await deadline.getByRole("button", { name: "Deadline wijzigen" }).click();
  await expect(deadline.getByLabel("Nieuwe deadline")).toHaveAccessibleDescription(
    /De deadline ligt voor de startdatum/,
  );
  await expectErrorSummaryLeadsTo(
    deadline,
    /De deadline ligt voor de startdatum/,
    deadline.getByLabel("Nieuwe deadline"),
  );
  await expect(deadline.getByLabel("Reden")).toHaveValue("De leverancier levert de systeemaanpassing later.");

  await deadline.getByLabel("Nieuwe deadline").fill("2023-09-30");
  await deadline.getByRole("button", { name: "Deadline wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw verzoek is ingediend." })).toBeVisible();
  await expect(deadline.getByLabel("Nieuwe deadline")).toHaveCount(0);
  const deadlineHistory = page.locator("section[aria-labelledby=deadlinegeschiedenis]");
  await expect(deadlineHistory).toContainText("Openstaand verzoek: Van 30 juni 2023 naar 30 september 2023.");
  await expect(deadlineHistory.getByRole("row").filter({ hasText: "30 juni 2023 → 30 september 2023" })).toContainText(
    "aangevraagd",
  );
  expect(await actionRow(action.id)).toMatchObject({ dueDate: "2023-06-30", version: 1 });

  const coordinator = await signedInPage(browser, demoUser("COORDINATOR").email);
  await coordinator.goto(`/acties/${action.id}`);
  await expect(coordinator.getByRole("form", { name: "Openstaand verzoek" })).toBeVisible();
  await shoot(coordinator, "coordinator");
  await expectNoSidewaysScroll(coordinator);
  await coordinator.goto("/acties/deadlineverzoeken");
  const request = coordinator.getByRole("article", { name: action.title });
  await expect(request).toContainText("Atradius Dutch State Business (ADSB)");
  await expect(request).toContainText("Van 30 juni 2023 naar 30 september 2023");
  await expect(request).toContainText("De leverancier levert de systeemaanpassing later.");
  await expect(request).toContainText("Pieter Bakker");
  await shoot(coordinator, "wachtrij");
  await expectNoSidewaysScroll(coordinator);
  await request.getByLabel("Toelichting").fill("Akkoord, de Kamerbrief blijft haalbaar.");
  await request.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Het verzoek is goedgekeurd." })).toBeVisible();
  await expect(coordinator.getByRole("article", { name: action.title })).toHaveCount(0);
  expect(await actionRow(action.id)).toMatchObject({ dueDate: "2023-09-30", version: 2 });
  await coordinator.context().close();

  await page.reload();
  await expect(page.locator(".action-details")).toContainText("30 september 2023");
  await expect(deadlineHistory.getByRole("row").filter({ hasText: "30 juni 2023 → 30 september 2023" })).toContainText(
    "goedgekeurd",
  );
  await expect(deadlineHistory.getByRole("row").filter({ hasText: "30 juni 2023 → 30 september 2023" })).toContainText(
    "Akkoord, de Kamerbrief blijft haalbaar.",
  );
  const history = page.locator("section[aria-labelledby=geschiedenis]");
  await expect(history.getByRole("listitem").filter({ hasText: "Deadlinewijziging aangevraagd" })).toContainText(
    "Pieter Bakker",
  );
  await expect(history.getByRole("listitem").filter({ hasText: "Deadlinewijziging goedgekeurd" })).toContainText(
    "Sanne de Vries",
  );
  // "→" is read out as "wordt" (hidden text), hence the pattern.
  await expect(history.getByRole("listitem").filter({ hasText: "Deadline gewijzigd" })).toContainText(
    /30 juni 2023 →\s?(wordt )?30 september 2023/,
  );
});

test("een lezer ziet nergens een formulier, ook niet in de wachtrij of bij een nieuwe actie", async ({
  page,
  loginAs,
}) => {
  const action = await createAction("BZ", "Lezerstest");
  await loginAs(demoUser("READER"));
  await page.goto(`/acties/${action.id}`);
  await expect(page.getByRole("heading", { level: 1, name: action.title })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
  await expect(page.locator("main").getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);

  await page.goto("/acties/deadlineverzoeken");
  await expect(page.getByRole("heading", { level: 1, name: "Deadlineverzoeken" })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);

  await page.goto("/acties/nieuw");
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
});

test("de coördinator maakt een actie aan en wijzigt haar gegevens", async ({ page, loginAs }) => {
  const title = `Nieuwe actie ${randomUUID().slice(0, 8)}`;
  await loginAs(demoUser("COORDINATOR"));
  const recommendation = await withAppDatabase(
    async (client) =>
      (await client.query(`SELECT id FROM "Recommendation" ORDER BY number LIMIT 1`)).rows[0].id as string,
  );
  await page.goto(`/acties/nieuw?aanbeveling=${recommendation}`);
  const form = page.getByRole("form", { name: "Nieuwe actie" });
  await shoot(page, "nieuw");
  await form.getByLabel("Titel", { exact: true }).fill(title);
  await form
    .getByLabel("Omschrijving", { exact: true })
    .fill("Een beslisboom voor medewerkers die een signaal ontvangen.");
  await form.getByLabel("Organisatie (eigenaar)").selectOption({ label: "Atradius Dutch State Business (ADSB)" });
  await form.getByLabel("Contactpersoon").selectOption({ label: "Ahmed El Amrani (FIN)" });
  await form.getByLabel("Deadline").fill("2023-10-31");
  await form.getByRole("button", { name: "Actie aanmaken" }).click();
  await expect(form.getByLabel("Contactpersoon")).toHaveAccessibleDescription(
    /Deze contactpersoon hoort niet bij de gekozen organisatie\./,
  );
  await expectErrorSummaryLeadsTo(
    form,
    "Deze contactpersoon hoort niet bij de gekozen organisatie.",
    form.getByLabel("Contactpersoon"),
  );
  await expect(form.getByLabel("Titel", { exact: true })).toHaveValue(title);

  await form.getByLabel("Contactpersoon").selectOption({ label: "Pieter Bakker (ADSB)" });
  await form.getByRole("button", { name: "Actie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "De actie is aangemaakt." })).toBeVisible();
  await expect(page.locator(".action-details")).toContainText("Pieter Bakker");

  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  const edit = page.getByRole("form", { name: "Gegevens van de actie wijzigen" });
  await expect(edit.getByLabel("Deadline")).toHaveCount(0);
  await edit.getByLabel("Titel", { exact: true }).fill(`${title} (herzien)`);
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} (herzien)` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "De gegevens van de actie zijn opgeslagen." })).toBeVisible();
  const history = page.locator("section[aria-labelledby=geschiedenis]");
  await expect(history.getByRole("listitem").filter({ hasText: "Gewijzigd" })).toContainText(`${title} (herzien)`);
  await expect(history.getByRole("listitem").filter({ hasText: "Aangemaakt" })).toContainText("Pieter Bakker");
});
