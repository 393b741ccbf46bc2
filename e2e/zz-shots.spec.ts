// Temporary: screenshots of the new pages for a person to look at (removed after).
import type { Page } from "@playwright/test";
import { test, expect, demoUser } from "./fixtures";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 300_000 });

async function shoot(page: Page, name: string) {
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `/work/shots/s8-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("screenshots", async ({ page, loginAs }) => {
  const problems = await watchBrowserProblems(page);
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/kamerbrieven");
  const form = page.getByRole("form", { name: "Concept-Kamerbrief maken" });
  await form.getByLabel("Toezegging").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Concept-Kamerbrief maken" }).click();
  await expect(page).toHaveURL(/\/kamerbrieven\/[A-Za-z0-9_-]+$/);
  const letter = page.url();
  await shoot(page, "brief");
  const aanleiding = page.locator("#sectie-aanleiding");
  await aanleiding.getByText("Bewerken").click();
  const body = aanleiding.getByLabel("Tekst", { exact: true });
  await body.fill(`${await body.inputValue()}\n\nEen **aanvulling** voor de schermafbeelding.`);
  await aanleiding.getByRole("button", { name: "Opslaan" }).click();
  await expect(aanleiding.getByRole("status")).toBeVisible();
  await aanleiding.getByText("Bewerken").click();
  await page.waitForTimeout(300);
  await shoot(page, "editor");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als Word" }).click();
  await (await download).saveAs("/work/shots/s8-letter.docx");
  const pdf = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als PDF" }).click();
  await (await pdf).saveAs("/work/shots/s8-letter.pdf");
  await page.goto(`${letter}/versies`);
  await shoot(page, "versies");
  await page.goto(`${letter}/wijzigingen`);
  await shoot(page, "wijzigingen");
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(letter);
  await page.screenshot({ path: "/work/shots/s8-brief-forced.png", fullPage: false });
  await page.emulateMedia({ forcedColors: "none" });
  await page.goto("/kamerbrieven");
  await shoot(page, "lijst");
  await page.goto("/beheer/import");
  await shoot(page, "import");
  await page.goto("/profiel");
  await shoot(page, "profiel");
  await page.goto("/api");
  await shoot(page, "api");
  await page.goto("/");
  await shoot(page, "dashboard");
  expect(problems.list({})).toEqual([]);
});

test("screenshots beheerder", async ({ page, loginAs }) => {
  await loginAs(demoUser("ADMIN"));
  await page.goto("/beheer/back-up");
  await shoot(page, "back-up");
  await page.goto("/beheer/gebruikers");
  await shoot(page, "gebruikers");
});
