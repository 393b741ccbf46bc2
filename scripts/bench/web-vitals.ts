// The bench as a user feels it: Largest Contentful Paint and Total Blocking Time of a few
// signed-in pages in Chromium, on a slow laptop and office link (4× CPU slowdown through
// Emulation.setCPUThrottlingRate, 10 Mbit/s through Network.emulateNetworkConditions),
// printed beside each page's throughput ratio and p95 under load from the same run. Also
// checks that the build's static files are served as immutable, long-cached.
//
// TBT here is the lab measure's usual approximation: the part over 50 ms of every long
// task from First Contentful Paint until the page has been quiet for QUIET_MS after its
// load event. Each page is loaded RUNS times in a fresh context (empty cache, as a first
// visit); the median counts.
import { chromium, type Browser } from "@playwright/test";
import { percentile } from "./load.ts";
import type { Measurement } from "./measure.ts";
import { findChromium } from "../../lib/browser/find-chromium.ts";
import { CHROMIUM_FLAGS } from "../../lib/chromium-flags.ts";

export const CPU_SLOWDOWN = 4;
export const LINK_MBIT_PER_SECOND = 10;
const LINK_LATENCY_MS = 20;
const RUNS = 3;
const QUIET_MS = 2_000;

export type VitalsTarget = { path: string; label: string };
export type PageVitals = { path: string; label: string; lcpMs: number; tbtMs: number; runs: number };
export type StaticCaching = { file: string; cacheControl: string | null; immutable: boolean };

/** Runs in the page before its own scripts: collects paint and long-task entries. */
const OBSERVER_SCRIPT = `
  window.__vitals = { lcp: 0, fcp: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__vitals.lcp = entry.renderTime || entry.loadTime || entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") window.__vitals.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__vitals.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
`;

type Collected = { lcp: number; fcp: number; longTasks: [number, number][] };

/** Cookie header ("a=1; b=2") → Playwright cookies for the app's origin. */
function cookiesFor(baseUrl: string, header: string) {
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    });
}

async function loadOnce(browser: Browser, baseUrl: string, path: string, cookie: string): Promise<Collected> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addCookies(cookiesFor(baseUrl, cookie));
    await context.addInitScript(OBSERVER_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await cdp.send("Network.enable");
    const bytesPerSecond = (LINK_MBIT_PER_SECOND * 1_000_000) / 8;
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LINK_LATENCY_MS,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 120_000 });
    if (!response || response.status() !== 200) throw new Error(`${path} gaf status ${response?.status()}`);
    if (new URL(page.url()).pathname === "/inloggen") throw new Error(`${path} stuurde door naar /inloggen`);
    // Quiet: no new long task for QUIET_MS (bounded, so a page that never settles still ends).
    let seen = -1;
    for (let waited = 0; waited < 30_000; waited += QUIET_MS) {
      await page.waitForTimeout(QUIET_MS);
      const count = await page.evaluate(() => (window as unknown as { __vitals: Collected }).__vitals.longTasks.length);
      if (count === seen) break;
      seen = count;
    }
    return await page.evaluate(() => (window as unknown as { __vitals: Collected }).__vitals);
  } finally {
    await context.close();
  }
}

function totalBlockingTime({ fcp, longTasks }: Collected): number {
  return longTasks
    .filter(([start, duration]) => start + duration > fcp)
    .reduce((total, [start, duration]) => {
      const blocking = start >= fcp ? duration - 50 : start + duration - fcp - 50;
      return total + Math.max(0, blocking);
    }, 0);
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** LCP and TBT (medians of RUNS loads) of each target, signed in with `cookie`. */
export async function measureWebVitals(options: {
  baseUrl: string;
  targets: VitalsTarget[];
  cookie: string;
  signal: AbortSignal;
}): Promise<PageVitals[]> {
  const found = await findChromium();
  if (!found.found) throw new Error(`Geen Chromium voor de metingen in de browser: ${found.reason}.`);
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_FLAGS] });
  try {
    const results: PageVitals[] = [];
    for (const target of options.targets) {
      const runs: Collected[] = [];
      for (let run = 0; run < RUNS; run++) {
        options.signal.throwIfAborted();
        runs.push(await loadOnce(browser, options.baseUrl, target.path, options.cookie));
      }
      results.push({
        ...target,
        lcpMs: median(runs.map((collected) => collected.lcp)),
        tbtMs: median(runs.map(totalBlockingTime)),
        runs: runs.length,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The Cache-Control of the first /_next/static script on `path`: long-lived and immutable, or not. */
export async function checkStaticCaching(baseUrl: string, path: string, cookie: string): Promise<StaticCaching> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).text();
  const file = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  if (!file) throw new Error(`geen /_next/static-script op ${path}`);
  const response = await fetch(`${baseUrl}${file}`);
  await response.body?.cancel();
  const cacheControl = response.headers.get("cache-control");
  const maxAge = Number(/max-age=(\d+)/.exec(cacheControl ?? "")?.[1] ?? 0);
  return { file, cacheControl, immutable: /\bimmutable\b/.test(cacheControl ?? "") && maxAge >= 31_536_000 };
}

/** The table: each page's LCP and TBT beside its throughput ratio and p95 from the load measurements. */
export function printWebVitals(vitals: PageVitals[], measurements: Measurement[], caching?: StaticCaching): void {
  const baseline = measurements[0];
  const rate = (m: Measurement) => m.load.requests / (m.load.elapsedMs / 1000);
  console.log(
    `\nZoals een gebruiker het merkt (Chromium, ${CPU_SLOWDOWN}× tragere CPU, ${LINK_MBIT_PER_SECOND} Mbit/s, ingelogd als Coördinator; mediaan van ${RUNS} keer laden met lege cache):`,
  );
  const rows = vitals.map((page) => {
    const m = measurements.find((candidate) => candidate.target.path === page.path);
    const sorted = m ? [...m.load.latenciesMs].sort((a, b) => a - b) : [];
    return [
      page.path,
      m && baseline ? `${(rate(m) / rate(baseline)).toFixed(2)}×` : "-",
      m ? `${percentile(sorted, 0.95).toFixed(0)} ms` : "-",
      `${page.lcpMs.toFixed(0)} ms`,
      `${page.tbtMs.toFixed(0)} ms`,
      page.label,
    ];
  });
  const header = ["pagina", "t.o.v. basis", "p95 (10 verb.)", "LCP", "TBT", ""];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === 5 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ");
  console.log([line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n"));
  if (caching)
    console.log(
      `Statische bestanden (${caching.file}): Cache-Control "${caching.cacheControl ?? "geen"}" — ${caching.immutable ? "onveranderlijk, een jaar in de cache" : "NIET onveranderlijk gecachet"}.`,
    );
}
