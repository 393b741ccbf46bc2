// The Logboek: the Coördinator filters the audit trail by kind of change and exports the
// selection as CSV (which is itself recorded); a Bijdrager may not see it.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ timeout: 90_000 });

const shoot = (page: Page, name: string) => shootWhenAsked(page, `logboek-${name}`);

test("de coördinator filtert het logboek op soort wijziging en exporteert de selectie als CSV", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("COORDINATOR"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Logboek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
  const table = page.getByRole("region", { name: /^Gebeurtenissen in het logboek/ });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await shoot(page, "alles");
  // The people to filter on stand under their organisation's name.
  const person = page.getByLabel("Persoon", { exact: true });
  await expect(
    person.locator('optgroup[label="Ministerie van Financiën"] > option', { hasText: /^Sanne de Vries$/ }),
  ).toHaveCount(1);

  await page.getByLabel("Soort wijziging", { exact: true }).selectOption({ label: "Ingelogd" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/[?&]soort=SIGN_IN_SUCCEEDED(&|$)/);
  await expect(page.getByLabel("Soort wijziging", { exact: true })).toHaveValue("SIGN_IN_SUCCEEDED");
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("Ingelogd");
  // Every row is a sign-in; the Coördinator's own among them, by name and organisation.
  const kinds = await rows.locator("td:nth-child(3)").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Ingelogd"]));
  await expect(rows.filter({ hasText: "Sanne de Vries (FIN)" }).first()).toBeVisible();
  expect(
    await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);
  await shoot(page, "ingelogd");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^logboek-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.split("\r\n").filter(Boolean);
  expect(header).toMatch(/^Tijdstip \(Nederlandse tijd\);Persoon;Organisatie;Soort wijziging;Code soort wijziging;/);
  expect(lines.length).toBeGreaterThanOrEqual(kinds.length);
  for (const line of lines) expect(line).toContain(";Ingelogd;SIGN_IN_SUCCEEDED;");

  // The export is in the trail, with its filter.
  const exported = await withAppDatabase(
    async (client) =>
      (
        await client.query(
          `SELECT e.after FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e.kind = 'EXPORTED' AND u.email = $1 ORDER BY e."occurredAt" DESC LIMIT 1`,
          [demoUser("COORDINATOR").email],
        )
      ).rows[0],
  );
  expect(exported?.after).toMatchObject({ format: "csv", filters: { soort: "SIGN_IN_SUCCEEDED" } });
  await page.getByLabel("Soort wijziging", { exact: true }).selectOption({ label: "Geëxporteerd" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(rows.nth(1)).toContainText("Geëxporteerd");
  await expect(rows.nth(1)).toContainText("Soort wijziging: Ingelogd");
});

test("een verkeerde datum wordt bij het veld gemeld en de andere filters blijven gelden", async ({ page, loginAs }) => {
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/logboek?soort=SIGN_IN_SUCCEEDED&van=2023-02-30");
  await expect(page.getByRole("alert").filter({ hasText: "Een of meer filters zijn niet toegepast" })).toBeVisible();
  await expect(page.getByLabel("Van", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Vul een bestaande datum in")).toBeVisible();
  await expect(page.getByLabel("Soort wijziging", { exact: true })).toHaveValue("SIGN_IN_SUCCEEDED");
});

test("een bijdrager ziet geen Logboek en wordt op de server geweigerd, ook bij de export", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await expect(
    page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Logboek" }),
  ).toHaveCount(0);
  const refused = await page.goto("/logboek");
  expect(refused?.status()).toBe(403);
  await expect(page).toHaveTitle(/^Logboek/);
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Filteren" })).toHaveCount(0);
  const response = await page.request.get("/logboek/export");
  expect(response.status()).toBe(403);
});
