// A small keep-alive HTTP load generator: a fixed number of connections, each sending one
// request at a time (node:http, no Accept-Encoding), for a fixed time.
import http from "node:http";

/** Hard cap per phase, whatever the duration: the loops are bounded in count and time. */
const MAX_REQUESTS_PER_PHASE = 1_000_000;
const REQUEST_TIMEOUT_MS = 30_000;

export type LoadResult = {
  requests: number;
  elapsedMs: number;
  latenciesMs: number[];
  bytes: number;
  errors: number;
  errorKinds: Map<string, number>;
};

export type LoadOptions = {
  agent: http.Agent;
  port: number;
  path: string;
  headers: http.OutgoingHttpHeaders;
  connections: number;
  durationMs: number;
  /** Ends the loops early (Ctrl-C); the request under way still completes. */
  signal: AbortSignal;
};

function requestOnce(
  agent: http.Agent,
  port: number,
  urlPath: string,
  headers: http.OutgoingHttpHeaders,
): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { agent, host: "127.0.0.1", port, path: urlPath, headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.once("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.once("error", reject);
      },
    );
    request.once("timeout", () => request.destroy(new Error(`geen antwoord binnen ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.once("error", reject);
  });
}

/** `connections` loops, each one request at a time over its own keep-alive connection, for `durationMs`. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, elapsedMs: 0, latenciesMs: [], bytes: 0, errors: 0, errorKinds: new Map() };
  const countError = (kind: string) => {
    result.errors += 1;
    result.errorKinds.set(kind, (result.errorKinds.get(kind) ?? 0) + 1);
  };
  let started = 0;
  const begin = performance.now();
  const deadline = begin + options.durationMs;

  const worker = async () => {
    while (!options.signal.aborted && performance.now() < deadline && started < MAX_REQUESTS_PER_PHASE) {
      started += 1;
      const sent = performance.now();
      try {
        const { status, bytes } = await requestOnce(options.agent, options.port, options.path, options.headers);
        result.requests += 1;
        result.latenciesMs.push(performance.now() - sent);
        result.bytes += bytes;
        if (status < 200 || status > 299) countError(`HTTP ${status}`);
      } catch (error) {
        result.requests += 1;
        countError((error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error)));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  result.elapsedMs = performance.now() - begin;
  return result;
}

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
