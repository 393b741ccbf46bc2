// The action list's saved views (save, list, open, rename, delete) and the coordinator's
// "Contactpersoon toewijzen" for many actions at once, with one row changed meanwhile.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, createUser, signInAs, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 120_000 });

const TABLE = "Acties met organisatie, status, percentage gereed en deadline";

/** A word no other action holds, to list only this test's actions. */
const uniqueWord = (prefix: string) =>
  `${prefix}${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

async function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("een weergave opslaan, openen, hernoemen en verwijderen", async ({ page }) => {
  const problems = await watchBrowserProblems(page);
  const user = await createUser({ role: "READER", organisation: "BZ" });
  await signInAs(page, user);
  await page.goto("/acties?organisatie=ADSB&sorteer=titel&pagina=2&onbekend=1");
  // A Lezer changes no contact persons: no boxes, no form.
  await expect(page.getByRole("button", { name: "Contactpersoon kiezen" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: TABLE }).getByRole("checkbox")).toHaveCount(0);

  const views = page.getByRole("region", { name: "Opgeslagen weergaven" });
  // Headings descend in order: the section sits under the h1 (Lighthouse's heading-order).
  await expect(views.getByRole("heading", { level: 2, name: "Opgeslagen weergaven" })).toBeVisible();
  await expect(views).toContainText("U hebt nog geen weergaven opgeslagen.");
  await views.getByLabel("Naam van de weergave").fill("  ADSB op titel  ");
  await views.getByRole("button", { name: "Weergave opslaan" }).click();
  await expect(views.getByRole("status")).toHaveText("Weergave ‘ADSB op titel’ opgeslagen.");
  const link = views.getByRole("link", { name: "ADSB op titel" });
  // Only the list's own parameters, without the page.
  await expect(link).toHaveAttribute("href", "/acties?organisatie=ADSB&sorteer=titel");
  await shootWhenAsked(page, "weergaven-opgeslagen");

  await page.goto("/acties");
  await page.getByRole("region", { name: "Opgeslagen weergaven" }).getByRole("link", { name: "ADSB op titel" }).click();
  await expect(page).toHaveURL(/\/acties\?organisatie=ADSB&sorteer=titel$/);
  await expect(page.getByRole("columnheader", { name: "Actie" })).toHaveAttribute("aria-sort", "ascending");

  await page.getByRole("link", { name: "Weergaven beheren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weergaven beheren" })).toBeVisible();
  await expect(page.getByText("1 van 20 weergaven.")).toBeVisible();
  await page.getByLabel("Nieuwe naam").fill("ADSB alfabetisch");
  await page.getByRole("button", { name: "Naam wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Naam gewijzigd" })).toHaveText(
    "Naam gewijzigd in ‘ADSB alfabetisch’.",
  );
  await expect(page.getByRole("row", { name: /ADSB alfabetisch/ }).getByRole("link")).toHaveText("ADSB alfabetisch");
  await shootWhenAsked(page, "weergaven-beheren");

  await page.getByRole("button", { name: "Weergave ‘ADSB alfabetisch’ verwijderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Weergave verwijderd." })).toBeVisible();
  await expect(page.getByText("U hebt nog geen weergaven opgeslagen.")).toBeVisible();
  await page.goto("/acties");
  await expect(
    page.getByRole("region", { name: "Opgeslagen weergaven" }).getByRole("link", { name: "ADSB" }),
  ).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});

test("contactpersoon van 20 acties toewijzen: één intussen gewijzigd, 19 opgeslagen en die ene genoemd", async ({
  page,
  loginAs,
}) => {
  const problems = await watchBrowserProblems(page);
  const word = uniqueWord("bulktoewijzing");
  const ids = Array.from({ length: 20 }, (_, n) => `e2e-bulk-${word}-${n + 1}`);
  const newContact = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
  await withAppDatabase(async (client) => {
    await client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "dueDate", "updatedAt")
       SELECT id, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), 'Bulktest ' || $1 || ' ' || n,
              'Een actie voor de bulktest.', (SELECT id FROM "Organisation" WHERE code = 'ADSB'),
              (SELECT id FROM "User" WHERE email = 'bijdrager@adsb.demo.opvolging.nl'), DATE '2023-09-30', now()
       FROM unnest($2::text[]) WITH ORDINALITY AS chosen(id, n)`,
      [word, ids],
    );
  });

  await loginAs(demoUser("COORDINATOR"));
  await page.goto(`/acties?zoek=${word}&sorteer=titel`);
  const table = page.getByRole("region", { name: TABLE });
  await expect(table.locator("tbody tr")).toHaveCount(20);
  // Each box is named by its action's title.
  await expect(table.getByRole("checkbox", { name: `Bulktest ${word} 8`, exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: "Alles op deze pagina" }).check();
  await expect(table.getByRole("checkbox", { checked: true })).toHaveCount(20);
  // The list carries no list of people: the contact person is chosen on the next page.
  await expect(page.getByLabel("Nieuwe contactpersoon")).toHaveCount(0);
  await page.getByRole("button", { name: "Contactpersoon kiezen" }).click();

  await expect(page).toHaveURL(/\/acties\/toewijzen\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contactpersoon toewijzen");
  await expect(page.getByText("U kiest één nieuwe contactpersoon voor deze 20 acties.")).toBeVisible();
  const chosen = page.getByRole("region", { name: "Gekozen acties" });
  await expect(chosen.locator("tbody tr")).toHaveCount(20);
  // Only the people of the chosen actions' organisation (all ADSB here) are offered.
  const contactSelect = page.getByLabel("Nieuwe contactpersoon");
  await expect(contactSelect.locator("optgroup")).toHaveCount(1);
  await expect(contactSelect.locator("optgroup")).toHaveAttribute("label", "Atradius Dutch State Business (ADSB)");
  await contactSelect.selectOption({ label: `${newContact.name} (ADSB)` });

  await page.setViewportSize({ width: 400, height: 900 });
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shootWhenAsked(page, "acties-toewijzen");

  // A colleague saves the eighth action after the list was shown.
  await withAppDatabase((client) =>
    client.query(`UPDATE "ActionItem" SET version = version + 1 WHERE id = $1`, [ids[7]]),
  );
  await page.getByRole("button", { name: "Contactpersoon toewijzen" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "1 actie niet gewijzigd" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("19 acties gewijzigd.");
  await expect(summary.getByRole("listitem")).toHaveCount(1);
  await expect(summary.getByRole("listitem")).toContainText(
    `Bulktest ${word} 8: Intussen door iemand anders gewijzigd.`,
  );
  await expect(summary.getByRole("link", { name: `Bulktest ${word} 8` })).toHaveAttribute("href", `/acties/${ids[7]}`);
  await expect(summary).toBeFocused();
  await shootWhenAsked(page, "acties-toegewezen");

  const saved = await withAppDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; contact: string; version: number }>(
      `SELECT a.id, u.email AS contact, a.version FROM "ActionItem" a JOIN "User" u ON u.id = a."contactUserId" WHERE a.id = ANY($1)`,
      [ids],
    );
    return rows;
  });
  expect(saved.filter((row) => row.contact === newContact.email)).toHaveLength(19);
  expect(saved.find((row) => row.id === ids[7])).toMatchObject({ contact: "bijdrager@adsb.demo.opvolging.nl" });
  const audited = await withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityType" = 'ActionItem' AND kind = 'UPDATE' AND "entityId" = ANY($1)`,
      [ids],
    );
    return rows[0].n as number;
  });
  expect(audited).toBe(19);

  // The way back leads to the same list, its search and sort kept.
  await page.getByRole("link", { name: "Terug naar de lijst" }).click();
  await expect(page).toHaveURL(new RegExp(`/acties\\?zoek=${word}&sorteer=titel$`));
  expect(problems.list()).toEqual([]);
});

test("een Bijdrager ziet geen vakjes en geen toewijzing", async ({ page, loginAs }) => {
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto("/acties?organisatie=ADSB");
  await expect(page.getByRole("region", { name: TABLE }).locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("region", { name: TABLE }).getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Contactpersoon toewijzen" })).toHaveCount(0);
});

test("alle gekozen acties intussen verwijderd: alleen die melding en de weg terug", async ({ page, loginAs }) => {
  await loginAs(demoUser("COORDINATOR"));
  const gone = (name: string) => `actie=e2e-verdwenen-${uniqueWord(name)}%3A1`;
  await page.goto(`/acties/toewijzen?${gone("a")}&${gone("b")}&lijst=zoek%3Dweg`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contactpersoon toewijzen");
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText(
    "Geen van de 2 gekozen acties bestaat nog. Kies in de lijst opnieuw.",
  );
  // No intro that counts nothing, no table, no form.
  await expect(page.getByText(/U kiest/)).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Contactpersoon toewijzen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Terug naar de lijst" })).toHaveAttribute("href", "/acties?zoek=weg");
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("een Coördinator wijst een contactpersoon toe met een gewoon formulier", async ({ page, loginAs }) => {
    const word = uniqueWord("zonderscript");
    const id = `e2e-bulk-${word}`;
    const newContact = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
    await withAppDatabase((client) =>
      client.query(
        `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "dueDate", "updatedAt")
         SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Zonder script.',
                (SELECT id FROM "Organisation" WHERE code = 'ADSB'), DATE '2023-09-30', now()`,
        [id, `Zonder script ${word}`],
      ),
    );
    await loginAs(demoUser("COORDINATOR"));
    await page.goto(`/acties?zoek=${word}`);
    // Only where script runs: without it, it would promise what a plain form cannot do.
    await expect(page.getByRole("checkbox", { name: "Alles op deze pagina" })).toHaveCount(0);
    // Nothing ticked: the next page says so and changes nothing.
    await page.getByRole("button", { name: "Contactpersoon kiezen" }).click();
    await expect(page.getByRole("alert")).toHaveText("Kies ten minste één actie.");
    await page.goBack();
    await page.getByRole("checkbox", { name: `Zonder script ${word}` }).check();
    await page.getByRole("button", { name: "Contactpersoon kiezen" }).click();
    await page.getByLabel("Nieuwe contactpersoon").selectOption({ label: `${newContact.name} (ADSB)` });
    await page.getByRole("button", { name: "Contactpersoon toewijzen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 actie gewijzigd." })).toBeVisible();
    const contact = await withAppDatabase(async (client) => {
      const { rows } = await client.query(`SELECT "contactUserId" FROM "ActionItem" WHERE id = $1`, [id]);
      return rows[0].contactUserId as string;
    });
    expect(contact).toBe(newContact.id);
  });
});
