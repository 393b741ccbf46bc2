// Unpacks the headless Chromium that the npm package @sparticuz/chromium carries (brotli
// archives inside its tarball) into a cache folder, once per package version. The package
// unpacks into os.tmpdir() by default (/tmp/chromium, shared by every program on the
// machine and emptied at reboot); here it unpacks into a folder of its own under
// CHROMIUM_CACHE_DIR (default node_modules/.cache/opvolging-chromium). Several processes
// may ask at once (the test runner's workers, the app server): each unpacks into a
// private folder and renames it into place, so nobody ever starts a half-written binary.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { readChromiumSettings } from "@/lib/env";

export async function unpackNpmChromium(cacheDir = readChromiumSettings().cacheDir): Promise<string> {
  const version = await packageVersion();
  const folder = path.resolve(cacheDir, version);
  const binary = path.join(folder, "chromium");
  if (existsSync(binary)) return binary;

  const { default: chromium } = await import("@sparticuz/chromium");
  const staging = `${folder}.unpacking-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    // The package asks os.tmpdir() where to unpack, synchronously before its first await.
    const unpacked = withTmpdir(staging, () => chromium.executablePath());
    const unpackedBinary = await unpacked;
    if (path.dirname(unpackedBinary) !== staging)
      throw new Error(`uitgepakt naar ${unpackedBinary}, niet naar ${staging}`);
    await rename(staging, folder).catch((error: NodeJS.ErrnoException) => {
      // Another process was first: its copy is as good as ours.
      if (!existsSync(binary)) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}

async function packageVersion(): Promise<string> {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  // The package exports no package.json; it sits one folder above the entry point (build/).
  const entry = require.resolve("@sparticuz/chromium");
  const manifest = JSON.parse(await readFile(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
  return String(manifest.version);
}

/** Runs `start` while os.tmpdir() answers `folder`, and restores it before returning. */
function withTmpdir<T>(folder: string, start: () => T): T {
  /* eslint-disable no-restricted-properties -- not a setting of the app: os.tmpdir() reads TMPDIR */
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
  /* eslint-enable no-restricted-properties */
}
