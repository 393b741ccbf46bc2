// `npm run bench:cluster`: the main pages under 50 connections for 30 s, first on one
// production server, then spread over two servers on the same database. A
// throwaway PostgreSQL with the demo data, `npm run build` unless BENCH_SKIP_BUILD=1, the
// servers as `npm start` runs them (JSON request log at info, as in production), signed
// in once as the demo coordinator (the session works on both servers). Each connection
// sends one request at a time, the pages in turn. Prints requests, req/s, p50/p95/p99 and
// errors per phase; exits 1 when any request failed (any status outside 2xx).
// Settings: BENCH_CONNECTIONS (50), BENCH_DURATION (30 s per phase), BENCH_SKIP_BUILD=1.
// Shared, noisy machines: compare the two phases of one run, not figures across runs.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { startTestPostgres, createTwoRoleDatabase } from "../../test/test-postgres.ts";
import { seedDatabaseAt } from "../lib/prepare-database.ts";
import { buildProductionApp, startProductionApp, type ProductionApp } from "../lib/production-app.ts";
import { describeError } from "../lib/report-error.ts";
import { DEMO_PASSWORD, DEMO_TODAY, demoUsers } from "../../prisma/seed-data.ts";
import { percentile } from "./load.ts";
import { signIn } from "./sign-in.ts";

const PAGES = ["/", "/aanbevelingen", "/acties", "/toezeggingen", "/kengetallen", "/profiel"];
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const durationMs = Number(process.env.BENCH_DURATION ?? 30) * 1000;
const build = ["", "0", "false"].includes(process.env.BENCH_SKIP_BUILD?.trim() ?? "");

type Phase = { name: string; requests: number; errors: Map<string, number>; latencies: number[]; elapsedMs: number };

function get(agent: http.Agent, port: number, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { agent, host: "127.0.0.1", port, path, headers: { cookie }, timeout: 30_000 },
      (response) => {
        response.resume();
        response.once("end", () => resolve(response.statusCode ?? 0));
        response.once("error", reject);
      },
    );
    request.once("timeout", () => request.destroy(new Error("timeout")));
    request.once("error", reject);
  });
}

async function runPhase(name: string, servers: ProductionApp[], cookie: string, ms: number): Promise<Phase> {
  const phase: Phase = { name, requests: 0, errors: new Map(), latencies: [], elapsedMs: 0 };
  const agents = servers.map(() => new http.Agent({ keepAlive: true, maxSockets: connections }));
  const begin = performance.now();
  const deadline = begin + ms;
  await Promise.all(
    Array.from({ length: connections }, async (_, index) => {
      // Connections spread evenly over the servers, as a load balancer would.
      const server = index % servers.length;
      for (let turn = index; performance.now() < deadline; turn += 1) {
        const sent = performance.now();
        try {
          const status = await get(agents[server]!, servers[server]!.port, PAGES[turn % PAGES.length]!, cookie);
          if (status < 200 || status > 299)
            phase.errors.set(`HTTP ${status}`, (phase.errors.get(`HTTP ${status}`) ?? 0) + 1);
        } catch (error) {
          const kind = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          phase.errors.set(kind, (phase.errors.get(kind) ?? 0) + 1);
        }
        phase.requests += 1;
        phase.latencies.push(performance.now() - sent);
      }
    }),
  );
  phase.elapsedMs = performance.now() - begin;
  for (const agent of agents) agent.destroy();
  return phase;
}

function describe(phase: Phase): string {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  const errors = [...phase.errors.values()].reduce((sum, count) => sum + count, 0);
  const ms = (value: number) => `${Math.round(value)} ms`;
  return [
    phase.name.padEnd(22),
    `${phase.requests} verzoeken`.padEnd(16),
    `${(phase.requests / (phase.elapsedMs / 1000)).toFixed(1)} req/s`.padEnd(13),
    `p50 ${ms(percentile(sorted, 0.5))}`.padEnd(11),
    `p95 ${ms(percentile(sorted, 0.95))}`.padEnd(11),
    `p99 ${ms(percentile(sorted, 0.99))}`.padEnd(11),
    `fouten ${errors}${errors ? ` (${[...phase.errors].map(([kind, count]) => `${kind}: ${count}`).join(", ")})` : ""}`,
  ].join(" ");
}

async function main(): Promise<number> {
  const stops: Array<() => Promise<void>> = [];
  try {
    const postgres = await startTestPostgres();
    stops.push(() => postgres.stop());
    const database = await createTwoRoleDatabase(postgres, "opvolging_bench_cluster");
    await seedDatabaseAt(database.ownerUrl, { demo: true });
    if (build) {
      console.log("npm run build…");
      await buildProductionApp();
    }
    const env = { AUTH_SECRET: randomBytes(32).toString("base64url"), APP_TODAY: DEMO_TODAY, LOG_LEVEL: "info" };
    // The request log is read and dropped: writing it is part of the work measured.
    const servers = await Promise.all(
      [0, 1].map(() => startProductionApp({ databaseUrl: database.appUrl, env, onOutput: () => {} })),
    );
    for (const server of servers) stops.unshift(() => server.stop());
    const coordinator = demoUsers.find((user) => user.role === "COORDINATOR")!;
    const cookie = await signIn(servers[0]!.baseUrl, coordinator.email, DEMO_PASSWORD, AbortSignal.timeout(60_000));
    console.log(
      `Twee servers op ${servers.map((server) => server.baseUrl).join(" en ")}; ingelogd als ${coordinator.email}.`,
    );
    console.log(
      `Pagina's om de beurt: ${PAGES.join(", ")}; ${connections} verbindingen, ${durationMs / 1000} s per fase.\n`,
    );

    await runPhase("opwarmen", servers, cookie, 5_000);
    const one = await runPhase("één server", [servers[0]!], cookie, durationMs);
    console.log(describe(one));
    const two = await runPhase("twee servers", servers, cookie, durationMs);
    console.log(describe(two));
    return one.errors.size + two.errors.size > 0 ? 1 : 0;
  } finally {
    for (const stop of stops) await stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Fout: ${describeError(error)}`);
    process.exit(1);
  },
);
