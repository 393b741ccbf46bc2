// The action list: filters in the URL (and the back button), Dutch search through the
// journal with the word marked, the export as a download; at 400 px the page does not
// scroll sideways (the table scrolls inside its region).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 90_000 });

const TABLE = "Acties met organisatie, status, percentage gereed en deadline";

/** The text of one column (0 = the title) in every row of the table. */
async function column(page: Page, index: number): Promise<string[]> {
  return page
    .getByRole("region", { name: TABLE })
    .locator("tbody tr")
    .evaluateAll((rows, at) => rows.map((row) => (row.children[at] as HTMLElement).innerText.trim()), index);
}

const screenshots = (page: Page, name: string) => shootWhenAsked(page, `acties-${name}`);

test("filteren op organisatie en status: de URL houdt het vast, terug geeft het vorige filter", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("READER"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Acties" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acties" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Acties 1–\d+ van \d+/ })).toBeVisible();
  await screenshots(page, "lijst");

  const filters = page.getByRole("search", { name: "Acties filteren en zoeken" });
  await filters.getByLabel("Organisatie").selectOption("ADSB");
  await filters.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/[?&]organisatie=ADSB(&|$)/);
  await expect.poll(() => column(page, 1)).not.toContain("FIN");
  const adsbStatuses = await column(page, 2);
  expect(new Set(await column(page, 1))).toEqual(new Set(["ADSB"]));
  expect(adsbStatuses).toContain("Afgerond");

  await filters.getByRole("checkbox", { name: "In uitvoering" }).check();
  await filters.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/[?&]status=IN_PROGRESS(&|$)/);
  await expect(page).toHaveURL(/[?&]organisatie=ADSB(&|$)/);
  await expect.poll(() => column(page, 2)).not.toContain("Afgerond");
  expect(new Set(await column(page, 2))).toEqual(new Set(["In uitvoering"]));
  expect(new Set(await column(page, 1))).toEqual(new Set(["ADSB"]));

  // Sorting keeps the filters; the sorted column says so.
  await page.getByRole("region", { name: TABLE }).getByRole("link", { name: "Gereed" }).click();
  await expect(page).toHaveURL(/sorteer=percentage/);
  await expect(page.getByRole("columnheader", { name: "Gereed" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/[?&]status=IN_PROGRESS(&|$)/);

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]organisatie=ADSB(&|$)/);
  await expect(page).not.toHaveURL(/status=/);
  await expect(filters.getByRole("checkbox", { name: "In uitvoering" })).not.toBeChecked();
  await expect(filters.getByLabel("Organisatie")).toHaveValue("ADSB");
  await expect.poll(() => column(page, 2)).toContain("Afgerond");
});

test("zoeken vindt een actie op een woord uit haar voortgang, met het woord gemarkeerd", async ({ page, loginAs }) => {
  // A word no other action holds, in a progress update of an action of this test's own.
  const word = `werkbezoek${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
  const id = `e2e-zoek-${randomBytes(6).toString("hex")}`;
  const title = `Zoektest ${id}`;
  await withAppDatabase(async (client) => {
    await client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Een actie voor de zoektest.', (SELECT id FROM "Organisation" WHERE code = 'ADSB'), DATE '2023-06-30', now()`,
      [id, title],
    );
    await client.query(
      `INSERT INTO "ProgressUpdate" (id, "actionItemId", "authorId", text, "statusBefore", "statusAfter", "percentDone", "occurredOn")
       SELECT $1, $2, id, $3, 'NOT_STARTED', 'NOT_STARTED', 0, DATE '2023-04-01' FROM "User" WHERE email = 'bijdrager@adsb.demo.opvolging.nl'`,
      [`${id}-update`, id, `Het ${word} met de posten is voorbereid.`],
    );
  });

  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto("/acties");
  const filters = page.getByRole("search", { name: "Acties filteren en zoeken" });
  await filters.getByLabel("Zoeken").fill(word);
  await filters.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(new RegExp(`zoek=${word}`));
  await expect(page.getByRole("status").filter({ hasText: `Acties 1–1 van 1 voor ‘${word}’` })).toBeVisible();
  const row = page.getByRole("region", { name: TABLE }).locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/acties/${id}`);
  await expect(row.locator("mark")).toHaveText([word]);
  await screenshots(page, "zoeken");
});

test("exporteren geeft de gefilterde lijst als Excel- en als CSV-bestand", async ({ page, loginAs }) => {
  await loginAs(demoUser("READER"));
  await page.goto("/acties?organisatie=FIN&sorteer=titel");
  const shown = await column(page, 0);

  const excel = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren naar Excel" }).click();
  const xlsx = await excel;
  expect(xlsx.suggestedFilename()).toBe("acties-2023-04-03.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet("Acties")!;
  const rows = sheet.getRows(2, sheet.rowCount - 1)!;
  // Columns by their header, so that a column added to the export moves nothing here.
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  const cell = (header: string) => {
    expect(headers, `the export has a column ${header}`).toContain(header);
    return headers.indexOf(header);
  };
  expect(rows.map((row) => row.getCell(cell("Organisatie")).value)).toEqual(rows.map(() => "FIN"));
  expect(rows.map((row) => row.getCell(cell("Actie")).value)).toEqual(
    shown.map((text) => text.split("\n")[0]!.replace(/\s*illustratief.*$/s, "")),
  );

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren naar CSV" }).click();
  const file = await csv;
  expect(file.suggestedFilename()).toBe("acties-2023-04-03.csv");
  const lines = (await readFile(await file.path(), "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^\uFEFFEvaluatie;Nr\. aanbeveling;Aanbeveling;Kenmerk;Actie;/);
  expect(lines).toHaveLength(rows.length + 1);
});

test("op 400 px schuift de pagina niet opzij; geen fout in de console, geen WCAG-overtreding volgens axe", async ({
  page,
  loginAs,
}) => {
  test.slow(); // axe on a page with a table of results; the machines are shared
  const problems = await watchBrowserProblems(page);
  // A Lezer: the navigation then links only to pages that exist on every branch.
  await loginAs(demoUser("READER"));
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto("/acties?zoek=risicokader&status=IN_PROGRESS&status=DONE&sorteer=titel");
  await page.waitForLoadState("networkidle");
  // The table scrolls sideways inside its own region; the page does not.
  await expect(page.getByRole("region", { name: TABLE })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems.list()).toEqual([]);
  await screenshots(page, "smal");
  await page.setViewportSize({ width: 1280, height: 900 });
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(scan.violations).toEqual([]);
});
