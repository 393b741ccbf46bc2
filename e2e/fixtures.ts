// Playwright fixtures: the base URL from the global set-up and `loginAs(role)`.
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";

export type DemoUser = (typeof demoUsers)[number];

export function demoUser(role: DemoUser["role"], organisation?: DemoUser["organisation"]): DemoUser {
  const user = demoUsers.find((candidate) => candidate.role === role && (!organisation || candidate.organisation === organisation));
  if (!user) throw new Error(`Geen demo-account met rol ${role}${organisation ? ` bij ${organisation}` : ""}`);
  return user;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

type Fixtures = { loginAs: (user: DemoUser) => Promise<void> };

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  loginAs: async ({ page }, use) => {
    await use(async (user) => {
      await page.goto("/inloggen");
      await signIn(page, user.email, DEMO_PASSWORD);
      await expect(page.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();
    });
  },
});

export { expect };
