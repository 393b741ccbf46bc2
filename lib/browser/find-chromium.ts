// Which Chromium this project starts, for the end-to-end tests (playwright.config.ts) and the
// PDF printer (lib/letters/print-pdf.ts). In order: CHROMIUM_PATH when set; the system's
// Chromium (Debian's /usr/bin/chromium); else the headless Chromium that the npm package
// @sparticuz/chromium carries, so that `npm install && npm test` needs nothing from the
// operating system. CHROMIUM_SOURCE=system or =npm picks one of the last two outright
// (docs/decisions/022-a-browser-from-the-npm-registry.md). No 'server-only' here: the
// Playwright config runs in plain Node.
import { accessSync, constants } from "node:fs";
import { readChromiumSettings, type ChromiumSettings } from "@/lib/env";
import { unpackNpmChromium } from "@/lib/browser/unpack-npm-chromium";

export const SYSTEM_CHROMIUM_PATH = "/usr/bin/chromium";

export type FoundChromium =
  { found: true; path: string; source: "CHROMIUM_PATH" | "system" | "npm" } | { found: false; reason: string };

/** What the finder asks of the machine; tests give their own. */
export type ChromiumFinderDeps = {
  isExecutable: (path: string) => boolean;
  unpackNpmChromium: () => Promise<string>;
};

const machine: ChromiumFinderDeps = {
  isExecutable: (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  unpackNpmChromium,
};

export async function findChromium(
  settings: ChromiumSettings = readChromiumSettings(),
  deps: ChromiumFinderDeps = machine,
): Promise<FoundChromium> {
  if (settings.source !== "npm") {
    // An explicit path that is wrong is reported, not quietly replaced by another browser.
    if (settings.path) {
      return deps.isExecutable(settings.path)
        ? { found: true, path: settings.path, source: "CHROMIUM_PATH" }
        : { found: false, reason: `CHROMIUM_PATH ${settings.path} is geen uitvoerbaar bestand` };
    }
    if (deps.isExecutable(SYSTEM_CHROMIUM_PATH)) return { found: true, path: SYSTEM_CHROMIUM_PATH, source: "system" };
    if (settings.source === "system") return { found: false, reason: `geen Chromium op ${SYSTEM_CHROMIUM_PATH}` };
  }
  try {
    return { found: true, path: await deps.unpackNpmChromium(), source: "npm" };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { found: false, reason: `de Chromium uit @sparticuz/chromium kon niet worden uitgepakt: ${detail}` };
  }
}
