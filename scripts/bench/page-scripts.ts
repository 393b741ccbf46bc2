// The JavaScript a page sends to the browser, read from its HTML: each script file's size
// as sent without Accept-Encoding, and gzipped with node:zlib for a size over the wire.
import { gzipSync } from "node:zlib";

export type ScriptFile = { src: string; raw: number; gzip: number };
/** The files of the page's `<script src>` tags, and the inline scripts (React's RSC data). */
export type PageScripts = { files: ScriptFile[]; inlineRaw: number; htmlRaw: number };

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

  const sources = new Set<string>();
  let inlineRaw = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(match[1] ?? "")?.[1];
    if (src) sources.add(src.replaceAll("&amp;", "&"));
    else inlineRaw += Buffer.byteLength(match[2] ?? "");
  }

  const files: ScriptFile[] = [];
  for (const src of sources) {
    const response = await fetch(new URL(src, baseUrl), { signal });
    if (!response.ok) throw new Error(`${src} gaf status ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    files.push({ src, raw: body.length, gzip: gzipSync(body).length });
  }
  files.sort((a, b) => b.raw - a.raw);
  return { files, inlineRaw, htmlRaw: Buffer.byteLength(html) };
}
