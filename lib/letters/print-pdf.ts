// Prints an HTML document to a tagged PDF with the server's Chromium (lib/browser/find-chromium.ts:
// the operator's, the system's or the npm package's), driven by playwright-core, through the
// bounded print queue (lib/letters/print-queue.ts: one at a time, a few waiting, one per user)
// and with a time limit, each in a fresh browser that is closed afterwards; an aborted request
// closes its browser. `tagged` gives the structure tree (StructTreeRoot, MarkInfo, /Lang from
// <html lang>) that screen readers need; `outline` adds bookmarks from the headings. Which
// Chromium is decided once, on first use: without one the PDF download says so instead of
// failing (pdfPrinterAvailable).
import "server-only";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS } from "@/lib/chromium-flags";
import { findChromium, type FoundChromium } from "@/lib/browser/find-chromium";
import { logger } from "@/lib/log/logger";
import { printQueue, type PrintRequest } from "@/lib/letters/print-queue";

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

/** This server has no Chromium to print with (see pdfPrinterAvailable). */
export class PdfPrinterMissingError extends Error {
  constructor() {
    super("No Chromium to print with");
    this.name = "PdfPrinterMissingError";
  }
}

const globalForLaunches = globalThis as unknown as { opvolgingChromiumLaunches?: number };

/** How many Chromiums this process has started to print (tests and the bench count them). */
export function chromiumLaunches(): number {
  return globalForLaunches.opvolgingChromiumLaunches ?? 0;
}

export async function printHtmlToPdf(html: string, request: PrintRequest = { ownerId: null }): Promise<Buffer> {
  if (!(await pdfPrinterAvailable())) throw new PdfPrinterMissingError();
  return printQueue().run(request, (signal) => printNow(html, signal));
}

async function printNow(html: string, signal?: AbortSignal): Promise<Buffer> {
  const browser = await printerChromium();
  if (!browser.found) throw new PdfPrinterMissingError();
  signal?.throwIfAborted();
  globalForLaunches.opvolgingChromiumLaunches = chromiumLaunches() + 1;
  const instance = await chromium
    .launch({ executablePath: browser.path, args: [...CHROMIUM_FLAGS], timeout: TIMEOUT_MS })
    .catch((error: unknown) => {
      throw new PdfPrintError(`Chromium could not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  // The browser went away: stop printing for nobody.
  const onAbort = () => void instance.close();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    // No network: the letter's HTML is self-contained, and nothing it holds may fetch anything.
    const context = await instance.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    signal?.throwIfAborted();
    if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new PdfPrintError("Chromium wrote no PDF");
    return pdf;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await instance.close();
  }
}
