// Lighthouse (desktop preset) on a few pages of the running bench app: performance,
// accessibility and best practices, each 0–100, printed as one table. Runs in Debian's
// Chromium (or Playwright's) with the project's flags, started here with a DevTools port;
// a signed-in page gets the session cookie as an extra header. Lighthouse 12 is the last
// major that runs on Node 20 (13 needs 22).
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromium } from "@playwright/test";
import { findChromium } from "../../lib/browser/find-chromium.ts";
import { CHROMIUM_FLAGS } from "../../lib/chromium-flags.ts";
import { getFreePort } from "../lib/ports.ts";

export type LighthouseTarget = { path: string; label: string; cookie?: string };
export type LighthouseScores = {
  target: LighthouseTarget;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** What kept accessibility or best practices below 100: the failing audits' ids. */
  failing: string[];
};

/** The goals the scores are read against (not asserted: the machines are shared and noisy). */
export const LIGHTHOUSE_GOALS = { performance: 95, accessibility: 100, bestPractices: 100 };

const CATEGORIES = ["performance", "accessibility", "best-practices"];

export async function runLighthouse(baseUrl: string, targets: LighthouseTarget[]): Promise<LighthouseScores[]> {
  const port = await getFreePort();
  const found = await findChromium();
  if (!found.found) throw new Error(`Geen Chromium voor Lighthouse: ${found.reason}.`);
  const browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const target of targets) {
      const result = await lighthouse(
        `${baseUrl}${target.path}`,
        {
          port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
          extraHeaders: target.cookie ? { cookie: target.cookie } : undefined,
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${target.path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = ["accessibility", "best-practices"].flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      scores.push({
        target,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        failing,
      });
    }
    return scores;
  } finally {
    await browser.close();
  }
}

export function printLighthouse(scores: LighthouseScores[]): void {
  const goals = LIGHTHOUSE_GOALS;
  console.log(
    `\nLighthouse (desktop): prestaties (doel ≥ ${goals.performance}), toegankelijkheid (doel ${goals.accessibility}), best practices (doel ${goals.bestPractices})`,
  );
  console.log(
    `${"pagina".padEnd(44)} ${"prest.".padStart(6)} ${"toeg.".padStart(6)} ${"best.".padStart(6)}  onder het doel`,
  );
  for (const { target, performance, accessibility, bestPractices, failing } of scores) {
    const below = [
      performance < goals.performance ? "prestaties" : "",
      accessibility < goals.accessibility || bestPractices < goals.bestPractices ? failing.join(", ") : "",
    ]
      .filter(Boolean)
      .join("; ");
    console.log(
      `${target.label.slice(0, 44).padEnd(44)} ${String(performance).padStart(6)} ${String(accessibility).padStart(6)} ${String(bestPractices).padStart(6)}  ${below || "—"}`,
    );
  }
}
