import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./lib/browser/find-chromium.ts";
import { CHROMIUM_FLAGS } from "./lib/chromium-flags.ts";

// The app server that the global set-up starts finds its own Chromium for the PDF printer:
// give it the same unpacked copy (it runs from .next/standalone, whose node_modules each
// build replaces).
process.env.CHROMIUM_CACHE_DIR ??= path.resolve("node_modules", ".cache", "opvolging-chromium");

// CHROMIUM_PATH, the system's Chromium, else the npm package's (lib/browser/find-chromium.ts).
const browser = await findChromium();
if (!browser.found) throw new Error(`Geen Chromium voor de end-to-end-tests: ${browser.reason}.`);

// The global set-up builds the app, starts it on a fresh database and a free port, and
// puts the address in E2E_BASE_URL for the workers.
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Playwright empties its outputDir at start: keep it apart from the JSON summaries
  // that scripts/test.ts reads (vitest's is written to test-results/ before this runs).
  outputDir: "test-results/e2e-artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browser.path, args: [...CHROMIUM_FLAGS] },
      },
    },
  ],
});
