// Keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys, no mouse. Every element the
// focus lands on shows it: an outline (or ring) whose colour has a contrast of at least 3:1
// with the background behind it (the outline itself or the dark ring around it). Reaching a control takes Tab presses from where the focus
// is; a control Tab never reaches fails the test.
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { DEMO_PASSWORD } from "../prisma/seed-data.ts";

test.describe.configure({ timeout: 240_000 });

/** The focused element's outline and the colour behind it, as the browser computes them. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const parse = (color: string) => {
      const match = color.match(/rgba?\(([^)]+)\)/);
      if (!match) return null;
      const [r, g, b, a = 1] = match[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: r!, g: g!, b: b!, a: a! };
    };
    const style = getComputedStyle(element);
    let background = null;
    for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a > 0) {
        background = color;
        break;
      }
    }
    return {
      name: `<${element.tagName.toLowerCase()}> ${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outline: parse(style.outlineColor),
      // The app's focus style is two-tone: a yellow outline on a dark ring (box-shadow), so
      // that one of the two stands out on a light and on a dark background.
      ring: style.boxShadow === "none" ? null : parse(style.boxShadow),
      background: background ?? { r: 255, g: 255, b: 255, a: 1 },
    };
  });
}

function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

async function expectVisibleFocus(page: Page) {
  const focus = await focusIndicator(page);
  if (!focus) return;
  expect(focus.outlineStyle, `${focus.name}: een focusrand`).not.toBe("none");
  expect(focus.outlineWidth, `${focus.name}: een focusrand`).toBeGreaterThanOrEqual(1);
  const contrastWith = (color: { r: number; g: number; b: number }) => {
    const [light, dark] = [luminance(color), luminance(focus.background)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  };
  const contrast = Math.max(contrastWith(focus.outline!), focus.ring ? contrastWith(focus.ring) : 0);
  expect(contrast, `${focus.name}: contrast van de focusrand`).toBeGreaterThanOrEqual(3);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the focus at every stop. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Met Tab niet bereikt: ${target}`);
}

async function createAdsbAction(): Promise<{ id: string; title: string }> {
  const id = `e2e-toetsenbord-${randomUUID()}`;
  const title = `Toetsenbordtest ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Een actie voor de toetsenbordtest.', o.id,
              (SELECT id FROM "User" u WHERE u."organisationId" = o.id AND u.active ORDER BY email LIMIT 1), DATE '2023-04-01', DATE '2023-06-30', now()
         FROM "Organisation" o WHERE o.code = 'ADSB'`,
      [id, title],
    ),
  );
  return { id, title };
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/inloggen");
  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 60_000 });
}

test("met alleen het toetsenbord: inloggen, voortgang toevoegen en de status wijzigen", async ({ page }) => {
  const action = await createAdsbAction();
  await signInByKeyboard(page, demoUser("CONTRIBUTOR", "ADSB").email);
  await page.goto(`/acties/${action.id}`);

  // Voortgang toevoegen.
  const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
  await tabTo(page, progress.getByLabel("Voortgang", { exact: true }));
  await page.keyboard.type("Met het toetsenbord bijgewerkt.");
  await tabTo(page, progress.getByRole("button", { name: "Voortgang toevoegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "De voortgang is toegevoegd." })).toBeVisible();

  // The status: the select with the arrow keys, the button with Space.
  const status = page.getByRole("form", { name: "Status wijzigen" });
  await tabTo(page, status.getByLabel("Nieuwe status"));
  await page.keyboard.press("ArrowDown");
  await expect(status.getByLabel("Nieuwe status")).toHaveValue("IN_PROGRESS");
  await tabTo(page, status.getByRole("button", { name: "Status wijzigen" }));
  await page.keyboard.press("Space");
  await expect(
    page.getByRole("status").filter({ hasText: "De status is gewijzigd naar ‘In uitvoering’." }),
  ).toBeVisible();

  const row = await withAppDatabase(
    async (client) => (await client.query(`SELECT status FROM "ActionItem" WHERE id = $1`, [action.id])).rows[0],
  );
  expect(row).toEqual({ status: "IN_PROGRESS" });
});

async function createOwnCommitment(): Promise<string> {
  const id = `e2e-toetsenbord-${randomUUID()}`;
  const title = `Toetsenbordbrief ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Commitment" (id, title, "originalWording", "dueDate", origin, "originDescription", "responsibleMinister", source, "updatedAt")
       VALUES ($1, $2, 'voor het kerstreces', DATE '2023-12-15', 'DEBATE', 'Commissiedebat (e2e)', 'Staatssecretaris van Financiën', 'e2e', now())`,
      [id, title],
    ),
  );
  return title;
}

/** Moves a select's choice with the arrow keys until its label starts with `label`. */
async function arrowToOption(page: Page, select: Locator, label: string) {
  for (let presses = 0; presses < 60; presses++) {
    const chosen = await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? "");
    if (chosen.startsWith(label)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`Met de pijltjes niet gekozen: ${label}`);
}

test(
  "met alleen het toetsenbord: een deadline aanvragen en goedkeuren, een Kamerbrief maken, bewerken, ter review aanbieden en als Word downloaden",
  { tag: "@thorough" },
  async ({ page, browser }) => {
    // The Bijdrager asks for a later deadline.
    const action = await createAdsbAction();
    await signInByKeyboard(page, demoUser("CONTRIBUTOR", "ADSB").email);
    await page.goto(`/acties/${action.id}`);
    const deadline = page.getByRole("form", { name: "Deadline wijzigen" });
    await tabTo(page, deadline.getByLabel("Nieuwe deadline"));
    await page.keyboard.type("30-9-2023");
    await tabTo(page, deadline.getByLabel("Reden"));
    await page.keyboard.type("De leverancier levert later.");
    await tabTo(page, deadline.getByRole("button", { name: "Deadline wijzigen" }));
    await page.keyboard.press("Enter");
    await expect(page.locator("section[aria-labelledby=deadlinegeschiedenis]")).toContainText(
      "Openstaand verzoek: Van 30 juni 2023 naar 30 september 2023.",
    );

    // The Coördinator approves it, in a browser of their own.
    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await signInByKeyboard(coordinator, demoUser("COORDINATOR").email);
    await coordinator.goto(`/acties/${action.id}`);
    const request = coordinator.getByRole("form", { name: "Openstaand verzoek" });
    await tabTo(coordinator, request.getByRole("button", { name: "Goedkeuren" }));
    await coordinator.keyboard.press("Enter");
    await expect(coordinator.getByRole("status").filter({ hasText: "Het verzoek is goedgekeurd." })).toBeVisible();
    const row = await withAppDatabase(
      async (client) =>
        (
          await client.query(`SELECT to_char("dueDate", 'YYYY-MM-DD') AS due FROM "ActionItem" WHERE id = $1`, [
            action.id,
          ])
        ).rows[0],
    );
    expect(row).toEqual({ due: "2023-09-30" });

    // A concept-Kamerbrief for a commitment of this test's own: the select with the arrow keys.
    const commitment = await createOwnCommitment();
    await coordinator.goto("/rapportages");
    const generate = coordinator.getByRole("form", { name: "Concept-Kamerbrief maken" });
    await tabTo(coordinator, generate.getByLabel("Toezegging"));
    await arrowToOption(coordinator, generate.getByLabel("Toezegging"), commitment);
    await tabTo(coordinator, generate.getByRole("button", { name: "Concept-Kamerbrief maken" }));
    await coordinator.keyboard.press("Enter");
    await expect(coordinator).toHaveURL(/\/rapportages\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });

    // One section edited: the "Bewerken" link opens its form.
    const section = coordinator.locator("#sectie-aanleiding");
    await tabTo(coordinator, section.getByRole("link", { name: /^Bewerken/ }));
    await coordinator.keyboard.press("Enter");
    const text = section.getByLabel("Tekst", { exact: true });
    await tabTo(coordinator, text);
    await coordinator.keyboard.type(" Met het toetsenbord aangevuld. ");
    await tabTo(coordinator, section.getByRole("button", { name: "Opslaan" }));
    await coordinator.keyboard.press("Enter");
    await expect(section.getByRole("status")).toHaveText("De sectie is opgeslagen als versie 2.");

    // Offered for review.
    const panel = coordinator.getByRole("region", { name: "Volgende stap" });
    await tabTo(coordinator, panel.getByRole("button", { name: "Ter review aanbieden" }));
    await coordinator.keyboard.press("Enter");
    await expect(panel.getByRole("status")).toHaveText("De Kamerbrief is ter review aangeboden.");

    // The Word file.
    const download = coordinator.waitForEvent("download");
    await tabTo(coordinator, coordinator.getByRole("link", { name: "Downloaden als Word" }));
    await coordinator.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await context.close();
  },
);
