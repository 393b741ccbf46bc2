// Prints an HTML document to a tagged PDF with the server's own Chromium (headless
// --print-to-pdf), through the bounded print queue (lib/letters/print-queue.ts: one at a
// time, a few waiting, one per user) and with a time limit, in a fresh temporary profile
// that is removed afterwards; an aborted request kills its Chromium. Headless Chromium writes a tagged PDF (StructTreeRoot, MarkInfo, /Lang
// from <html lang>) unless told --disable-pdf-tagging; --generate-pdf-document-outline adds
// the bookmarks from the headings. Whether Chromium is there is decided once, on first use:
// without it the PDF download says so instead of failing (see pdfPrinterAvailable).
import "server-only";
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getChromiumPath } from "@/lib/env";
import { CHROMIUM_FLAGS } from "@/lib/chromium-flags";
import { printQueue, type PrintRequest } from "@/lib/letters/print-queue";

const TIMEOUT_MS = 30_000;

const FLAGS = [
  "--headless",
  ...CHROMIUM_FLAGS,
  "--no-default-browser-check",
  "--disable-extensions",
  "--no-pdf-header-footer",
  "--generate-pdf-document-outline",
];

let available: boolean | undefined;

/** Whether this server can print PDFs: its Chromium exists and may be run. Decided once per process. */
export function pdfPrinterAvailable(): boolean {
  if (available === undefined) {
    try {
      accessSync(getChromiumPath(), constants.X_OK);
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

export class PdfPrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfPrintError";
  }
}

const globalForLaunches = globalThis as unknown as { opvolgingChromiumLaunches?: number };

/** How many Chromiums this process has started to print (tests and the bench count them). */
export function chromiumLaunches(): number {
  return globalForLaunches.opvolgingChromiumLaunches ?? 0;
}

/** This server has no Chromium to print with (see pdfPrinterAvailable). */
export class PdfPrinterMissingError extends Error {
  constructor() {
    super("No Chromium to print with");
    this.name = "PdfPrinterMissingError";
  }
}

export async function printHtmlToPdf(html: string, request: PrintRequest = { ownerId: null }): Promise<Buffer> {
  if (!pdfPrinterAvailable()) throw new PdfPrinterMissingError();
  return printQueue().run(request, (signal) => printNow(html, signal));
}

async function printNow(html: string, signal?: AbortSignal): Promise<Buffer> {
  const folder = await mkdtemp(path.join(tmpdir(), "opvolging-pdf-"));
  try {
    const input = path.join(folder, "brief.html");
    const output = path.join(folder, "brief.pdf");
    await writeFile(input, html, "utf8");
    await run(
      getChromiumPath(),
      [
        ...FLAGS,
        `--user-data-dir=${path.join(folder, "profiel")}`,
        `--print-to-pdf=${output}`,
        pathToFileURL(input).href,
      ],
      signal,
    );
    const pdf = await readFile(output).catch(() => null);
    if (!pdf || pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new PdfPrintError("Chromium wrote no PDF");
    return pdf;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    globalForLaunches.opvolgingChromiumLaunches = chromiumLaunches() + 1;
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
    // The whole process group: Chromium's helpers too.
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const onAbort = () => {
      kill();
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      kill();
      reject(new PdfPrintError(`Chromium took longer than ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      reject(new PdfPrintError(`Chromium could not start: ${error.message}`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (code === 0) resolve();
      else reject(new PdfPrintError(`Chromium exited with ${code}: ${stderr.slice(-1000)}`));
    });
  });
}
