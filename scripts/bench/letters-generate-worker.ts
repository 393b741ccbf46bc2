// Child process of letters-generate.ts: times createLetterDraft or createOecdReport (and, separately, its snapshot
// and its composer) as the demo coordinator. Runs with the react-server condition, so that the
// domain code's "server-only" marker resolves as it does in the app. Prints one JSON line.
import { performance } from "node:perf_hooks";
import { createPrismaClient, type PrismaClient } from "../../lib/db-client.ts";
import { toActor } from "../../lib/auth/to-actor.ts";
import { createLetterDraft } from "../../lib/letters/create-letter-draft.ts";
import { buildLetterSnapshot } from "../../lib/letters/build-letter-snapshot.ts";
import { composeLetter } from "../../lib/letters/compose-letter.ts";
import { createOecdReport } from "../../lib/reports/create-oecd-report.ts";
import { buildOecdSnapshot } from "../../lib/reports/build-oecd-snapshot.ts";
import { composeOecdReport } from "../../lib/reports/compose-oecd-report.ts";
import type { LetterTiming } from "./letters-generate.ts";

type Settings = {
  databaseUrl: string;
  coordinatorEmail: string;
  /** A Kamerbrief on a commitment, or the OECD report on an evaluation. */
  cases: { label: string; commitmentId?: string; evaluationId?: string }[];
  runs: number;
};

const settings = JSON.parse(process.env.BENCH_LETTERS ?? "null") as Settings | null;
if (!settings) throw new Error("BENCH_LETTERS ontbreekt: start dit via scripts/bench/letters-generate.ts.");

const prisma = createPrismaClient(settings.databaseUrl);
// lib/db.ts's one client: the domain code finds it here instead of reading DATABASE_URL.
(globalThis as { opvolgingPrisma?: PrismaClient }).opvolgingPrisma = prisma;

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function time<T>(work: () => Promise<T> | T): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

try {
  const actor = toActor(
    await prisma.user.findUniqueOrThrow({
      where: { email: settings.coordinatorEmail },
      include: { organisation: true },
    }),
  );
  const timings: LetterTiming[] = [];
  for (const { label, commitmentId, evaluationId } of settings.cases) {
    const peildatum = process.env.APP_TODAY!;
    const create = () =>
      evaluationId
        ? createOecdReport({ actor, input: { evaluationId } })
        : createLetterDraft({ actor, input: { commitmentId: commitmentId! } });
    for (let warmup = 0; warmup < 2; warmup += 1) await create();
    const totals: number[] = [];
    for (let run = 0; run < settings.runs; run += 1) totals.push(await time(create));
    const snapshots: number[] = [];
    const composes: number[] = [];
    for (let run = 0; run < settings.runs; run += 1) {
      const snapshotStarted = performance.now();
      if (evaluationId) {
        const snapshot = await prisma.$transaction((tx) => buildOecdSnapshot(tx, { evaluationId, peildatum }));
        snapshots.push(performance.now() - snapshotStarted);
        composes.push(await time(() => composeOecdReport(snapshot)));
      } else {
        const snapshot = await prisma.$transaction((tx) =>
          buildLetterSnapshot(tx, { commitmentId: commitmentId!, peildatum }),
        );
        snapshots.push(performance.now() - snapshotStarted);
        composes.push(await time(() => composeLetter(snapshot)));
      }
    }
    timings.push({
      label,
      runs: settings.runs,
      medianMs: median(totals),
      p95Ms: quantile(totals, 0.95),
      minMs: Math.min(...totals),
      snapshotMs: median(snapshots),
      composeMs: median(composes),
    });
  }
  console.log(JSON.stringify(timings));
} finally {
  await prisma.$disconnect();
}
