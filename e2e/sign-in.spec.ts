import AxeBuilder from "@axe-core/playwright";
import { test, expect, signIn } from "./fixtures";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";

const roleLabels = { READER: "Lezer", CONTRIBUTOR: "Bijdrager", COORDINATOR: "Coördinator", ADMIN: "Beheerder" } as const;

for (const user of demoUsers) {
  test(`${roleLabels[user.role]} (${user.organisation}) logt in, ziet de aanbevelingen en logt uit`, async ({ page, loginAs }) => {
    await loginAs(user);
    await expect(page).toHaveURL(/\/aanbevelingen$/);
    await expect(page.getByText(`Ingelogd als ${user.name} (${user.organisation}, ${roleLabels[user.role]})`)).toBeVisible();

    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(9); // header + 8 illustrative recommendations
    await expect(rows.nth(1)).toContainText("Stel een expliciet risicokader en risicoacceptatiebeleid vast");
    await expect(rows.nth(1)).toContainText("illustratief");
    await expect(rows.nth(1)).toContainText("FIN");

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    await page.goto("/aanbevelingen");
    await expect(page).toHaveURL(/\/inloggen/);
  });
}

test("een verkeerd wachtwoord wordt geweigerd zonder te zeggen of het account bestaat", async ({ page }) => {
  await page.goto("/inloggen");
  await signIn(page, demoUsers[0]!.email, "niet-het-wachtwoord");
  const message = page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" });
  await expect(message).toBeVisible();
  const knownAccountMessage = await message.textContent();

  await page.goto("/inloggen");
  await signIn(page, "niemand@example.org", "niet-het-wachtwoord");
  await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toHaveText(knownAccountMessage!);
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@example.org");
});

test("na vijf mislukte pogingen wordt een e-mailadres een kwartier geblokkeerd", async ({ page }) => {
  const target = `gok-${test.info().workerIndex}-${Date.now()}@example.org`;
  await page.goto("/inloggen");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, target, `gok-${attempt}`);
    // React empties the password field once the attempt has been answered.
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toBeVisible();
  }
  await signIn(page, target, "gok-6");
  await expect(page.getByRole("alert").filter({ hasText: "Probeer het over 15 minuten opnieuw." })).toBeVisible();
});

test("lege velden krijgen een melding bij het veld", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByText("Vul uw e-mailadres in.")).toBeVisible();
  await expect(page.getByText("Vul uw wachtwoord in.")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
});

test("een anonieme bezoeker komt op de inlogpagina en na inloggen terug", async ({ page }) => {
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Faanbevelingen/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await signIn(page, demoUsers[0]!.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/aanbevelingen$/);
});

test("de toegankelijkheidsverklaring is zonder inloggen te lezen", async ({ page }) => {
  await page.goto("/toegankelijkheid");
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
});

test("de demo toont de peildatum", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByText("Demo — peildatum 3 april 2023")).toBeVisible();
});

test("inloggen en aanbevelingen hebben geen toegankelijkheidsfouten (WCAG 2.1 AA)", async ({ page, loginAs }) => {
  await page.goto("/inloggen");
  const signInScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(signInScan.violations).toEqual([]);

  await loginAs(demoUsers[0]!);
  const listScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(listScan.violations).toEqual([]);
});

test("de eerste tab geeft een zichtbare link naar de inhoud", async ({ page }) => {
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
});
