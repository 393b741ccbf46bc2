// Kamerbrieven, generating: the Coördinator makes a concept for the seeded commitment and lands
// on the letter's page (its h1 and the "Brief" tab); a Lezer sees no generate form and no
// concept in the list.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const COMMITMENT = "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023";
const LETTER_TITLE = `Voortgang opvolging aanbevelingen — ${COMMITMENT}`;

const shoot = (page: Page, name: string) => shootWhenAsked(page, `kamerbrieven-${name}`);

test("de Coördinator maakt een concept-Kamerbrief voor de toezegging en komt op de pagina van de brief", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/rapportages");
  await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
  const form = page.getByRole("form", { name: "Concept-Kamerbrief maken" });
  await expect(form).toBeVisible();
  await shoot(page, "lijst-leeg");

  // Without a choice: the error sits next to the field, nothing is made.
  await form.getByRole("button", { name: "Concept-Kamerbrief maken" }).click();
  await expect(form.getByLabel("Toezegging")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Kies de toezegging waarover de brief rapporteert.");

  const select = form.getByLabel("Toezegging");
  // Open commitments first, each with its status and term.
  await expect(select.locator("option").nth(1)).toHaveText(`${COMMITMENT} (open, termijn 7 juli 2023)`);
  await select.selectOption({ label: `${COMMITMENT} (open, termijn 7 juli 2023)` });
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await form.getByRole("button", { name: "Concept-Kamerbrief maken" }).click();

  await expect(page).toHaveURL(/\/rapportages\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: LETTER_TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Brief", exact: true })).toBeVisible();
  await expect(page.getByText("concept", { exact: true }).first()).toBeVisible();

  await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Rapportages" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: LETTER_TITLE }) });
  await expect(row.first()).toContainText("concept");
  await expect(row.first()).toContainText(COMMITMENT);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "lijst");
});

test("een Lezer ziet geen formulier en geen concept", async ({ page, loginAs }) => {
  await loginAs(demoUser("READER"));
  await page.goto("/rapportages");
  await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Concept-Kamerbrief maken" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Concept-Kamerbrief maken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: LETTER_TITLE })).toHaveCount(0);
  await expect(page.getByText("concept", { exact: true })).toHaveCount(0);
  // Other specs put letters in review at the same time (workers run in parallel), so the list
  // need not be empty: what matters is that no concept is in it.
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "lezer");
});
