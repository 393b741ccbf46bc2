// The dashboard (/): the seeded overdue action, the organisation filter, readiness that
// shrinks after a progress update, and the commitment "voor de zomer van 2023" with its date.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ timeout: 90_000 });

const shoot = (page: Page, name: string) => shootWhenAsked(page, `dashboard-${name}`);

/** An ADSB action of this test alone, under a recommendation of the open commitment, due tomorrow, without updates. */
async function createReadinessAction(): Promise<{ id: string; title: string }> {
  const id = `e2e-dash-${randomUUID()}`;
  const title = `Gereedheidstest ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT cr."recommendationId" FROM "CommitmentRecommendation" cr JOIN "Commitment" c ON c.id = cr."commitmentId"
                    WHERE c."seedKey" = 'toezegging-kamerbrief-implementatie-zomer-2023' ORDER BY cr."recommendationId" LIMIT 1),
              $2, 'Een actie voor de end-to-endtest van het dashboard.', o.id,
              (SELECT id FROM "User" u WHERE u."organisationId" = o.id AND u.active ORDER BY email LIMIT 1), DATE '2023-01-01', DATE '2023-04-04', now()
         FROM "Organisation" o WHERE o.code = 'ADSB'`,
      [id, title],
    ),
  );
  return { id, title };
}

test("het dashboard toont de te late actie en de toezegging, en het organisatiefilter versmalt", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("READER"));
  await expect(page).toHaveURL(/\/$/);
  const overdue = page.getByRole("table", { name: "Te late acties en toezeggingen, oudste eerst" });
  await expect(overdue.getByRole("row").filter({ hasText: "Beleidsregel over eerdere veroordelingen" })).toContainText(
    "34 dagen",
  );
  await expect(overdue.getByRole("row").filter({ hasText: "Beleidsregel over eerdere veroordelingen" })).toContainText(
    "te laat",
  );

  const next = page.getByRole("region", { name: "Volgende rapportagemoment aan de Kamer" });
  await expect(next).toContainText("Voor de zomer van 2023");
  await expect(next).toContainText("7 juli 2023");
  await expect(next).toContainText("nog 95 dagen");
  await shoot(page, "alle");

  await page.getByRole("search", { name: "Dashboard filteren" }).getByLabel("Organisatie").selectOption("ADSB");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/organisatie=ADSB/);
  await expect(overdue.getByRole("row").filter({ hasText: "Beleidsregel over eerdere veroordelingen" })).toHaveCount(0);
  await expect(overdue.getByRole("row").filter({ hasText: "Steekproefsgewijze dossiercontrole" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Aantal acties per organisatie en status" }).getByRole("row"),
  ).toHaveCount(2);
  await shoot(page, "adsb");
});

test("de gereedheidslijst krimpt na een voortgangsupdate van de ADSB-bijdrager", async ({ page, loginAs }) => {
  const action = await createReadinessAction();
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto("/?organisatie=ADSB");
  const missing = page.getByRole("table", { name: "Open acties zonder voortgangsupdate sinds de vorige Kamerbrief" });
  const figure = page
    .getByRole("region", { name: "Volgende rapportagemoment aan de Kamer" })
    .locator("#dashboard-gereedheid");
  const before = await figure.textContent();
  await missing.getByRole("link", { name: action.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: action.title })).toBeVisible();

  const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
  await progress.getByLabel("Voortgang", { exact: true }).fill("Eerste stap gezet voor de Kamerbrief.");
  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De voortgang is toegevoegd." })).toBeVisible();

  await page.goto("/?organisatie=ADSB");
  await expect(missing.getByRole("link", { name: action.title })).toHaveCount(0);
  await expect(figure).not.toHaveText(before ?? "");
});
