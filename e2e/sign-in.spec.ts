import AxeBuilder from "@axe-core/playwright";
import { test, expect, signIn, signInAs, createUser, withAppDatabase } from "./fixtures";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

const roleLabels = {
  READER: "Lezer",
  CONTRIBUTOR: "Bijdrager",
  COORDINATOR: "Coördinator",
  ADMIN: "Beheerder",
} as const;

// npm test signs in two roles; the other four are tagged @thorough (scripts/test-thorough.ts).
const signedInEveryRun = (user: (typeof demoUsers)[number]) =>
  user.role === "COORDINATOR" || (user.role === "CONTRIBUTOR" && user.organisation === "ADSB");

for (const user of demoUsers) {
  test(
    `${roleLabels[user.role]} (${user.organisation}) logt in, komt op het dashboard en ziet de aanbevelingen`,
    {
      tag: signedInEveryRun(user) ? [] : ["@thorough"],
    },
    async ({ page, loginAs }) => {
      await loginAs(user);
      await expect(page).toHaveURL(/\/$/);
      await page.goto("/aanbevelingen");
      await expect(
        page.getByText(`Ingelogd als ${user.name} (${user.organisation}, ${roleLabels[user.role]})`),
      ).toBeVisible();

      // One table per evaluation: the ekv evaluation's has a header and 8 illustrative recommendations.
      const rows = page
        .getByRole("table", { name: /^Aanbevelingen uit ‘Evaluatie van het anti-omkopingsbeleid/ })
        .getByRole("row");
      await expect(rows).toHaveCount(9);
      await expect(rows.nth(1)).toContainText("Stel een expliciet risicokader en risicoacceptatiebeleid vast");
      await expect(rows.nth(1)).toContainText("illustratief");
      await expect(rows.nth(1)).toContainText("FIN");
    },
  );
}

// With a user of its own: signing out ends every session of that user (sessionVersion),
// which would sign out parallel tests using the same demo account.
test("uitloggen brengt naar de inlogpagina en de sessie werkt daarna niet meer", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen/);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});

test(
  "een verkeerd wachtwoord wordt geweigerd zonder te zeggen of het account bestaat",
  { tag: "@thorough" },
  async ({ page }) => {
    // Its own user: a wrong password raises the throttle counter of the address.
    const user = await createUser();
    await page.goto("/inloggen");
    await signIn(page, user.email, "niet-het-wachtwoord");
    const message = page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" });
    await expect(message).toBeVisible();
    const knownAccountMessage = await message.textContent();

    await page.goto("/inloggen");
    await signIn(page, "niemand@example.org", "niet-het-wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toHaveText(
      knownAccountMessage!,
    );
    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@example.org");
  },
);

test(
  "na vijf mislukte pogingen wordt een account een kwartier geblokkeerd, ook voor het juiste wachtwoord",
  { tag: "@thorough" },
  async ({ page }) => {
    const user = await createUser();
    await page.goto("/inloggen");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, user.email, `gok-${attempt}`);
      // React empties the password field once the attempt has been answered.
      await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
      await expect(
        page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" }),
      ).toBeVisible();
    }
    await signIn(page, user.email, user.password);
    await expect(page.getByRole("alert").filter({ hasText: "Probeer het over 15 minuten opnieuw." })).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen/);
  },
);

test("het adres van de bezoeker komt van de verbinding, niet uit een meegestuurde X-Forwarded-For", async ({
  page,
}) => {
  const user = await createUser();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.9" });
  await page.goto("/inloggen");
  await signIn(page, user.email, "fout-wachtwoord");
  await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toBeVisible();
  const recorded = await withAppDatabase(async (client) => {
    const result = await client.query<{ address: string }>(
      `SELECT after->>'clientAddress' AS address FROM "AuditEvent" WHERE kind = 'SIGN_IN_FAILED' AND "entityId" = $1`,
      [user.email],
    );
    return result.rows.map((row) => row.address);
  });
  expect(recorded).toEqual(["127.0.0.1"]);
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

test(
  "inloggen en aanbevelingen hebben geen toegankelijkheidsfouten (WCAG 2.1 AA)",
  { tag: "@thorough" },
  async ({ page, loginAs }) => {
    await page.goto("/inloggen");
    const signInScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(signInScan.violations).toEqual([]);

    await loginAs(demoUsers[0]!);
    const listScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(listScan.violations).toEqual([]);
  },
);

test("de eerste tab geeft een zichtbare link naar de inhoud", async ({ page }) => {
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
});
