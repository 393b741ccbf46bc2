// The benchmark's report on stdout (errors on stderr): load and latency per page relative to
// the baseline page, a line for each page under half the baseline's throughput, the
// heaviest queries, and the JavaScript each page sends.
import path from "node:path";
import type { BenchSettings } from "./settings.ts";
import { shownPath, type Measurement, type Target } from "./measure.ts";
import { percentile } from "./load.ts";
import { printPageBytes } from "./page-scripts.ts";

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-");
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const throughput = (m: Measurement) => m.load.requests / (m.load.elapsedMs / 1000);
/** More rows per request than a page of 50 and its lookups need: the app builds objects it does not show. */
const MANY_ROWS = 1_000;

function table(header: string[], rows: string[][], alignLeft: number[] = [0]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        alignLeft.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

function printLoad(
  measurements: Measurement[],
  baseline: Measurement,
  signedIn: Measurement | undefined,
  settings: BenchSettings,
): void {
  const rows = measurements.map((m) => {
    const sorted = [...m.load.latenciesMs].sort((a, b) => a - b);
    const queries = m.statements.reduce((sum, s) => sum + s.calls, 0);
    const dbMs = m.statements.reduce((sum, s) => sum + s.totalMs, 0);
    const dbRows = m.statements.reduce((sum, s) => sum + s.rows, 0);
    const perRequest = (value: number) => (m.load.requests ? value / m.load.requests : Number.NaN);
    return [
      shownPath(m.target),
      String(m.load.requests),
      throughput(m).toFixed(1),
      ms(percentile(sorted, 0.5)),
      ms(percentile(sorted, 0.95)),
      ms(percentile(sorted, 0.99)),
      String(m.load.errors),
      `${(throughput(m) / throughput(baseline)).toFixed(2)}×`,
      signedIn && m.target.as ? `${(throughput(m) / throughput(signedIn)).toFixed(2)}×` : "-",
      kB(perRequest(m.load.bytes)),
      perRequest(queries).toFixed(1),
      perRequest(dbMs).toFixed(2),
      perRequest(dbRows).toFixed(0),
    ];
  });

  console.log(
    `\nBelasting: ${settings.connections} verbindingen, ${settings.durationMs / 1000} s per pagina na ${settings.warmupMs / 1000} s opwarmen; latentie in ms.\n`,
  );
  console.log(
    table(
      [
        "pagina",
        "verzoeken",
        "verz/s",
        "p50",
        "p95",
        "p99",
        "fouten",
        "t.o.v. basis",
        "t.o.v. ingelogd",
        "HTML/antw",
        "queries/verz",
        "DB-ms/verz",
        "rijen/verz",
      ],
      rows,
    ),
  );
  console.log(
    `\nt.o.v. basis: verz/s gedeeld door die van ${baseline.target.path} in deze run` +
      (signedIn
        ? `; t.o.v. ingelogd: door die van ${signedIn.target.path} (ingelogd, licht), voor de ingelogde pagina's`
        : "") +
      `. rijen/verz: rijen die de database per verzoek aan de app gaf. Pagina's:`,
  );
  const width = Math.max(...measurements.map((m) => shownPath(m.target).length));
  for (const m of measurements) console.log(`  ${shownPath(m.target).padEnd(width)}  ${m.target.label}`);
}

/**
 * One line per page under half the baseline's throughput, with where its time goes: the
 * database's share of the mean time per request (connections / throughput) says whether
 * the queries or the app's own work (rendering, the RSC payload, garbage collection) weigh.
 */
function printBelowHalf(measurements: Measurement[], baseline: Measurement, settings: BenchSettings): void {
  const below = measurements.filter(
    (m) => m !== baseline && m.load.requests > 0 && throughput(m) < throughput(baseline) / 2,
  );
  if (below.length === 0) return;
  console.log(`\nOnder de helft van de basis (${baseline.target.path}):`);
  for (const m of below) {
    const meanMs = (settings.connections * 1000) / throughput(m);
    const dbMs = sum(m.statements.map((s) => s.totalMs)) / m.load.requests;
    const queries = sum(m.statements.map((s) => s.calls)) / m.load.requests;
    const rows = sum(m.statements.map((s) => s.rows)) / m.load.requests;
    const where =
      dbMs / meanMs >= 0.1
        ? "de database weegt mee"
        : rows > MANY_ROWS
          ? "de tijd zit in de app, die per verzoek veel rijen krijgt en verwerkt: tel of vat samen in SQL"
          : "de tijd zit in de app (renderen, RSC-gegevens), niet in de database";
    console.log(
      `  ${shownPath(m.target)}: ${(throughput(m) / throughput(baseline)).toFixed(2)}× — onder de helft van de basis; ` +
        `${queries.toFixed(1)} queries, ${rows.toFixed(0)} rijen en ${dbMs.toFixed(2)} ms database per verzoek, van gemiddeld ${meanMs.toFixed(0)} ms per verzoek (${where}).`,
    );
  }
}

function printSkipped(skipped: Target[]): void {
  if (skipped.length === 0) return;
  console.log("\nNiet gemeten (404: de pagina is nog niet op deze tak):");
  for (const target of skipped) console.log(`  ${shownPath(target)}  ${target.label}`);
}

function printHeaviestQueries(measurements: Measurement[]): void {
  for (const m of measurements) {
    if (m.statements.length === 0 || m.load.requests === 0) continue;
    console.log(`\nZwaarste queries voor ${shownPath(m.target)} (per verzoek):`);
    for (const s of m.statements.slice(0, 5)) {
      const query = s.query.replace(/\s+/g, " ").trim();
      console.log(
        `  ${(s.calls / m.load.requests).toFixed(1).padStart(5)}×  ${(s.totalMs / Math.max(1, s.calls)).toFixed(3).padStart(7)} ms  ${String(Math.round(s.rows / Math.max(1, s.calls))).padStart(6)} rijen  ${query.length > 100 ? `${query.slice(0, 97)}…` : query}`,
      );
    }
  }
}

function printPageScripts(measurements: Measurement[], baseline: Measurement): void {
  printPageBytes(
    measurements.map((m) => ({ path: shownPath(m.target), scripts: m.scripts })),
    baseline,
    table,
  );
  const signedIn = measurements.find((m) => m.target.path === "/aanbevelingen");
  if (signedIn?.scripts) {
    const files = signedIn.scripts.files;
    console.log(
      `\n/aanbevelingen: ${kB(sum(files.map((file) => file.raw)))} JavaScript (gzip ${kB(sum(files.map((file) => file.gzip)))}) in ${files.length} bestanden; ` +
        `grootste: ${files
          .slice(0, 3)
          .map((file) => `${path.basename(file.src.split("?")[0]!)} ${kB(file.raw)}`)
          .join(", ")}.`,
    );
  }
}

/** Prints the errors per page, warm-up included, and returns how many there were. */
function printFailures(measurements: Measurement[]): number {
  let failures = 0;
  for (const m of measurements) {
    const kinds = new Map(m.load.errorKinds);
    for (const [kind, count] of m.warmupErrors) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
    const total = [...kinds.values()].reduce((sum, count) => sum + count, 0);
    if (total === 0) continue;
    failures += total;
    console.error(
      `\nFouten op ${shownPath(m.target)} (opwarmen meegeteld): ${[...kinds].map(([kind, count]) => `${kind} ${count}×`).join(", ")}`,
    );
  }
  return failures;
}

/** Prints the report; the first measurement is the baseline. Returns the number of failed requests. */
export function report(measurements: Measurement[], settings: BenchSettings, skipped: Target[] = []): number {
  const baseline = measurements[0]!;
  const signedIn = measurements.find((m) => m.target.signedInBaseline && m.load.requests > 0);
  printLoad(measurements, baseline, signedIn, settings);
  printBelowHalf(measurements, baseline, settings);
  printSkipped(skipped);
  printHeaviestQueries(measurements);
  printPageScripts(measurements, baseline);
  return printFailures(measurements);
}
