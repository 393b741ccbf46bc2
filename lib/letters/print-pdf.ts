// Prints an HTML document to a tagged PDF with the server's Chromium (lib/browser/find-chromium.ts:
// the operator's, the system's or the npm package's), driven by playwright-core: one at a
// time and with a time limit, each in a fresh browser that is closed afterwards. `tagged`
// gives the structure tree (StructTreeRoot, MarkInfo, /Lang from <html lang>) that screen
// readers need; `outline` adds bookmarks from the headings. Which Chromium is decided once,
// on first use: without one the PDF download says so instead of failing (pdfPrinterAvailable).
import "server-only";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS } from "@/lib/chromium-flags";
import { findChromium, type FoundChromium } from "@/lib/browser/find-chromium";
import { logger } from "@/lib/log/logger";

const TIMEOUT_MS = 30_000;

let found: Promise<FoundChromium> | undefined;

function printerChromium(): Promise<FoundChromium> {
  found ??= findChromium().then((result) => {
    if (!result.found) logger().warn(`Kamerbrieven kunnen niet als PDF worden gedownload: ${result.reason}.`);
    return result;
  });
  return found;
}

/** Whether this server can print PDFs: a Chromium was found (and, from npm, unpacked). Decided once per process. */
export async function pdfPrinterAvailable(): Promise<boolean> {
  return (await printerChromium()).found;
}

export class PdfPrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfPrintError";
  }
}

// One Chromium at a time: each takes a few hundred MB and most of a core.
let queue: Promise<unknown> = Promise.resolve();

export function printHtmlToPdf(html: string): Promise<Buffer> {
  const job = queue.then(() => printNow(html));
  queue = job.catch(() => undefined);
  return job;
}

async function printNow(html: string): Promise<Buffer> {
  const browser = await printerChromium();
  if (!browser.found) throw new PdfPrintError(`Geen Chromium: ${browser.reason}`);
  const instance = await chromium
    .launch({ executablePath: browser.path, args: [...CHROMIUM_FLAGS], timeout: TIMEOUT_MS })
    .catch((error: unknown) => {
      throw new PdfPrintError(`Chromium could not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  try {
    // No network: the letter's HTML is self-contained, and nothing it holds may fetch anything.
    const context = await instance.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new PdfPrintError("Chromium wrote no PDF");
    return pdf;
  } finally {
    await instance.close();
  }
}
