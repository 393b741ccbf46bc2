// The Beheerder's minimal user pages: the list, one user's OIDC links and sign-in events.
import { test, expect, demoUser, signIn, createUser, withAppDatabase } from "./fixtures";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

test("de beheerder ziet Beheer, de gebruikers en de inloggebeurtenissen van een gebruiker", async ({ page, loginAs }) => {
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "BZ" });
  // A failed attempt at this user's address, to be seen on the user page.
  await page.goto("/inloggen");
  await signIn(page, user.email, "verkeerd");
  await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toBeVisible();

  await loginAs(demoUser("ADMIN"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toContainText("Bijdrager");
  await expect(row).toContainText("BZ");
  await expect(row).toContainText("Actief");
  await row.getByRole("link", { name: user.name }).click();

  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  const events = page.getByRole("region", { name: "De laatste inloggebeurtenissen van deze gebruiker, nieuwste eerst" });
  await expect(events.getByRole("row").filter({ hasText: "Inloggen mislukt" })).toContainText("verkeerd wachtwoord, vanaf 127.0.0.1");
});

test("de beheerder verwijdert een OIDC-koppeling", async ({ page, loginAs }) => {
  const user = await createUser();
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Account" (id, "userId", type, provider, issuer, "providerAccountId", "updatedAt") VALUES ($1, $2, 'oidc', 'oidc', 'https://idp.example', $3, now())`,
      [`acc-${user.id}`, user.id, `sub-${user.id}`],
    ),
  );
  await loginAs(demoUser("ADMIN"));
  await page.goto(`/beheer/gebruikers/${user.id}`);
  const links = page.getByRole("region", { name: "Gekoppelde identiteiten met uitgever, subject en datum van koppeling" });
  await expect(links).toContainText("https://idp.example");
  await expect(links).toContainText(`sub-${user.id}`);
  await links.getByRole("button", { name: "Koppeling met https://idp.example verwijderen" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De koppeling is verwijderd." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Gekoppelde identiteiten met uitgever, subject en datum van koppeling" })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "Koppeling verwijderd" })).toBeVisible();
  expect(await withAppDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "Account" WHERE "userId" = $1`, [user.id])).rows[0].n)).toBe(0);
});

test("een ander dan de beheerder ziet geen Beheer en wordt op de server geweigerd", async ({ page, loginAs }) => {
  await loginAs(demoUser("COORDINATOR"));
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" })).toHaveCount(0);
  await page.goto("/beheer/gebruikers");
  await expect(page.getByRole("alert").filter({ hasText: "Alleen een beheerder kan gebruikers beheren." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
