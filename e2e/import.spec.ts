// The spreadsheet import (/beheer/import): the Coördinator downloads the template, fills
// three rows, sees the preview with one error, fixes it, imports and finds the actions in
// /acties; a Bijdrager cannot reach the page. The preview at 1280 and 400 px: no sideways
// scroll of the page, no console error, no WCAG violation according to axe.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

const screenshots = (page: Page, name: string) => shootWhenAsked(page, `import-${name}`);

test("de coördinator downloadt het sjabloon, ziet één fout, verbetert die en importeert", async ({ page, loginAs }) => {
  test.slow(); // a build under load, a download, two uploads and axe
  const problems = await watchBrowserProblems(page);
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/beheer/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit Excel" })).toBeVisible();
  await expect(page.getByText("hoogstens 10 MB met hoogstens 5.000 rijen")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Leeg sjabloon (Excel)" }).click();
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await (await download).path());
  expect(template.worksheets.map((sheet) => sheet.name)).toEqual(["Aanbevelingen en acties", "Toelichting"]);
  const sheet = template.getWorksheet("Aanbevelingen en acties")!;
  expect(sheet.getRow(1).getCell(8).value).toBe("Kenmerk actie");

  // Three actions of a new recommendation; the third names an organisation that does not exist.
  // Under an evaluation of the test's own: other specs count the seeded evaluations' rows.
  const word = `Importtoets${randomBytes(3).toString("hex")}`;
  const number = 300 + Math.floor(Math.random() * 600);
  const evaluation = `Importevaluatie ${word}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Evaluation" (id, title, "periodEvaluated", evaluator, source, "updatedAt") VALUES ($1, $2, '2023', 'e2e', 'e2e', now())`,
      [`eval-${word}`, evaluation],
    ),
  );
  const row = (n: number, organisation = "ADSB") => [
    evaluation,
    number,
    `Aanbeveling ${word}`,
    "Tekst van de aanbeveling uit de import.",
    "Import",
    "Overgenomen",
    "ADSB",
    `${number}.${n}`,
    `${word} actie ${n}`,
    `Omschrijving van actie ${n}.`,
    organisation,
    "bijdrager@adsb.demo.opvolging.nl",
    new Date(Date.UTC(2023, 3, 1)),
    new Date(Date.UTC(2023, 11, 31)),
    n === 1 ? "In uitvoering" : "Niet gestart",
    n === 1 ? 20 : 0,
  ];
  sheet.addRow(row(1));
  sheet.addRow(row(2));
  sheet.addRow(row(3, "XYZ"));
  const withError = Buffer.from(await template.xlsx.writeBuffer());

  const file = page.getByLabel("Excel-bestand (.xlsx)");
  await file.setInputFiles({
    name: "acties.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: withError,
  });
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Gecontroleerd: 1 fout. Er is niets gewijzigd." }),
  ).toBeVisible();
  const errors = page.getByRole("region", { name: "Fouten per rij en kolom" });
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr")).toContainText(["4Organisatie"]);
  await expect(errors).toContainText("Onbekende organisatie 'XYZ'. Kies uit: FIN, BZ, ADSB.");
  await expect(page.getByRole("region", { name: "Uitkomst per rij" }).locator("tbody tr")).toHaveText([
    /^2.*nieuw/,
    /^3.*nieuw/,
    /^4.*fout/,
  ]);
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);

  // At 400 px the page does not scroll sideways (the tables scroll in their own region).
  await page.setViewportSize({ width: 400, height: 900 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshots(page, "fout");
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(scan.violations).toEqual([]);

  // Fixed: the same file with the right organisation.
  sheet.getRow(4).getCell(11).value = "ADSB";
  const fixed = Buffer.from(await template.xlsx.writeBuffer());
  await file.setInputFiles({
    name: "acties.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: fixed,
  });
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gecontroleerd: 3 rijen, geen fouten." })).toBeVisible();
  await screenshots(page, "gecontroleerd");
  // Importeren queues the import as a job; its page follows it (refreshing itself) to the result.
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page).toHaveURL(/\/beheer\/import\/taak\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Geïmporteerd: 3 rijen verwerkt." })).toBeVisible({
    timeout: 30_000,
  });
  const outcome = page.getByRole("list", { name: "Uitkomst van de import" });
  await expect(outcome).toContainText("Nieuw: 3");
  await expect(outcome).toContainText("Gewijzigd: 0");
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  await screenshots(page, "taak-klaar");

  await page.getByRole("link", { name: "Bekijk de acties" }).click();
  await page.goto(`/acties?zoek=${word}`);
  await expect(page.getByRole("link", { name: `${word} actie 1` })).toBeVisible();
  await expect(page.getByRole("link", { name: `${word} actie 3` })).toBeVisible();
  await page.getByRole("link", { name: `${word} actie 1` }).click();
  // The reference in the details (and again in the history's CREATE event).
  await expect(page.getByText(`${number}.1`, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("In uitvoering").first()).toBeVisible();
  expect(problems.list()).toEqual([]);
});

test("een bijdrager kan de importpagina en het sjabloon niet gebruiken", async ({ page, loginAs }) => {
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto("/beheer/import");
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
  await expect(page.getByLabel("Excel-bestand (.xlsx)")).toHaveCount(0);
  expect((await page.request.get("/beheer/import/sjabloon.xlsx")).status()).toBe(403);
});

test("het dashboard is te exporteren naar Excel met dezelfde filters", async ({ page, loginAs }) => {
  await loginAs(demoUser("READER"));
  await page.goto("/?organisatie=ADSB");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren (Excel)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("dashboard-2023-04-03.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  expect(workbook.worksheets).toHaveLength(7);
  expect(workbook.getWorksheet("In één oogopslag")!.getRow(3).getCell(2).value).toBe(
    "ADSB (Atradius Dutch State Business)",
  );
});

test("de pagina van een lopende import toont de voortgang en ververst zichzelf tot het resultaat, zonder JavaScript", async ({
  browser,
  page: signInPage,
  loginAs,
}) => {
  const coordinator = demoUser("COORDINATOR");
  await loginAs(coordinator);
  // Without client JavaScript: the page follows the job by <meta http-equiv="refresh"> alone.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: process.env.E2E_BASE_URL,
    storageState: await signInPage.context().storageState(),
  });
  const page = await context.newPage();

  const jobId = `e2etaak${randomBytes(6).toString("hex")}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "BackgroundJob" (id, kind, "ownerId", state, done, total, "updatedAt")
       SELECT $1, 'IMPORT', id, 'RUNNING', 1250, 5000, now() FROM "User" WHERE email = $2`,
      [jobId, coordinator.email],
    ),
  );
  await page.goto(`/beheer/import/taak/${jobId}`);
  await expect(page.getByText("1.250 van 5.000 rijen verwerkt")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Voortgang" })).toHaveAttribute("value", "1250");
  await expect(page.locator("[aria-live=polite]")).toContainText("1.250 van 5.000 rijen verwerkt");
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(1);

  await withAppDatabase((client) =>
    client.query(
      `UPDATE "BackgroundJob" SET state = 'SUCCEEDED', done = 5000, "finishedAt" = now(),
              result = '{"rowCount":5000,"created":4000,"changed":900,"unchanged":100}' WHERE id = $1`,
      [jobId],
    ),
  );
  await expect(page.getByRole("status").filter({ hasText: "Geïmporteerd: 5.000 rijen verwerkt." })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole("list", { name: "Uitkomst van de import" })).toContainText("Gewijzigd: 900");
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await context.close();
});
