// Full-page screenshots at 1280 and 400 px wide for a person to look at, taken only when
// asked for: SHOTS=1 npx playwright test e2e/<spec>.ts. They land in SHOTS_DIR (default
// test-results/shots). Nothing is asserted: looking is the point.
import path from "node:path";
import type { Page } from "@playwright/test";

export async function shootWhenAsked(page: Page, name: string): Promise<void> {
  if (!process.env.SHOTS) return;
  const folder = process.env.SHOTS_DIR ?? path.join("test-results", "shots");
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    // Let the page lay itself out at the new width before the full-page capture.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(viewport);
}
