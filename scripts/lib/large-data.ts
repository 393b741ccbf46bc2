// A large, generated data set on top of the demo: several evaluations, 10,000 actions,
// 100,000 progress updates, 200,000 audit events of the workflow's kinds, 100,000 sign-in
// events, 1,000 pieces of evidence and 2,000 deadline changes, so that a page which reads
// its data in a careless way (a scan, a query per row) shows it in the figures of
// `npm run bench` and in test/query-counts.test.ts. Used by scripts/generate-large-data.ts
// (`npm run data:large`), the bench and the query-count tests.
//
// Only SQL with generate_series, in one transaction, in seconds. Deterministic: no
// random(); every "random" choice is hashint8 of the row's number and a salt, so two runs
// give the same rows and the bench's runs stay comparable. Every generated row is easy to
// recognise: ids start with "gen-", the evaluations are called "Gegenereerde evaluatie N",
// recommendations, actions and updates are marked illustrative, and the users' addresses
// end in ".gegenereerd.opvolging.test".
//
// Into a database that is migrated and seeded with the demo, as its owner (or a superuser);
// refused for a non-local URL, for the `npm run dev` database in .data/ and for any
// database without the demo marker.
//
// The database's triggers, and how this lives with them:
// - ActionItem's search vector is set per row on insert, and the statement-level trigger of
//   ProgressUpdate appends the new updates' text: one INSERT … SELECT of all updates costs
//   one UPDATE of the actions.
// - ProgressUpdate and AuditEvent are append-only (UPDATE, DELETE and TRUNCATE refused);
//   this only inserts.
// - AuditEvent_stamp_time sets occurredAt to now() on every insert, and is ENABLE ALWAYS,
//   so `session_replication_role = replica` does not silence it (that needs a superuser
//   anyway). To spread the events over the months before the demo's today, this disables
//   that one trigger with ALTER TABLE inside the transaction and enables it again
//   (ENABLE ALWAYS, checked) before the commit. ALTER TABLE needs the table's owner, which
//   the owner role is. DDL is transactional: no other session ever sees the trigger
//   disabled, and the lock it takes holds back other writers of AuditEvent until the
//   commit; a failure rolls the change back with everything else. Without ownership the
//   events keep the database's now() and `auditTimesSpread` says so.
// - For speed, the same owner drops the plain secondary indexes of ActionItem,
//   ProgressUpdate and AuditEvent inside the transaction and creates them again from their
//   own definitions after the load (withIndexesBuiltAfter): same names, so the schema still
//   matches the migrations (test/query-counts.test.ts compares before and after).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { withDatabaseClient } from "./admin-database.ts";
import { assertLocalDatabaseUrl, databaseName } from "./database-url.ts";
import { DATA_DIR, EMBEDDED_DATABASE } from "./dev-database.ts";
import { DEMO_TODAY } from "../../prisma/seed-data.ts";

export type LargeDataSizes = {
  evaluations: number;
  recommendationsPerEvaluation: number;
  actionItems: number;
  progressUpdatesPerAction: number;
  /** Audit events of the workflow's kinds (CREATE, UPDATE, PROGRESS_ADDED, STATUS_CHANGED, DEADLINE_*, EVIDENCE_*, STATUS_OVERRIDDEN). */
  auditEvents: number;
  /** Sign-in events (SIGN_IN_SUCCEEDED / SIGN_IN_FAILED), on top of auditEvents. */
  signInEvents: number;
  evidence: number;
  deadlineChanges: number;
  users: number;
};

/** The full size: what `npm run data:large` and `npm run bench` generate. */
export const LARGE_DATA_SIZES = {
  evaluations: 4,
  recommendationsPerEvaluation: 40,
  actionItems: 10_000,
  progressUpdatesPerAction: 10,
  auditEvents: 200_000,
  signInEvents: 100_000,
  evidence: 1_000,
  deadlineChanges: 2_000,
  users: 300,
} as const satisfies LargeDataSizes;

/** The same proportions for another number of actions (e.g. 100 for a small database in a test). */
export function largeDataSizes(actionItems: number): LargeDataSizes {
  const scale = actionItems / LARGE_DATA_SIZES.actionItems;
  const scaled = (value: number, min: number) => Math.max(min, Math.round(value * scale));
  return {
    evaluations: LARGE_DATA_SIZES.evaluations,
    recommendationsPerEvaluation: Math.min(
      LARGE_DATA_SIZES.recommendationsPerEvaluation,
      scaled(LARGE_DATA_SIZES.recommendationsPerEvaluation, 1),
    ),
    actionItems,
    progressUpdatesPerAction: LARGE_DATA_SIZES.progressUpdatesPerAction,
    auditEvents: scaled(LARGE_DATA_SIZES.auditEvents, 0),
    signInEvents: scaled(LARGE_DATA_SIZES.signInEvents, 0),
    evidence: Math.min(actionItems, scaled(LARGE_DATA_SIZES.evidence, 1)),
    deadlineChanges: Math.min(actionItems, scaled(LARGE_DATA_SIZES.deadlineChanges, 1)),
    users: scaled(LARGE_DATA_SIZES.users, MIN_USERS),
  };
}

/** Enough that every organisation has contributors and FIN has coordinators (see insertUsers). */
const MIN_USERS = 24;

export type LargeDataResult = {
  /** Generated rows per table (audit events split into the workflow's kinds and sign-ins). */
  counts: {
    users: number;
    evaluations: number;
    recommendations: number;
    actionItems: number;
    progressUpdates: number;
    auditEvents: number;
    signInEvents: number;
    evidence: number;
    deadlineChanges: number;
    pendingDeadlineChanges: number;
  };
  seconds: number;
  /** Whether the audit events carry times spread over the months before the demo's today, or all the database's now(). */
  auditTimesSpread: boolean;
  /** Ids to point pages at: a generated action with its full journal (evidence and a deadline change where there are), a generated recommendation. */
  sample: { actionItemId: string; recommendationId: string };
};

// ---------------------------------------------------------------- words

// Dutch words that the search must find ("maatregelen", "risicokader", "training",
// "handboek", "omkoping", "dossier", "toetsing"), combined into titles, descriptions and
// journal entries. Fictitious work: none of it is the real plan's wording.
const ACTION_VERBS = [
  "Opstellen van",
  "Actualiseren van",
  "Uitbreiden van",
  "Evalueren van",
  "Invoeren van",
  "Vastleggen van",
  "Toetsen van",
  "Verbeteren van",
  "Borgen van",
  "Herzien van",
];
const OBJECTS = [
  "het risicokader",
  "het handboek due diligence",
  "de werkinstructies",
  "de maatregelen tegen omkoping",
  "de toetsing van transacties",
  "de training voor nieuwe medewerkers",
  "het dossieronderzoek",
  "de meldprocedure",
  "de controle van agentenvergoedingen",
  "de communicatie naar exporteurs",
];
const QUALIFIERS = [
  "voor exportkredieten",
  "bij de acceptatie",
  "voor nieuwe klanten",
  "in het acceptatieproces",
  "met BZ en FIN",
  "per kwartaal",
  "voor het onderzoeksteam",
  "bij herverzekering",
];
const GOALS = [
  "signalen van omkoping eerder worden herkend",
  "elk dossier op dezelfde manier wordt getoetst",
  "medewerkers weten welke maatregelen gelden",
  "het risicokader in de praktijk werkt",
  "het handboek actueel blijft",
  "de training jaarlijks terugkomt",
];
const ACTIVITIES = [
  "Overleg gevoerd met de afdeling acceptatie",
  "Concept besproken in het managementteam",
  "Eerste versie opgesteld",
  "Reacties van BZ verwerkt",
  "Werksessie gehouden met compliance",
  "Steekproef van dossiers uitgevoerd",
  "Training voorbereid met de academie",
  "Toetsing door de tweede lijn afgerond",
  "Knelpunten geïnventariseerd",
  "Planning afgestemd met FIN",
];
const NEXT_STEPS = [
  "volgende stap is de vaststelling",
  "de planning blijft ongewijzigd",
  "vertraging door een tekort aan capaciteit",
  "wacht op een reactie van de klant",
  "oplevering verwacht binnen vier weken",
  "besluit volgt in het overleg van de Taskforce",
  "aanvullende afspraken zijn nodig",
  "geen bijzonderheden",
];
/** Theme, recommendation title and text share an index. */
const THEMES = [
  "Risicokader",
  "Procedures",
  "Werkinstructies",
  "Training",
  "Communicatie",
  "Kwaliteitsborging",
  "Onderzoek",
  "Risicoacceptatie",
];
const RECOMMENDATION_TITLES = [
  "Stel een concreet risicokader op",
  "Standaardiseer de procedures",
  "Bundel de werkinstructies in één handboek",
  "Train medewerkers periodiek",
  "Verbeter de interne en externe communicatie",
  "Versterk de kwaliteitsborging",
  "Verbeter de onderzoeksprocedures bij signalen van omkoping",
  "Leg het beleid voor risicoacceptatie vast",
];
const RECOMMENDATION_TEXTS = [
  "Werk het risicokader uit in concrete criteria voor de acceptatie van transacties.",
  "Maak de procedures eenvormig, zodat elk dossier op dezelfde wijze wordt behandeld.",
  "Breng de verspreide werkinstructies samen in één actueel handboek.",
  "Bied medewerkers een terugkerende training over omkoping en due diligence.",
  "Informeer exporteurs en medewerkers duidelijker over de maatregelen tegen omkoping.",
  "Borg de kwaliteit van de toetsing met een tweede lijn en steekproeven.",
  "Leg vast hoe een signaal van omkoping wordt onderzocht en door wie.",
  "Beschrijf welke risico's worden aanvaard en onder welke voorwaarden.",
];
const EVIDENCE_TITLES = [
  "Verslag van de toetsing",
  "Notitie risicokader",
  "Presentielijst training",
  "Besluitenlijst Taskforce",
  "Handboek, conceptversie",
  "Steekproefrapport dossiers",
];
const DEADLINE_REASONS = [
  "Afhankelijk van de vaststelling van het risicokader.",
  "Capaciteit tijdelijk ingezet op een onderzoek.",
  "Afstemming met BZ vraagt meer tijd.",
  "De training is verschoven naar het najaar.",
  "Wachten op de reactie van de externe adviseur.",
];
const FIRST_NAMES = [
  "Anouk",
  "Bram",
  "Charlotte",
  "Daan",
  "Eva",
  "Floris",
  "Iris",
  "Jasper",
  "Kim",
  "Lars",
  "Marieke",
  "Niels",
  "Olga",
  "Paul",
  "Roos",
  "Sem",
  "Tessa",
  "Vincent",
  "Wouter",
  "Yara",
];
const LAST_NAMES = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "van Dijk",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
];

/** A few hundred bytes that start like a PDF; `{n}` becomes the evidence's number. */
const PDF_TEMPLATE = [
  "%PDF-1.4",
  "% Gegenereerd bewijsstuk {n} (scripts/lib/large-data.ts): geen echt document.",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj",
  "3 0 obj << /Title (Gegenereerd bewijsstuk {n}) /Producer (Opvolging) >> endobj",
  "trailer << /Root 1 0 R /Info 3 0 R >>",
  "%%EOF",
  "",
].join("\n");

// ---------------------------------------------------------------- SQL pieces

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const textArray = (list: readonly string[]) => `ARRAY[${list.map(literal).join(", ")}]::text[]`;

function count(value: number, name: string): string {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} moet een geheel getal van 0 of meer zijn, niet ${value}.`);
  return String(value);
}

/** A deterministic number from 0 to modulo - 1 for row number `n` (an SQL expression) and a salt. */
const pick = (n: string, salt: number, modulo: number | string) =>
  `(((hashint8((${n})::bigint * 7919 + ${salt})::bigint + 2147483648) % (${modulo}))::int)`;
const choose = (list: readonly string[], n: string, salt: number) =>
  `(${textArray(list)})[1 + ${pick(n, salt, list.length)}]`;

const TODAY = `DATE ${literal(DEMO_TODAY)}`;
/** A calendar date at a time of day in Amsterdam, as timestamptz. */
const at = (date: string, minutes: string) =>
  `((${date})::timestamp + make_interval(mins => ${minutes})) AT TIME ZONE 'Europe/Amsterdam'`;

// The journal of generated action n: `P` updates, `gap` days apart, the newest `last` days
// before today. The action's completedOn and createdAt use the same expressions.
const gapDays = (n: string) => `(3 + ${pick(n, 7, 10)})`;
const lastDays = (n: string) => `${pick(n, 8, 20)}`;
const updateDate = (n: string, k: string, p: number) => `(${TODAY} - ((${p} - ${k}) * ${gapDays(n)} + ${lastDays(n)}))`;

const GENERATED = {
  users: `id LIKE 'gen-user-%'`,
  actions: `id LIKE 'gen-action-%'`,
};

// ---------------------------------------------------------------- the target

/** The port of the running `npm run dev` cluster in .data/, read from its postmaster.pid. */
function devClusterPort(): number | undefined {
  const pidFile = path.join(DATA_DIR, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/** Refuses, before connecting, a non-local database and the `npm run dev` database in .data/. */
function assertThrowawayUrl(url: string): void {
  assertLocalDatabaseUrl(url, "De generator van grote testgegevens");
  const port = Number(new URL(url).port || 5432);
  if (databaseName(url) === EMBEDDED_DATABASE && port === devClusterPort()) {
    throw new Error(
      `De generator van grote testgegevens weigert de database van 'npm run dev' in ${DATA_DIR}: gebruik 'npm run data:large', dat een eigen wegwerpdatabase start.`,
    );
  }
}

/** Refuses a database without the demo marker, and one that has generated data already. */
async function assertThrowawayDatabase(client: pg.Client): Promise<void> {
  const marker = await client
    .query(`SELECT to_regclass('"DemoMarker"') IS NOT NULL AND EXISTS (SELECT 1 FROM "DemoMarker") AS demo`)
    .catch(() => ({ rows: [{ demo: false }] }));
  if (!marker.rows[0]?.demo) {
    throw new Error(
      "De generator van grote testgegevens weigert een database zonder demomarkering: alleen een gemigreerde database met de demogegevens krijgt gegenereerde gegevens.",
    );
  }
  const { rowCount } = await client.query(`SELECT 1 FROM "Evaluation" WHERE id LIKE 'gen-evaluation-%' LIMIT 1`);
  if (rowCount) throw new Error("Deze database heeft al gegenereerde gegevens.");
}

/** The ids of FIN, BZ and ADSB, in that order (the seed made them). */
async function organisationIds(client: pg.Client): Promise<string[]> {
  const codes = ["FIN", "BZ", "ADSB"];
  const { rows } = await client.query<{ code: string; id: string }>(
    `SELECT code, id FROM "Organisation" WHERE code = ANY($1)`,
    [codes],
  );
  return codes.map((code) => {
    const row = rows.find((candidate) => candidate.code === code);
    if (!row) throw new Error(`Organisatie ${code} ontbreekt; seed de database eerst.`);
    return row.id;
  });
}

// ---------------------------------------------------------------- the rows

/**
 * Users 1..U: organisation FIN, BZ, ADSB in turn; every twelfth (always FIN) a
 * Coördinator, one in four a Lezer, the rest Bijdragers. No password: they could only sign
 * in through OIDC.
 */
async function insertUsers(client: pg.Client, sizes: LargeDataSizes, orgs: string[]) {
  await client.query(
    `INSERT INTO "User" (id, name, email, role, "organisationId", "createdAt", "updatedAt")
     SELECT 'gen-user-' || n,
            ${choose(FIRST_NAMES, "n", 1)} || ' ' || ${choose(LAST_NAMES, "n", 2)},
            'medewerker' || n || '@' || (ARRAY['fin', 'bz', 'adsb'])[1 + n % 3] || '.gegenereerd.opvolging.test',
            (CASE WHEN n % 12 = 0 THEN 'COORDINATOR' WHEN n % 4 = 1 THEN 'READER' ELSE 'CONTRIBUTOR' END)::"Role",
            (${textArray(orgs)})[1 + n % 3],
            ${at(`${TODAY} - 200`, "n")}, ${at(`${TODAY} - 200`, "n")}
       FROM generate_series(1, ${count(sizes.users, "users")}) AS n`,
  );
}

async function insertEvaluationsAndRecommendations(client: pg.Client, sizes: LargeDataSizes, orgs: string[]) {
  await client.query(
    `INSERT INTO "Evaluation" (id, title, "periodEvaluated", evaluator, "reportDate", "sentToParliamentOn", source, "createdAt", "updatedAt")
     SELECT 'gen-evaluation-' || e, 'Gegenereerde evaluatie ' || e, (2014 + e) || '–' || (2016 + e),
            'Gegenereerd voor metingen (geen echte evaluatie)', DATE '2021-06-01' + e * 45, DATE '2021-09-01' + e * 45,
            'Gegenereerd door scripts/lib/large-data.ts; geen openbare bron', ${at("DATE '2022-11-17'", "480 + e")}, ${at("DATE '2022-11-17'", "480 + e")}
       FROM generate_series(1, ${count(sizes.evaluations, "evaluations")}) AS e`,
  );
  const r = count(sizes.recommendationsPerEvaluation, "recommendationsPerEvaluation");
  await client.query(
    `INSERT INTO "Recommendation" (id, "evaluationId", number, title, text, theme, "cabinetResponse", "leadOrganisationId",
                                   "statusOverride", "statusOverrideReason", "isIllustrative", "createdAt", "updatedAt")
     SELECT 'gen-rec-' || e || '-' || r, 'gen-evaluation-' || e, r,
            (${textArray(RECOMMENDATION_TITLES)})[1 + t], 'Gegenereerde aanbeveling ' || e || '.' || r || '. ' || (${textArray(RECOMMENDATION_TEXTS)})[1 + t],
            (${textArray(THEMES)})[1 + t],
            (CASE WHEN ${pick("i", 31, 10)} < 7 THEN 'ADOPTED' WHEN ${pick("i", 31, 10)} < 9 THEN 'PARTLY_ADOPTED' ELSE 'NOT_ADOPTED' END)::"CabinetResponse",
            (${textArray(orgs)})[1 + ${pick("i", 32, 3)}],
            CASE WHEN ${pick("i", 33, 13)} = 0 THEN 'IN_PROGRESS'::"ImplementationStatus" END,
            CASE WHEN ${pick("i", 33, 13)} = 0 THEN 'Vastgesteld door de coördinator: de afgeronde acties dekken de aanbeveling nog niet.' END,
            true, ${at("DATE '2022-11-17'", "540 + i")}, ${at("DATE '2022-11-17'", "540 + i")}
       FROM generate_series(1, ${count(sizes.evaluations, "evaluations")}) AS e, generate_series(1, ${r}) AS r,
            LATERAL (SELECT (e - 1) * ${r} + r AS i) AS numbered,
            LATERAL (SELECT ${pick("i", 30, THEMES.length)} AS t) AS theme`,
  );
}

/**
 * Actions 0..A-1 over the recommendations in turn, the organisation, status and deadline
 * chosen by hash: about 18 % Niet gestart, 37 % In uitvoering, 12 % Vertraagd, 28 %
 * Afgerond, 5 % Geannuleerd; deadlines 20 % before the demo's today, 20 % within 30 days,
 * the rest later. The contact person is a generated Bijdrager of the owning organisation.
 */
async function insertActionItems(client: pg.Client, sizes: LargeDataSizes, orgs: string[]) {
  const recommendations = sizes.evaluations * sizes.recommendationsPerEvaluation;
  const p = sizes.progressUpdatesPerAction;
  await client.query(
    `WITH staff AS (
       SELECT "organisationId" AS staff_org, array_agg(id ORDER BY id) AS contributors
         FROM "User" WHERE ${GENERATED.users} AND role = 'CONTRIBUTOR' GROUP BY "organisationId"
     ), numbered AS (
       SELECT n,
              (${textArray(orgs)})[1 + ${pick("n", 1, 3)}] AS org,
              (CASE WHEN ${pick("n", 2, 100)} < 18 THEN 'NOT_STARTED' WHEN ${pick("n", 2, 100)} < 55 THEN 'IN_PROGRESS'
                    WHEN ${pick("n", 2, 100)} < 67 THEN 'DELAYED' WHEN ${pick("n", 2, 100)} < 95 THEN 'DONE' ELSE 'CANCELLED' END)::"ActionStatus" AS status,
              ${TODAY} + CASE WHEN ${pick("n", 3, 100)} < 20 THEN -1 - ${pick("n", 4, 200)}
                              WHEN ${pick("n", 3, 100)} < 40 THEN ${pick("n", 4, 31)}
                              ELSE 31 + ${pick("n", 4, 600)} END AS due
         FROM generate_series(0, ${count(sizes.actionItems, "actionItems")} - 1) AS n
     )
     INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate",
                               status, "percentDone", "completedOn", "cancelReason", "isIllustrative", version, "createdAt", "updatedAt")
     SELECT 'gen-action-' || n,
            'gen-rec-' || (1 + (n % ${recommendations}) / ${sizes.recommendationsPerEvaluation}) || '-' || (1 + (n % ${recommendations}) % ${sizes.recommendationsPerEvaluation}),
            ${choose(ACTION_VERBS, "n", 10)} || ' ' || ${choose(OBJECTS, "n", 11)} || ' ' || ${choose(QUALIFIERS, "n", 12)},
            'Gegenereerde actie over ' || ${choose(OBJECTS, "n", 11)} || ' ' || ${choose(QUALIFIERS, "n", 15)}
              || ', zodat ' || ${choose(GOALS, "n", 16)} || '. De contactpersoon houdt de voortgang bij.',
            org,
            staff.contributors[1 + ${pick("n", 17, "cardinality(staff.contributors)")}],
            CASE WHEN ${pick("n", 5, 20)} = 0 THEN NULL
                 WHEN status = 'NOT_STARTED' THEN due - (30 + ${pick("n", 6, 400)})
                 ELSE least(due, ${updateDate("n", "1", p)} - ${pick("n", 6, 30)}) END,
            due,
            status,
            CASE status WHEN 'NOT_STARTED' THEN 0 WHEN 'IN_PROGRESS' THEN 10 + ${pick("n", 18, 80)} WHEN 'DELAYED' THEN 5 + ${pick("n", 18, 60)}
                        WHEN 'DONE' THEN 100 ELSE ${pick("n", 18, 50)} END,
            CASE WHEN status = 'DONE' THEN ${updateDate("n", String(p), p)} END,
            CASE WHEN status = 'CANCELLED' THEN 'Vervalt: ' || ${choose(GOALS, "n", 19)} || ' valt onder een andere actie.' END,
            true, 1 + ${p},
            ${at(`${updateDate("n", "1", p)} - 7 - ${pick("n", 9, 30)}`, "540")},
            ${at(updateDate("n", String(p), p), "1020")}
       FROM numbered JOIN staff ON staff.staff_org = numbered.org`,
  );
}

/**
 * P updates per action, newest `last` days before today. The statuses run Niet gestart →
 * In uitvoering → … → the action's status in the last update (Niet gestart stays so),
 * each statusBefore the previous statusAfter; the percentage climbs to the action's.
 * Mostly written by the contact person, one in four by a coordinator (the cancellation always).
 */
async function insertProgressUpdates(client: pg.Client, sizes: LargeDataSizes) {
  const p = count(sizes.progressUpdatesPerAction, "progressUpdatesPerAction");
  const u = `(a.n * ${sizes.progressUpdatesPerAction + 1} + k)`;
  const after = `(CASE WHEN k = ${p} THEN a.status WHEN a.status = 'NOT_STARTED' THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END)::"ActionStatus"`;
  const before = `(CASE WHEN k = 1 OR a.status = 'NOT_STARTED' THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END)::"ActionStatus"`;
  await client.query(
    `INSERT INTO "ProgressUpdate" (id, "actionItemId", "authorId", text, "statusBefore", "statusAfter", "percentDone", "occurredOn", "isIllustrative", "createdAt")
     SELECT 'gen-update-' || a.n || '-' || k, a.id,
            CASE WHEN (k = ${p} AND a.status = 'CANCELLED') OR ${pick(u, 40, 4)} = 0
                 THEN c.coordinators[1 + ${pick(u, 41, "cardinality(c.coordinators)")}] ELSE a."contactUserId" END,
            CASE WHEN k = ${p} AND a.status = 'DONE' THEN 'Afgerond. '
                 WHEN k = ${p} AND a.status = 'CANCELLED' THEN 'Geannuleerd. '
                 WHEN k = ${p} AND a.status = 'DELAYED' THEN 'Vertraagd. ' ELSE '' END
              || ${choose(ACTIVITIES, u, 42)} || ' over ' || ${choose(OBJECTS, "a.n", 11)} || '; ' || ${choose(NEXT_STEPS, u, 44)} || '.',
            ${before}, ${after},
            CASE WHEN a.status = 'NOT_STARTED' THEN 0 WHEN k = ${p} THEN a."percentDone" ELSE a."percentDone" * k / ${p} END,
            ${updateDate("a.n", "k", sizes.progressUpdatesPerAction)},
            true,
            ${at(updateDate("a.n", "k", sizes.progressUpdatesPerAction), `480 + ${pick(u, 45, 540)}`)}
       FROM (SELECT id, status, "percentDone", "contactUserId", substr(id, 12)::int AS n FROM "ActionItem" WHERE ${GENERATED.actions}) AS a
      CROSS JOIN generate_series(1, ${p}) AS k
      CROSS JOIN (SELECT array_agg(id ORDER BY id) AS coordinators FROM "User" WHERE ${GENERATED.users} AND role = 'COORDINATOR') AS c`,
  );
}

/** Actions at an even stride; every third piece a small PDF, the rest links; one in fifty removed. */
async function insertEvidence(client: pg.Client, sizes: LargeDataSizes) {
  if (sizes.evidence === 0) return;
  const stride = Math.max(1, Math.floor(sizes.actionItems / sizes.evidence));
  const offset = Math.min(3, stride - 1);
  const file = "j % 3 = 0";
  await client.query(
    `INSERT INTO "Evidence" (id, "actionItemId", kind, title, "fileName", "mediaType", "sizeBytes", content, url, "addedById", "removedAt", version, "createdAt", "updatedAt")
     SELECT 'gen-evidence-' || j, a.id,
            (CASE WHEN ${file} THEN 'FILE' ELSE 'LINK' END)::"EvidenceKind",
            ${choose(EVIDENCE_TITLES, "j", 50)} || ' ' || (j + 1),
            CASE WHEN ${file} THEN 'bewijsstuk-' || (j + 1) || '.pdf' END,
            CASE WHEN ${file} THEN 'application/pdf' END,
            CASE WHEN ${file} THEN octet_length(x.pdf) END,
            CASE WHEN ${file} THEN x.pdf END,
            CASE WHEN NOT (${file}) THEN 'https://dossiers.gegenereerd.opvolging.test/acties/' || a.id || '/bewijs/' || (j + 1) END,
            a."contactUserId",
            CASE WHEN ${pick("j", 51, 50)} = 0 THEN x.created + interval '2 days' END,
            CASE WHEN ${pick("j", 51, 50)} = 0 THEN 2 ELSE 1 END,
            x.created, x.created
       FROM generate_series(0, ${count(sizes.evidence, "evidence")} - 1) AS j
       JOIN "ActionItem" a ON a.id = 'gen-action-' || (j * ${stride} + ${offset})
      CROSS JOIN LATERAL (SELECT convert_to(replace($1, '{n}', (j + 1)::text), 'UTF8') AS pdf,
                                 ${at(`${TODAY} - 3 - ${pick("j", 52, 120)}`, `540 + ${pick("j", 53, 480)}`)} AS created) AS x`,
    [PDF_TEMPLATE],
  );
}

/**
 * Actions at an even stride: one in ten a request still open (on open actions only), two
 * in ten rejected, the rest approved; one in ten of the approved moved by a coordinator
 * directly (requested and decided by the same person).
 */
async function insertDeadlineChanges(client: pg.Client, sizes: LargeDataSizes) {
  if (sizes.deadlineChanges === 0) return;
  const stride = Math.max(1, Math.floor(sizes.actionItems / sizes.deadlineChanges));
  // The same offset as the evidence's: at the full size every action with evidence also has a deadline change.
  const offset = Math.min(3, stride - 1);
  await client.query(
    `WITH coordinators AS (SELECT array_agg(id ORDER BY id) AS ids FROM "User" WHERE ${GENERATED.users} AND role = 'COORDINATOR'),
     changes AS (
       SELECT i, a.id AS action_id, a."dueDate" AS due, a."contactUserId" AS contact,
              c.ids[1 + ${pick("i", 64, "cardinality(c.ids)")}] AS coordinator,
              CASE WHEN ${pick("i", 60, 10)} = 0 AND a.status IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') THEN 'PENDING'
                   WHEN ${pick("i", 60, 10)} IN (1, 2) THEN 'REJECTED' ELSE 'APPROVED' END AS status,
              ${pick("i", 63, 10)} = 0 AS direct,
              14 + ${pick("i", 61, 90)} AS shift,
              ${at(`${TODAY} - 5 - ${pick("i", 62, 90)}`, `540 + ${pick("i", 65, 480)}`)} AS requested
         FROM generate_series(0, ${count(sizes.deadlineChanges, "deadlineChanges")} - 1) AS i
         JOIN "ActionItem" a ON a.id = 'gen-action-' || (i * ${stride} + ${offset})
        CROSS JOIN coordinators c
     )
     INSERT INTO "DeadlineChange" (id, "actionItemId", "oldDueDate", "newDueDate", reason, status, "requestedById", "decidedById", "decidedAt",
                                   "decisionNote", version, "createdAt", "updatedAt")
     SELECT 'gen-deadline-' || i, action_id,
            CASE WHEN status = 'APPROVED' THEN due - shift ELSE due END,
            CASE WHEN status = 'APPROVED' THEN due ELSE due + shift END,
            ${choose(DEADLINE_REASONS, "i", 66)},
            status::"DeadlineChangeStatus",
            CASE WHEN status = 'APPROVED' AND direct THEN coordinator ELSE contact END,
            CASE WHEN status <> 'PENDING' THEN coordinator END,
            CASE WHEN status = 'APPROVED' AND direct THEN requested WHEN status <> 'PENDING' THEN requested + interval '3 days' END,
            CASE WHEN status = 'REJECTED' THEN 'Onvoldoende onderbouwd; de huidige deadline blijft staan.' WHEN status = 'APPROVED' AND NOT direct THEN 'Akkoord.' END,
            CASE WHEN status = 'PENDING' THEN 1 ELSE 2 END,
            requested,
            CASE WHEN status = 'PENDING' OR direct THEN requested ELSE requested + interval '3 days' END
       FROM changes`,
  );
}

/**
 * The audit trail of everything above, at the times of the rows, then UPDATE events on
 * actions and recommendations up to `auditEvents`, then the sign-in events.
 */
async function insertAuditEvents(client: pg.Client, sizes: LargeDataSizes) {
  const insert = (select: string) =>
    client.query(
      `INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, before, after, "occurredAt") ${select}`,
    );
  const coordinators = `(SELECT array_agg(id ORDER BY id) AS ids FROM "User" WHERE ${GENERATED.users} AND role = 'COORDINATOR') AS c`;

  // Each journal entry: PROGRESS_ADDED, or STATUS_CHANGED when the status moved (as addProgressUpdate writes them).
  await insert(
    `SELECT 'gen-event-' || p.id, p."authorId", 'ActionItem', p."actionItemId",
            CASE WHEN p."statusBefore" = p."statusAfter" THEN 'PROGRESS_ADDED' ELSE 'STATUS_CHANGED' END,
            jsonb_build_object('status', p."statusBefore", 'percentDone', lag(p."percentDone", 1, 0) OVER journal),
            jsonb_build_object('status', p."statusAfter", 'percentDone', p."percentDone", 'progressUpdateId', p.id),
            p."createdAt"
       FROM "ProgressUpdate" p WHERE p.id LIKE 'gen-update-%'
     WINDOW journal AS (PARTITION BY p."actionItemId" ORDER BY p."createdAt")`,
  );
  // Each action and recommendation created by a coordinator; each override of a recommendation's status.
  await insert(
    `SELECT 'gen-event-create-' || a.id, c.ids[1 + ${pick("substr(a.id, 12)::int", 80, "cardinality(c.ids)")}], 'ActionItem', a.id, 'CREATE', NULL,
            jsonb_build_object('title', a.title, 'status', 'NOT_STARTED', 'dueDate', a."dueDate", 'ownerOrganisationId', a."ownerOrganisationId"),
            a."createdAt"
       FROM "ActionItem" a, ${coordinators} WHERE a.${GENERATED.actions}`,
  );
  await insert(
    `SELECT 'gen-event-create-' || r.id, c.ids[1 + ${pick("r.number", 81, "cardinality(c.ids)")}], 'Recommendation', r.id, 'CREATE', NULL,
            jsonb_build_object('number', r.number, 'title', r.title, 'theme', r.theme), r."createdAt"
       FROM "Recommendation" r, ${coordinators} WHERE r.id LIKE 'gen-rec-%'
     UNION ALL
     SELECT 'gen-event-override-' || r.id, c.ids[1], 'Recommendation', r.id, 'STATUS_OVERRIDDEN',
            jsonb_build_object('statusOverride', NULL), jsonb_build_object('statusOverride', r."statusOverride", 'statusOverrideReason', r."statusOverrideReason"),
            r."createdAt" + interval '60 days'
       FROM "Recommendation" r, ${coordinators} WHERE r.id LIKE 'gen-rec-%' AND r."statusOverride" IS NOT NULL`,
  );
  // Each deadline change: requested, then approved or rejected; or changed directly by a coordinator.
  await insert(
    `SELECT 'gen-event-requested-' || d.id, d."requestedById", 'ActionItem', d."actionItemId", 'DEADLINE_REQUESTED',
            jsonb_build_object('dueDate', d."oldDueDate"), jsonb_build_object('dueDate', d."newDueDate", 'reason', d.reason, 'deadlineChangeId', d.id), d."createdAt"
       FROM "DeadlineChange" d WHERE d.id LIKE 'gen-deadline-%' AND d."requestedById" IS DISTINCT FROM d."decidedById"
     UNION ALL
     SELECT 'gen-event-decided-' || d.id, d."decidedById", 'ActionItem', d."actionItemId",
            CASE WHEN d."requestedById" = d."decidedById" THEN 'DEADLINE_CHANGED' WHEN d.status = 'APPROVED' THEN 'DEADLINE_APPROVED' ELSE 'DEADLINE_REJECTED' END,
            jsonb_build_object('dueDate', d."oldDueDate"),
            jsonb_build_object('dueDate', CASE WHEN d.status = 'APPROVED' THEN d."newDueDate" ELSE d."oldDueDate" END, 'decisionNote', d."decisionNote", 'deadlineChangeId', d.id),
            d."decidedAt"
       FROM "DeadlineChange" d WHERE d.id LIKE 'gen-deadline-%' AND d.status <> 'PENDING'`,
  );
  // Each piece of evidence added, and removed where it was.
  await insert(
    `SELECT 'gen-event-added-' || e.id, e."addedById", 'Evidence', e.id, 'EVIDENCE_ADDED', NULL,
            jsonb_build_object('actionItemId', e."actionItemId", 'title', e.title, 'kind', e.kind), e."createdAt"
       FROM "Evidence" e WHERE e.id LIKE 'gen-evidence-%'
     UNION ALL
     SELECT 'gen-event-removed-' || e.id, e."addedById", 'Evidence', e.id, 'EVIDENCE_REMOVED', jsonb_build_object('removedAt', NULL),
            jsonb_build_object('actionItemId', e."actionItemId", 'removedAt', e."removedAt"), e."removedAt"
       FROM "Evidence" e WHERE e.id LIKE 'gen-evidence-%' AND e."removedAt" IS NOT NULL`,
  );

  // Up to the size: edits of the details, nine in ten of an action (title, start date or
  // contact person), one in ten of a recommendation (theme), spread over the months since
  // the plan of action (17 November 2022).
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEvent" WHERE id LIKE 'gen-event-%'`,
  );
  const remaining = sizes.auditEvents - Number(rows[0]!.n);
  if (remaining > 0) {
    const minutes = `(${TODAY} - DATE '2022-11-17') * 1440`;
    await insert(
      `SELECT 'gen-event-update-' || m,
              CASE WHEN ${pick("m", 71, 3)} = 2 THEN c.ids[1 + ${pick("m", 73, "cardinality(c.ids)")}] ELSE a."contactUserId" END,
              'ActionItem', a.id, 'UPDATE',
              CASE ${pick("m", 71, 3)} WHEN 0 THEN jsonb_build_object('title', 'Concept: ' || a.title)
                                       WHEN 1 THEN jsonb_build_object('startDate', a."startDate" - 14)
                                       ELSE jsonb_build_object('contactUserId', NULL) END,
              CASE ${pick("m", 71, 3)} WHEN 0 THEN jsonb_build_object('title', a.title)
                                       WHEN 1 THEN jsonb_build_object('startDate', a."startDate")
                                       ELSE jsonb_build_object('contactUserId', a."contactUserId") END,
              TIMESTAMPTZ '2022-11-17 08:00 Europe/Amsterdam' + make_interval(mins => ${pick("m", 72, minutes)})
         FROM generate_series(1, ${count(remaining, "remaining")}) AS m
         JOIN "ActionItem" a ON a.id = 'gen-action-' || ${pick("m", 70, sizes.actionItems)}
        CROSS JOIN ${coordinators}
        WHERE m % 10 <> 0
       UNION ALL
       SELECT 'gen-event-update-' || m, c.ids[1 + ${pick("m", 73, "cardinality(c.ids)")}], 'Recommendation', r.id, 'UPDATE',
              jsonb_build_object('theme', 'Overig'), jsonb_build_object('theme', r.theme),
              TIMESTAMPTZ '2022-11-17 08:00 Europe/Amsterdam' + make_interval(mins => ${pick("m", 72, minutes)})
         FROM generate_series(10, ${count(remaining, "remaining")}, 10) AS m
         JOIN "Recommendation" r ON r.id = 'gen-rec-' || (1 + ${pick("m", 74, sizes.evaluations)}) || '-' || (1 + ${pick("m", 75, sizes.recommendationsPerEvaluation)})
        CROSS JOIN ${coordinators}`,
    );
  }

  // Sign-ins of every user (the demo accounts among them), one every 47 seconds back from
  // the demo's today; one in three failed.
  await insert(
    `SELECT 'gen-signin-' || n, users.ids[1 + n % cardinality(users.ids)], 'SignIn', users.emails[1 + n % cardinality(users.ids)],
            (ARRAY['SIGN_IN_SUCCEEDED', 'SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED'])[1 + n % 3], NULL,
            jsonb_build_object('method', 'password', 'clientAddress', '10.0.' || (n % 250) || '.' || (n % 200)),
            TIMESTAMPTZ '${DEMO_TODAY} 18:00 Europe/Amsterdam' - make_interval(secs => n * 47)
       FROM generate_series(1, ${count(sizes.signInEvents, "signInEvents")}) AS n,
            (SELECT array_agg(id ORDER BY email) AS ids, array_agg(email ORDER BY email) AS emails FROM "User") AS users`,
  );
}

// ---------------------------------------------------------------- main

const STAMP_TRIGGER = "AuditEvent_stamp_time";

/** The tables that get most rows: their secondary indexes are built once after the load, not row by row. */
const BULK_TABLES = ["ActionItem", "ProgressUpdate", "AuditEvent"] as const;

/**
 * Drops the plain secondary indexes of `tables` (not the primary keys the loading queries
 * join on, not an index behind a constraint), runs `work`, and creates them again from
 * their own definitions: same names, same columns, so the schema matches the migrations
 * as before (checked). Building an index once over the loaded rows costs a fraction of
 * keeping six B-trees current row by row. Inside the caller's transaction: other sessions
 * wait for the commit (ACCESS EXCLUSIVE) and never see a table without its indexes.
 */
async function withIndexesBuiltAfter(
  client: pg.Client,
  tables: readonly string[],
  work: () => Promise<void>,
  timed: (build: () => Promise<void>) => Promise<void> = (build) => build(),
): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY (SELECT format('%I', t)::regclass FROM unnest($1::text[]) AS t)
        AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  await work();
  await timed(async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '128MB'`);
    for (const { definition } of indexes) await client.query(definition);
  });
  const { rows } = await client.query<{ name: string }>(
    `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indexrelid = ANY (SELECT to_regclass(n) FROM unnest($1::text[]) AS n)`,
    [indexes.map(({ name }) => name)],
  );
  if (rows.length !== indexes.length) throw new Error("Na het genereren ontbreken indexen; er is niets opgeslagen.");
}

/** Whether this role may ALTER these tables (it owns them, or is a superuser). */
async function ownsTables(client: pg.Client, tables: readonly string[]): Promise<boolean> {
  const { rows } = await client.query<{ owns: boolean }>(
    `SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) AS owns
       FROM pg_class WHERE oid = ANY (SELECT format('%I', t)::regclass FROM unnest($1::text[]) AS t)`,
    [tables],
  );
  return rows[0]?.owns === true;
}

async function countGenerated(client: pg.Client): Promise<LargeDataResult["counts"]> {
  const { rows } = await client.query<Record<keyof LargeDataResult["counts"], string>>(
    `SELECT (SELECT count(*) FROM "User" WHERE ${GENERATED.users}) AS users,
            (SELECT count(*) FROM "Evaluation" WHERE id LIKE 'gen-evaluation-%') AS evaluations,
            (SELECT count(*) FROM "Recommendation" WHERE id LIKE 'gen-rec-%') AS recommendations,
            (SELECT count(*) FROM "ActionItem" WHERE ${GENERATED.actions}) AS "actionItems",
            (SELECT count(*) FROM "ProgressUpdate" WHERE id LIKE 'gen-update-%') AS "progressUpdates",
            (SELECT count(*) FROM "AuditEvent" WHERE id LIKE 'gen-event-%') AS "auditEvents",
            (SELECT count(*) FROM "AuditEvent" WHERE id LIKE 'gen-signin-%') AS "signInEvents",
            (SELECT count(*) FROM "Evidence" WHERE id LIKE 'gen-evidence-%') AS evidence,
            (SELECT count(*) FROM "DeadlineChange" WHERE id LIKE 'gen-deadline-%') AS "deadlineChanges",
            (SELECT count(*) FROM "DeadlineChange" WHERE id LIKE 'gen-deadline-%' AND status = 'PENDING') AS "pendingDeadlineChanges"`,
  );
  return Object.fromEntries(
    Object.entries(rows[0]!).map(([key, value]) => [key, Number(value)]),
  ) as LargeDataResult["counts"];
}

/** An In uitvoering generated action with its full journal, evidence and a deadline change where there are; the first generated recommendation. */
async function findSample(client: pg.Client): Promise<LargeDataResult["sample"]> {
  const { rows } = await client.query<{ action: string | null; recommendation: string | null }>(
    `SELECT (SELECT a.id FROM "ActionItem" a WHERE a.${GENERATED.actions} AND a.status = 'IN_PROGRESS'
              ORDER BY EXISTS (SELECT 1 FROM "Evidence" e WHERE e."actionItemId" = a.id) DESC,
                       EXISTS (SELECT 1 FROM "DeadlineChange" d WHERE d."actionItemId" = a.id) DESC, a."createdAt", a.id LIMIT 1) AS action,
            (SELECT r.id FROM "Recommendation" r WHERE r.id LIKE 'gen-rec-%' ORDER BY r."evaluationId", r.number LIMIT 1) AS recommendation`,
  );
  const { action, recommendation } = rows[0] ?? {};
  if (!action || !recommendation) throw new Error("Na het genereren ontbreekt een gegenereerde actie of aanbeveling.");
  return { actionItemId: action, recommendationId: recommendation };
}

function validate(sizes: LargeDataSizes): void {
  for (const [name, value] of Object.entries(sizes)) count(value, name);
  if (sizes.users < MIN_USERS)
    throw new Error(`users moet minstens ${MIN_USERS} zijn (Bijdragers in elke organisatie, Coördinatoren bij FIN).`);
  if (sizes.evaluations < 1 || sizes.recommendationsPerEvaluation < 1 || sizes.actionItems < 1)
    throw new Error("Minstens één evaluatie, aanbeveling en actie.");
  if (sizes.progressUpdatesPerAction < 1) throw new Error("Minstens één voortgangsupdate per actie.");
  if (sizes.evidence > sizes.actionItems || sizes.deadlineChanges > sizes.actionItems)
    throw new Error("Hooguit één bewijsstuk en één deadlinewijziging per actie.");
}

const VACUUMED_TABLES = `"User", "Evaluation", "Recommendation", "ActionItem", "ProgressUpdate", "Evidence", "DeadlineChange", "AuditEvent"`;

/**
 * VACUUM ANALYZE, again until the action table's pages are all marked all-visible. A VACUUM
 * right after the load may leave a third of them unmarked while another session (an
 * autovacuum's ANALYZE of the tally, say) still holds an older snapshot; the planner then
 * reads the heap instead of the dashboard's covering index, which no settled database does.
 */
async function vacuumUntilSettled(client: pg.Client, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await client.query(`VACUUM (ANALYZE) ${VACUUMED_TABLES}`);
    const { rows } = await client.query<{ visible: number; pages: number }>(
      `SELECT relallvisible AS visible, relpages AS pages FROM pg_class WHERE oid = '"ActionItem"'::regclass`,
    );
    const { visible, pages } = rows[0]!;
    if (visible >= pages * 0.99 || attempt === attempts) return;
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}

/**
 * Adds the generated data to the URL's database (migrated, seeded with the demo), as its
 * owner, in one transaction, then VACUUM ANALYZE of the tables it filled.
 */
export async function addLargeData(
  url: string,
  sizes: LargeDataSizes = LARGE_DATA_SIZES,
  { onStep }: { onStep?: (step: string, seconds: number) => void } = {},
): Promise<LargeDataResult> {
  validate(sizes);
  assertThrowawayUrl(url);
  const started = performance.now();
  const step = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    const begin = performance.now();
    await work();
    onStep?.(name, (performance.now() - begin) / 1000);
  };
  return withDatabaseClient(url, async (client) => {
    await assertThrowawayDatabase(client);
    const orgs = await organisationIds(client);
    // The owner (or a superuser) may switch the stamp trigger off and the indexes; another role loads row by row, stamped now().
    const owner = await ownsTables(client, BULK_TABLES);
    const spread = owner;
    await client.query("BEGIN");
    try {
      // The dashboard's stamp triggers are deferred to the commit; the indexes are rebuilt in
      // this transaction, and PostgreSQL builds none on a table with trigger events pending.
      await client.query("SET CONSTRAINTS ALL IMMEDIATE");
      if (spread) await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "${STAMP_TRIGGER}"`);
      await step("gebruikers", () => insertUsers(client, sizes, orgs));
      await step("evaluaties en aanbevelingen", () => insertEvaluationsAndRecommendations(client, sizes, orgs));
      const load = async () => {
        await step("acties", () => insertActionItems(client, sizes, orgs));
        await step("voortgangsupdates (met zoekvector)", () => insertProgressUpdates(client, sizes));
        await step("bewijsstukken", () => insertEvidence(client, sizes));
        await step("deadlinewijzigingen", () => insertDeadlineChanges(client, sizes));
        await step("logboek", () => insertAuditEvents(client, sizes));
      };
      if (owner) await withIndexesBuiltAfter(client, BULK_TABLES, load, (build) => step("indexen bouwen", build));
      else await load();
      if (spread) {
        await client.query(`ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "${STAMP_TRIGGER}"`);
        const { rows } = await client.query<{ enabled: string }>(
          `SELECT tgenabled AS enabled FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND tgname = $1`,
          [STAMP_TRIGGER],
        );
        if (rows[0]?.enabled !== "A")
          throw new Error(`${STAMP_TRIGGER} staat na het genereren niet weer op ENABLE ALWAYS.`);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    // Fresh statistics and visibility maps, so the plans (and index-only scans) are those of a settled database.
    await step("VACUUM ANALYZE", () => vacuumUntilSettled(client, owner ? 5 : 1));
    return {
      counts: await countGenerated(client),
      seconds: (performance.now() - started) / 1000,
      auditTimesSpread: spread,
      sample: await findSample(client),
    };
  });
}
