// The heavy operations under a burst: twenty requests at once at each of the Word download
// (a version's first download, when the file is made, and a stored version), the calendar
// feed (.ics, a full poll), the backup download and the import's start (Importeren with a
// 5,000-row spreadsheet, as a browser without JavaScript posts the form). For each: how many
// were served, how many refused as busy (503 with Retry-After) or by the operation's own
// rule (a second import while one runs), the p95 of the answers, and the server's peak
// resident memory during the burst (VmRSS of its process, worker threads included, sampled
// every 20 ms). Then the import that started is followed through the job queue to its end:
// the time from Importeren to the last row written.
//
// Part of `npm run bench` (main.ts, BENCH_HEAVY=0 skips it). Load only to 127.0.0.1: the
// production app the bench started. Nothing here asserts a figure; it only measures.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { importWorkbookBytes, testRow } from "../../test/fixtures/import-files.ts";
import { percentile } from "./load.ts";
import type { SignedInRole } from "./measure.ts";

export const HEAVY_CONCURRENCY = 20;
/** The import file: 5,000 new actions under 50 new recommendations, the import's row limit. */
export const IMPORT_ROWS = 5_000;
const REQUEST_TIMEOUT_MS = 300_000;
const JOB_TIMEOUT_MS = 900_000;

export type HeavyContext = {
  baseUrl: string;
  /** The production server's process: its memory is sampled. */
  serverPid: number;
  cookies: Record<Exclude<SignedInRole, "CONTRIBUTOR">, string>;
  /** The database as its owner: renderings are cleared and the job is followed here. */
  ownerUrl: string;
  letterId: string;
  feedToken: string;
  signal: AbortSignal;
};

type Kind = "served" | "busy" | "refused" | "failed";
type Outcome = { kind: Kind; status: number; ms: number; bytes: number; detail?: string };

export type HeavyResult = {
  label: string;
  outcomes: Outcome[];
  /** Resident memory of the server before the burst and its peak during it, MB. */
  rssBeforeMb: number;
  rssPeakMb: number;
  wallMs: number;
};

export type ImportJobTiming = { rows: number; fileKb: number; state: string; seconds: number; error?: string };

export type HeavyFigures = { bursts: HeavyResult[]; importJob: ImportJobTiming | null };

/** Resident memory of a process in MB (Linux /proc); NaN elsewhere. */
function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples the process's resident memory until stopped; gives the peak. */
function sampleRss(pid: number): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (!(now <= peak)) peak = Number.isNaN(peak) ? now : Math.max(peak, now);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid));
  };
}

/** Fires `HEAVY_CONCURRENCY` requests at once, each read to its last byte. */
async function burst(
  label: string,
  context: HeavyContext,
  request: (index: number) => Promise<Response>,
  classify: (response: Response, body: string) => Kind,
): Promise<HeavyResult> {
  const rssBeforeMb = rssMb(context.serverPid);
  const stop = sampleRss(context.serverPid);
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: HEAVY_CONCURRENCY }, async (_, index): Promise<Outcome> => {
      const begun = performance.now();
      try {
        const response = await request(index);
        const bytes = new Uint8Array(await response.arrayBuffer());
        // Only small answers are read as text (a refusal's page); a file is counted, not decoded.
        const body = bytes.byteLength < 2_000_000 ? new TextDecoder().decode(bytes) : "";
        const kind = classify(response, body);
        return {
          kind,
          status: response.status,
          ms: performance.now() - begun,
          bytes: bytes.byteLength,
          detail: kind === "failed" ? `${response.headers.get("location") ?? ""} ${shownMessage(body)}` : undefined,
        };
      } catch (error) {
        if (context.signal.aborted) throw error;
        return { kind: "failed", status: 0, ms: performance.now() - begun, bytes: 0, detail: String(error) };
      }
    }),
  );
  const wallMs = performance.now() - started;
  return { label, outcomes, rssBeforeMb, rssPeakMb: stop(), wallMs };
}

/** What a page says to the user about the request: its alert, else the start of its text. */
function shownMessage(html: string): string {
  const alert = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  return alert
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}

const timeout = (context: HeavyContext) => AbortSignal.any([context.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);

/** A file or page answered 200; a 503 that says when to come back; anything else failed. */
function download(expectedType: RegExp) {
  return (response: Response): Kind => {
    if (response.status === 200 && expectedType.test(response.headers.get("content-type") ?? "")) return "served";
    if (response.status === 503 && response.headers.get("retry-after")) return "busy";
    return "failed";
  };
}

/**
 * The hidden fields React renders into the form that holds `field`, so that it posts without
 * JavaScript (only that form's: the header's Uitloggen is a server action too).
 */
function actionFields(html: string, field: string): [string, string][] {
  const form = (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((candidate) => candidate.includes(`name="${field}"`));
  const fields: [string, string][] = [];
  for (const input of form?.match(/<input[^>]*name="\$ACTION[^"]*"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)![1]!;
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    fields.push([decodeEntities(name), decodeEntities(value)]);
  }
  return fields;
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

export async function benchHeavyWork(context: HeavyContext): Promise<HeavyFigures> {
  const { baseUrl, cookies, ownerUrl, letterId, feedToken } = context;
  const origin = new URL(baseUrl).origin;
  const bursts: HeavyResult[] = [];
  const docx = /wordprocessingml/;

  // The letter's Word file not yet made: every request of the burst finds no stored file.
  await withDatabaseClient(ownerUrl, (client) => client.query(`DELETE FROM "LetterRendering" WHERE format = 'docx'`));
  const word = (index: number) =>
    fetch(`${baseUrl}/rapportages/${letterId}/word?i=${index}`, {
      headers: { cookie: cookies.COORDINATOR },
      redirect: "manual",
      signal: timeout(context),
    });
  bursts.push(
    await burst("Word, eerste download van een versie (het bestand wordt gemaakt)", context, word, download(docx)),
  );
  bursts.push(await burst("Word, opgeslagen versie", context, word, download(docx)));

  bursts.push(
    await burst(
      "agenda-abonnement (.ics), volledige poll",
      context,
      () => fetch(`${baseUrl}/agenda/${feedToken}.ics`, { redirect: "manual", signal: timeout(context) }),
      download(/text\/calendar/),
    ),
  );

  bursts.push(
    await burst(
      "back-up downloaden (Beheerder)",
      context,
      () =>
        fetch(`${baseUrl}/beheer/back-up/downloaden`, {
          method: "POST",
          headers: { cookie: cookies.ADMIN, origin, "sec-fetch-site": "same-origin" },
          redirect: "manual",
          signal: timeout(context),
        }),
      download(/application\/gzip/),
    ),
  );

  // Importeren: the page's form as a browser without JavaScript posts it, with the file's
  // SHA-256 as "Controleren" would have put it in the form.
  const rows = Array.from({ length: IMPORT_ROWS }, (_, index) =>
    testRow(900 + Math.floor(index / 100), (index % 100) + 1),
  );
  const bytes = await importWorkbookBytes(rows);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const page = await fetch(`${baseUrl}/beheer/import`, {
    headers: { cookie: cookies.COORDINATOR },
    redirect: "manual",
  });
  const fields = actionFields(await page.text(), "file");
  if (fields.length === 0) throw new Error(`/beheer/import gaf ${page.status} zonder importformulier`);
  const jobIds = new Set<string>();
  const importStart = () => {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    form.append("file", new File([bytes], "import-5000.xlsx"));
    form.append("checkedSha256", sha256);
    form.append("intent", "import");
    return fetch(`${baseUrl}/beheer/import`, {
      method: "POST",
      body: form,
      headers: { cookie: cookies.COORDINATOR, origin },
      redirect: "manual",
      signal: timeout(context),
    });
  };
  const importStarted = Date.now();
  bursts.push(
    await burst(
      `Importeren, ${IMPORT_ROWS.toLocaleString("nl-NL")} rijen (start van de taak)`,
      context,
      importStart,
      (response, body) => {
        const location = response.headers.get("location") ?? "";
        const job = /\/beheer\/import\/taak\/([^/?#]+)/.exec(location);
        if (response.status >= 300 && response.status < 400 && job) {
          jobIds.add(job[1]!);
          return "served";
        }
        if (response.status === 503 && response.headers.get("retry-after")) return "busy";
        if (response.status === 200 && /Er loopt al een import/.test(body)) return "refused";
        if (response.status === 200 && /Probeer het over een minuut opnieuw/.test(body)) return "busy";
        return "failed";
      },
    ),
  );

  let importJob: ImportJobTiming | null = null;
  const [jobId] = jobIds;
  if (jobId) {
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    for (;;) {
      const job = await withDatabaseClient(ownerUrl, async (client) => {
        const { rows: found } = await client.query<{ state: string; finishedAt: Date | null; error: string | null }>(
          `SELECT state, "finishedAt", error FROM "BackgroundJob" WHERE id = $1`,
          [jobId],
        );
        return found[0];
      });
      if (job?.finishedAt || Date.now() > deadline) {
        importJob = {
          rows: IMPORT_ROWS,
          fileKb: bytes.byteLength / 1024,
          state: job?.state ?? "?",
          seconds: ((job?.finishedAt?.getTime() ?? Date.now()) - importStarted) / 1000,
          error: job?.error ?? undefined,
        };
        break;
      }
      context.signal.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { bursts, importJob };
}

const count = (result: HeavyResult, kind: Kind) => result.outcomes.filter((outcome) => outcome.kind === kind).length;

/** Prints the figures; returns how many requests failed (neither served nor refused on purpose). */
export function printHeavyWork({ bursts, importJob }: HeavyFigures): number {
  console.log(
    `\nZwaar werk, ${HEAVY_CONCURRENCY} verzoeken tegelijk. Bezet: 503 met Retry-After (een route) of "Probeer het over ` +
      `een minuut opnieuw." (een formulier); geweigerd volgens de regel: er loopt al een import. Geheugen: VmRSS van de server.`,
  );
  let failures = 0;
  for (const result of bursts) {
    const latencies = result.outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const failed = count(result, "failed");
    failures += failed;
    console.log(
      `  ${result.label}: ${count(result, "served")} geleverd, ${count(result, "busy")} × bezet, ` +
        `${count(result, "refused")} geweigerd volgens de regel, ${failed} mislukt; ` +
        `p95 ${percentile(latencies, 0.95).toFixed(0)} ms, alles binnen ${(result.wallMs / 1000).toFixed(1)} s; ` +
        `geheugen ${result.rssBeforeMb.toFixed(0)} → piek ${result.rssPeakMb.toFixed(0)} MB`,
    );
    const details = new Set(
      result.outcomes.filter((outcome) => outcome.kind === "failed").map((o) => `${o.status} ${o.detail ?? ""}`),
    );
    for (const detail of details) console.log(`    mislukt: ${detail.trim().slice(0, 300)}`);
  }
  if (importJob)
    console.log(
      `  Importtaak: ${importJob.rows.toLocaleString("nl-NL")} rijen (${importJob.fileKb.toFixed(0)} kB) van Importeren tot klaar in ` +
        `${importJob.seconds.toFixed(1)} s, eindstand ${importJob.state}${importJob.error ? ` (${importJob.error})` : ""}`,
    );
  else console.log("  Importtaak: geen import gestart");
  if (importJob && importJob.state !== "SUCCEEDED") failures += 1;
  return failures;
}
