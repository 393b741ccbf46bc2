// Lighthouse (desktop preset) on a few pages of the running bench app: performance,
// accessibility and best practices, each 0–100, printed as one table, then what each failing
// accessibility or best-practices audit names (the element, resource or message). Runs in Debian's
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
  /** The same audits with their titles and the first elements or resources each names. */
  details: FailingAudit[];
};

export type FailingAudit = { id: string; title: string; items: string[] };

/** Items per failing audit kept in `details`: enough to find the element, not a report. */
const ITEMS_PER_AUDIT = 5;

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
      const details = failing.map((id) => ({
        id,
        title: audits[id]?.title ?? id,
        items: itemsOf(audits[id]?.details).slice(0, ITEMS_PER_AUDIT),
      }));
      scores.push({
        target,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        failing,
        details,
      });
    }
    return scores;
  } finally {
    await browser.close();
  }
}

/** One line per item of an audit's table: the element (selector and snippet), else the resource or message. */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.map((item) => {
    const row = item as Record<string, unknown>;
    const node = row.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
    if (node) return [node.selector, node.snippet, node.explanation].filter(Boolean).join(" · ");
    return ["url", "source", "description", "value"]
      .map((key) => row[key])
      .filter((value) => value !== undefined && value !== null)
      .map((value) => (typeof value === "string" ? value : JSON.stringify(value)))
      .join(" · ");
  });
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
  // What to fix: the elements (or resources) each failing audit names.
  for (const { target, details } of scores) {
    for (const audit of details) {
      console.log(`\n${target.label}: ${audit.id} (${audit.title})`);
      for (const item of audit.items) console.log(`  - ${item}`);
    }
  }
}
