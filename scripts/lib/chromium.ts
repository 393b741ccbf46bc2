// Which browser the end-to-end tests drive: Debian's Chromium where it is installed
// (Playwright cannot download its own browser on closed networks), else Playwright's.
import { existsSync } from "node:fs";
import { CHROMIUM_FLAGS } from "../../lib/chromium-flags.ts";

export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumExecutablePath(): string | undefined {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export const CHROMIUM_ARGS: string[] = [...CHROMIUM_FLAGS];
