// The bytes table of `npm run bench` on its own, without any load: `npx tsx
// scripts/bench/page-bytes-alone.ts` (BENCH_SKIP_BUILD=1 reuses .next/). The same set-up as
// main.ts: a throwaway embedded PostgreSQL, the demo data with the large generated set, a
// production build under `npm start` on 127.0.0.1, signed in as the demo Coördinator. Prints
// per page the HTML as served without compression, the part of it that is inline RSC data,
// and the JavaScript a modern browser loads, gzipped (page-scripts.ts). Bytes do not depend
// on the machine's load, so this answers "did the page get lighter" in a few minutes.
// BENCH_ONLY narrows the pages as in the bench; BENCH_BYTES_SAVE=<folder> also writes each
// page's HTML there, to read what makes it big.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { addLargeData, LARGE_DATA_SIZES } from "../lib/large-data.ts";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed-data.ts";
import { readBenchSettings } from "./settings.ts";
import { signIn } from "./sign-in.ts";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { runAlone, startBenchApp, startBenchDatabase, storeLargeLetter, type AloneContext } from "./alone.ts";
import { measurePageScripts, type PageScripts } from "./page-scripts.ts";
import { bulkChoicesQuery } from "./bulk-choices.ts";

/** The list pages and the dashboard, and pages with forms for the JavaScript. */
const PAGES = [
  "/toegankelijkheid",
  "/",
  "/acties",
  "/acties?zoek=maatregelen",
  "/acties/toewijzen?:bulkChoices",
  "/aanbevelingen",
  "/logboek",
  "/acties/:actionId",
  "/aanbevelingen/:recommendationId",
  "/acties/nieuw",
  "/rapportages",
  "/rapportages/:letterId",
  "/rapportages/:letterId/wijzigingen",
  "/profiel",
];

/** The bench's letter of 50 recommendations and 500 actions (storeLargeLetter). */
const LETTER_ID = "bytes-letter";

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function main({ signal, cleanups }: AloneContext): Promise<number> {
  const settings = readBenchSettings();
  const saveDir = process.env.BENCH_BYTES_SAVE?.trim();
  const { ownerUrl, appUrl } = await startBenchDatabase("opvolging-bytes-", cleanups);
  const { sample } = await addLargeData(ownerUrl, LARGE_DATA_SIZES);
  const coordinator = demoUsers.find((user) => user.role === "COORDINATOR")!;
  const bulkChoices = await withDatabaseClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [coordinator.email]);
    await storeLargeLetter(client, LETTER_ID, rows[0]!.id);
    return bulkChoicesQuery(client);
  });
  const ids: Record<string, string> = {
    bulkChoices,
    actionId: sample.actionItemId,
    recommendationId: sample.recommendationId,
    letterId: LETTER_ID,
  };

  const app = await startBenchApp(appUrl, { signal, cleanups }, { quiet: true });
  const cookie = await signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD, signal);
  if (saveDir) await mkdir(saveDir, { recursive: true });

  const templates = PAGES.filter(
    (page, index) => index === 0 || settings.only.length === 0 || settings.only.some((part) => page.includes(part)),
  );
  const rows: string[][] = [];
  for (const template of templates) {
    const page = template.replace(/:(\w+)/g, (whole, name: string) => ids[name] ?? whole);
    // A page of ids is printed and saved under its template.
    const shown = page.length > 80 ? template : page;
    const measured: PageScripts = await measurePageScripts({
      baseUrl: app.baseUrl,
      path: page,
      cookie: page === "/toegankelijkheid" ? undefined : cookie,
      signal,
    });
    const jsGzip = measured.files.reduce((sum, file) => sum + file.gzip, 0);
    rows.push([shown, kB(measured.htmlRaw), kB(measured.inlineRaw), kB(jsGzip), String(measured.files.length)]);
    if (saveDir) {
      const html = await fetch(`${app.baseUrl}${page}`, { headers: { cookie }, signal });
      const name = shown.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "dashboard";
      await writeFile(path.join(saveDir, `${name}.html`), await html.text());
      await writeFile(
        path.join(saveDir, `${name}.scripts.txt`),
        measured.files.map((file) => `${file.gzip}\t${file.raw}\t${file.src}`).join("\n") + "\n",
      );
    }
  }
  const header = ["pagina", "HTML", "waarvan RSC-gegevens", "JS gzip", "JS-bestanden"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows])
    console.log(
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  "),
    );
  return 0;
}

runAlone(main);
