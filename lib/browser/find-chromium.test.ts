// The order in which the browser is found, on a machine described by the test: the
// operator's path, the system's Chromium, the npm package's; and what each setting of
// CHROMIUM_SOURCE allows. The real unpacking is proven by print-pdf.test.ts and the
// end-to-end run with CHROMIUM_SOURCE=npm.
import { describe, expect, it, vi } from "vitest";
import { readChromiumSettings } from "@/lib/env";
import { findChromium, SYSTEM_CHROMIUM_PATH, type ChromiumFinderDeps } from "./find-chromium";

const NPM_CHROMIUM = "/cache/opvolging-chromium/153.0.0/chromium";

function machine(executables: string[], unpack: () => Promise<string> = async () => NPM_CHROMIUM) {
  return {
    isExecutable: (path: string) => executables.includes(path),
    unpackNpmChromium: vi.fn(unpack),
  } satisfies ChromiumFinderDeps;
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, before the system's and without unpacking anything", async () => {
    const deps = machine(["/opt/chrome/chrome", SYSTEM_CHROMIUM_PATH]);
    const settings = readChromiumSettings({ CHROMIUM_PATH: "/opt/chrome/chrome" });
    expect(await findChromium(settings, deps)).toEqual({
      found: true,
      path: "/opt/chrome/chrome",
      source: "CHROMIUM_PATH",
    });
    expect(deps.unpackNpmChromium).not.toHaveBeenCalled();
  });

  it("reports a CHROMIUM_PATH that is not there instead of quietly starting another browser", async () => {
    const deps = machine([SYSTEM_CHROMIUM_PATH]);
    const result = await findChromium(readChromiumSettings({ CHROMIUM_PATH: "/nergens/chromium" }), deps);
    expect(result).toEqual({ found: false, reason: "CHROMIUM_PATH /nergens/chromium is geen uitvoerbaar bestand" });
    expect(deps.unpackNpmChromium).not.toHaveBeenCalled();
  });

  it("takes the system's Chromium when there is one", async () => {
    const deps = machine([SYSTEM_CHROMIUM_PATH]);
    expect(await findChromium(readChromiumSettings({}), deps)).toEqual({
      found: true,
      path: SYSTEM_CHROMIUM_PATH,
      source: "system",
    });
    expect(deps.unpackNpmChromium).not.toHaveBeenCalled();
  });

  it("falls back to the npm package's Chromium on a machine without one", async () => {
    const deps = machine([]);
    expect(await findChromium(readChromiumSettings({}), deps)).toEqual({
      found: true,
      path: NPM_CHROMIUM,
      source: "npm",
    });
    expect(deps.unpackNpmChromium).toHaveBeenCalledOnce();
  });

  it("takes the npm package's Chromium when CHROMIUM_SOURCE=npm, even with a system Chromium", async () => {
    const deps = machine([SYSTEM_CHROMIUM_PATH, "/opt/chrome/chrome"]);
    const settings = readChromiumSettings({ CHROMIUM_SOURCE: "npm", CHROMIUM_PATH: "/opt/chrome/chrome" });
    expect(await findChromium(settings, deps)).toMatchObject({ found: true, source: "npm", path: NPM_CHROMIUM });
  });

  it("never unpacks the npm package's Chromium when CHROMIUM_SOURCE=system", async () => {
    const deps = machine([]);
    const result = await findChromium(readChromiumSettings({ CHROMIUM_SOURCE: "system" }), deps);
    expect(result).toEqual({ found: false, reason: `geen Chromium op ${SYSTEM_CHROMIUM_PATH}` });
    expect(deps.unpackNpmChromium).not.toHaveBeenCalled();
  });

  it("says why when the npm package's Chromium cannot be unpacked", async () => {
    const deps = machine([], async () => {
      throw new Error("ENOSPC: no space left on device");
    });
    const result = await findChromium(readChromiumSettings({}), deps);
    expect(result).toEqual({
      found: false,
      reason: "de Chromium uit @sparticuz/chromium kon niet worden uitgepakt: ENOSPC: no space left on device",
    });
  });
});

describe("readChromiumSettings", () => {
  it("refuses an unknown CHROMIUM_SOURCE with the choices, and defaults to auto and a cache under node_modules", () => {
    expect(() => readChromiumSettings({ CHROMIUM_SOURCE: "debian" })).toThrow(
      /CHROMIUM_SOURCE: kies uit auto, system, npm/,
    );
    expect(readChromiumSettings({ CHROMIUM_PATH: " " })).toEqual({
      path: undefined,
      source: "auto",
      cacheDir: "node_modules/.cache/opvolging-chromium",
    });
  });
});
