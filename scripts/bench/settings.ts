// The benchmark's settings, from the environment: BENCH_CONNECTIONS (default 10),
// BENCH_DURATION (seconds per page, default 10), BENCH_WARMUP (seconds per page, default
// 2), BENCH_SKIP_BUILD=1 (use the existing .next build; 0 or unset builds), BENCH_ONLY
// (comma-separated parts of paths: measure only those pages and the two baselines).

export type BenchSettings = {
  connections: number;
  durationMs: number;
  warmupMs: number;
  /** Run `next build` before `next start`. */
  build: boolean;
  /** Parts of paths to measure (empty: every page). */
  only: string[];
};

function readNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} moet een getal van ${min} tot ${max} zijn, niet "${raw}".`);
  return value;
}

export function readBenchSettings(): BenchSettings {
  return {
    connections: Math.round(readNumber("BENCH_CONNECTIONS", 10, 1, 256)),
    durationMs: readNumber("BENCH_DURATION", 10, 1, 300) * 1000,
    warmupMs: readNumber("BENCH_WARMUP", 2, 0, 60) * 1000,
    // Unset, empty, "0" or "false": build; anything else (e.g. 1) reuses .next/.
    build: ["", "0", "false"].includes(process.env.BENCH_SKIP_BUILD?.trim().toLowerCase() ?? ""),
    only: (process.env.BENCH_ONLY ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  };
}
