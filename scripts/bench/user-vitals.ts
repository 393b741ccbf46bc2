// The bench's step "as a user feels it" (web-vitals.ts), kept apart from main.ts: which pages,
// and switching it off with BENCH_VITALS=0 (it starts Chromium and takes about a minute).
import type { Measurement } from "./measure.ts";
import { checkStaticCaching, measureWebVitals, printWebVitals } from "./web-vitals.ts";
import { describeError } from "../lib/report-error.ts";

/** The dashboard, the action list, an action and a letter: the pages people wait on most. */
const PAGES: { match: (path: string) => boolean; label: string }[] = [
  { match: (path) => path === "/", label: "dashboard" },
  { match: (path) => path === "/acties", label: "actielijst" },
  { match: (path) => /^\/acties\/gen-action-\d+$/.test(path), label: "een actie" },
  { match: (path) => /^\/rapportages\/[^/]+$/.test(path), label: "een Kamerbrief" },
];

export async function measureUserVitals(options: {
  baseUrl: string;
  cookie: string;
  measurements: Measurement[];
  signal: AbortSignal;
}): Promise<void> {
  if (["0", "false"].includes(process.env.BENCH_VITALS?.trim().toLowerCase() ?? "")) return;
  const targets = PAGES.flatMap(({ match, label }) => {
    const measured = options.measurements.find((m) => match(m.target.path));
    return measured ? [{ path: measured.target.path, label }] : [];
  });
  if (targets.length === 0) return;
  console.log("\nLCP en TBT meten in Chromium…");
  try {
    const vitals = await measureWebVitals({
      baseUrl: options.baseUrl,
      targets,
      cookie: options.cookie,
      signal: options.signal,
    });
    const caching = await checkStaticCaching(options.baseUrl, "/", options.cookie);
    printWebVitals(vitals, options.measurements, caching);
  } catch (error) {
    if (options.signal.aborted) throw error;
    // No Chromium on this machine, or a page that would not load: the load figures above still stand.
    console.error(`LCP/TBT niet gemeten: ${describeError(error)}`);
  }
}
