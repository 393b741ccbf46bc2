// The bytes a page makes a modern browser download, read from its HTML: each script file
// (left out: `noModule` files, the polyfills only browsers without ES modules fetch) and
// each stylesheet, as sent without Accept-Encoding and gzipped with node:zlib for a size
// over the wire; and the HTML itself with its inline scripts (React's RSC data).
import path from "node:path";
import { gzipSync } from "node:zlib";

export type ByteFile = { src: string; raw: number; gzip: number };
export type PageScripts = {
  /** The `<script src>` files a modern browser downloads. */
  files: ByteFile[];
  /** The `<script src nomodule>` files, which a modern browser skips. */
  noModule: ByteFile[];
  /** The `<link rel="stylesheet">` files. */
  styles: ByteFile[];
  inlineRaw: number;
  htmlRaw: number;
};

/** What a page may make a modern browser download, gzipped. */
export const BYTE_BUDGET = { scriptGzip: 140_000, styleGzip: 25_000 };

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`, "i").exec(tag)?.[1]?.replaceAll("&amp;", "&");

async function download(baseUrl: string, src: string, signal: AbortSignal): Promise<ByteFile> {
  const response = await fetch(new URL(src, baseUrl), { signal });
  if (!response.ok) throw new Error(`${src} gaf status ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { src, raw: body.length, gzip: gzipSync(body).length };
}

/** Files largest first; rejects when the HTML does not answer 200 or a file does not answer 2xx. */
export async function measurePageScripts(options: {
  baseUrl: string;
  path: string;
  cookie?: string;
  signal: AbortSignal;
}): Promise<PageScripts> {
  const { baseUrl, signal } = options;
  const headers = options.cookie !== undefined ? { cookie: options.cookie } : undefined;
  const page = await fetch(`${baseUrl}${options.path}`, { redirect: "manual", headers, signal });
  if (page.status !== 200) throw new Error(`de HTML gaf status ${page.status}`);
  const html = await page.text();

  const scripts = new Set<string>();
  const noModuleScripts = new Set<string>();
  let inlineRaw = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = match[1] ?? "";
    const src = attribute(tag, "src");
    if (!src) inlineRaw += Buffer.byteLength(match[2] ?? "");
    else if (/\bnomodule\b/i.test(tag)) noModuleScripts.add(src);
    else scripts.add(src);
  }
  const stylesheets = new Set<string>();
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const tag = match[1] ?? "";
    const href = attribute(tag, "href");
    if (href && attribute(tag, "rel")?.toLowerCase() === "stylesheet") stylesheets.add(href);
  }

  const fetchAll = async (sources: Set<string>) => {
    const files: ByteFile[] = [];
    for (const src of sources) files.push(await download(baseUrl, src, signal));
    return files.sort((a, b) => b.raw - a.raw);
  };
  return {
    files: await fetchAll(scripts),
    noModule: await fetchAll(noModuleScripts),
    styles: await fetchAll(stylesheets),
    inlineRaw,
    htmlRaw: Buffer.byteLength(html),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const total = (files: ByteFile[], size: "raw" | "gzip") => files.reduce((sum, file) => sum + file[size], 0);

/**
 * The bytes table of the report: per page its JavaScript and CSS (gzip) beside the budget,
 * what it adds over the baseline, its inline RSC data and its HTML.
 */
export function printPageBytes(
  pages: { path: string; scripts?: PageScripts }[],
  baseline: { scripts?: PageScripts },
  table: (header: string[], rows: string[][]) => string,
): void {
  const baselineFiles = new Set(baseline.scripts?.files.map((file) => file.src));
  const budget = (bytes: number, limit: number) => `${kB(bytes)}${bytes > limit ? " ✗" : ""}`;
  console.log(
    `\nBytes naar een moderne browser: de bestanden van de <script src>-tags (zonder nomodule) en <link rel="stylesheet"> in de HTML, gzip met node:zlib. ` +
      `Budget per pagina: JS ${kB(BYTE_BUDGET.scriptGzip)}, CSS ${kB(BYTE_BUDGET.styleGzip)} gzip (✗: erboven).\n`,
  );
  console.log(
    table(
      [
        "pagina",
        "JS-bestanden",
        "JS",
        "JS gzip",
        "extra t.o.v. basis (gzip)",
        "CSS",
        "CSS gzip",
        "inline RSC-gegevens",
        "HTML",
      ],
      pages.map(({ path: pagePath, scripts }) => {
        if (!scripts) return [pagePath, "-", "-", "-", "-", "-", "-", "-", "-"];
        const extra = scripts.files.filter((file) => !baselineFiles.has(file.src));
        return [
          pagePath,
          String(scripts.files.length),
          kB(total(scripts.files, "raw")),
          budget(total(scripts.files, "gzip"), BYTE_BUDGET.scriptGzip),
          `${extra.length} bestanden, ${kB(total(extra, "gzip"))}`,
          kB(total(scripts.styles, "raw")),
          budget(total(scripts.styles, "gzip"), BYTE_BUDGET.styleGzip),
          kB(scripts.inlineRaw),
          kB(scripts.htmlRaw),
        ];
      }),
    ),
  );
  const noModule = pages.find((page) => page.scripts && page.scripts.noModule.length > 0)?.scripts?.noModule ?? [];
  if (noModule.length > 0)
    console.log(
      `\nNiet meegeteld: ${noModule.map((file) => `${path.basename(file.src.split("?")[0]!)} (${kB(file.gzip)} gzip)`).join(", ")}, ` +
        `met nomodule: alleen browsers zonder ES-modules halen het op.`,
    );
}
