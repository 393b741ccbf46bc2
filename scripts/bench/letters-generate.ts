// The Kamerbrief figure of `npm run bench`: generating a draft (snapshot + compose + store, the
// whole createLetterDraft transaction) for a commitment with 50 recommendations and 500
// actions, on top of the large data set (so the statements run against 100,000 progress
// updates); and, as a heavier case, a commitment over 50 recommendations of the large set
// itself (about 3,100 actions); and the OECD Working Group's follow-up report on the same 50
// recommendations (their evaluation is the Working Group's, so the OECD kind may report on
// it). Target: at most 300 ms per draft.
//
// The domain code is "server-only": it runs in a child process with the react-server
// condition (letters-generate-worker.ts), against the app's database role, after the data
// below are added as the owner. Ids start with "gen-letter-", like the other generated rows.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { DEMO_TODAY } from "../../prisma/seed-data.ts";

export const LETTER_BENCH = {
  recommendations: 50,
  actionsPerRecommendation: 10,
  updatesPerAction: 5,
  runs: 10,
} as const;

export type LetterTiming = {
  label: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  snapshotMs: number;
  composeMs: number;
};

/** Adds the evaluation, recommendations, actions, journal and the two commitments; returns the commitments' ids. */
async function addLetterData(ownerUrl: string): Promise<{ small: string; large: string }> {
  const { recommendations: r, actionsPerRecommendation: a, updatesPerAction: u } = LETTER_BENCH;
  return withDatabaseClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const organisations = (
        await client.query<{ id: string }>(`SELECT id FROM "Organisation" ORDER BY code`)
      ).rows.map((row) => row.id);
      const author = (
        await client.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'COORDINATOR' ORDER BY email LIMIT 1`)
      ).rows[0]!.id;
      await client.query(
        `INSERT INTO "Evaluation" (id, title, "periodEvaluated", evaluator, "sentToParliamentOn", source, "updatedAt")
         VALUES ('gen-letter-evaluation', 'Gegenereerde evaluatie voor de Kamerbrief', '2021', 'OESO-werkgroep omkoping (gegenereerd voor metingen)', DATE '2022-07-08', 'scripts/bench/letters-generate.ts', now())`,
      );
      await client.query(
        `INSERT INTO "Recommendation" (id, "evaluationId", number, title, text, theme, "cabinetResponse", "leadOrganisationId", "isIllustrative", "updatedAt")
         SELECT 'gen-letter-rec-' || n, 'gen-letter-evaluation', n, 'Gegenereerde aanbeveling ' || n, 'Tekst van gegenereerde aanbeveling ' || n || '.',
                'Metingen', 'ADOPTED', ($1::text[])[1 + n % 3], true, now()
           FROM generate_series(1, ${r}) AS n`,
        [organisations],
      );
      await client.query(
        `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "dueDate", status, "percentDone", "completedOn", "cancelReason", "isIllustrative", "updatedAt")
         SELECT 'gen-letter-action-' || n, 'gen-letter-rec-' || (1 + n / ${a}), 'Gegenereerde actie ' || n, 'Gegenereerd voor metingen.',
                ($1::text[])[1 + (n / 7) % 3], DATE '${DEMO_TODAY}' - 60 + (n * 7) % 400,
                (ARRAY['NOT_STARTED','IN_PROGRESS','DELAYED','DONE','CANCELLED'])[1 + n % 5]::"ActionStatus",
                (n * 13) % 100, CASE WHEN n % 5 = 3 THEN DATE '${DEMO_TODAY}' - n % 90 END, CASE WHEN n % 5 = 4 THEN 'Vervalt in de meting.' END, true, now()
           FROM generate_series(0, ${r * a - 1}) AS n`,
        [organisations],
      );
      await client.query(
        `INSERT INTO "ProgressUpdate" (id, "actionItemId", "authorId", text, "statusBefore", "statusAfter", "percentDone", "occurredOn", "isIllustrative")
         SELECT 'gen-letter-update-' || n || '-' || k, 'gen-letter-action-' || n, $1, 'Voortgang ' || k || ' van gegenereerde actie ' || n || '.',
                'IN_PROGRESS', 'IN_PROGRESS', 10 * k, DATE '${DEMO_TODAY}' - (${u} - k) * 9 - n % 7, true
           FROM generate_series(0, ${r * a - 1}) AS n, generate_series(1, ${u}) AS k`,
        [author],
      );
      const commitment = async (id: string, recommendations: string) => {
        await client.query(
          `INSERT INTO "Commitment" (id, title, "originalWording", "dueDate", origin, "originDescription", "responsibleMinister", source, "isIllustrative", "updatedAt")
           VALUES ($1, 'Gegenereerde toezegging ' || $1, 'voor de zomer', DATE '2023-07-07', 'DEBATE', 'Gegenereerd voor metingen',
                   'Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', 'scripts/bench/letters-generate.ts', true, now())`,
          [id],
        );
        await client.query(
          `INSERT INTO "CommitmentRecommendation" ("commitmentId", "recommendationId") SELECT $1, id FROM (${recommendations}) AS linked`,
          [id],
        );
      };
      await commitment("gen-letter-commitment", `SELECT id FROM "Recommendation" WHERE id LIKE 'gen-letter-rec-%'`);
      await commitment(
        "gen-letter-commitment-large",
        `SELECT id FROM "Recommendation" WHERE id LIKE 'gen-rec-%' ORDER BY "evaluationId", number LIMIT ${r}`,
      );
      await client.query("COMMIT");
      return { small: "gen-letter-commitment", large: "gen-letter-commitment-large" };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** Adds the data as the owner, then times createLetterDraft as the app role in a child process. */
export async function benchLetterGeneration({
  ownerUrl,
  appUrl,
  coordinatorEmail,
}: {
  ownerUrl: string;
  appUrl: string;
  coordinatorEmail: string;
}): Promise<LetterTiming[]> {
  const commitments = await addLetterData(ownerUrl);
  const actions = await withDatabaseClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "ActionItem" a JOIN "CommitmentRecommendation" cr ON cr."recommendationId" = a."recommendationId" WHERE cr."commitmentId" = $1`,
      [commitments.large],
    );
    return Number(rows[0]!.count);
  });
  const { recommendations, actionsPerRecommendation, runs } = LETTER_BENCH;
  const cases = [
    {
      label: `${recommendations} aanbevelingen, ${recommendations * actionsPerRecommendation} acties`,
      commitmentId: commitments.small,
    },
    {
      label: `${recommendations} aanbevelingen uit de grote set, ${actions.toLocaleString("nl-NL")} acties`,
      commitmentId: commitments.large,
    },
    {
      label: `OESO-vervolgrapport: ${recommendations} aanbevelingen, ${recommendations * actionsPerRecommendation} acties`,
      evaluationId: "gen-letter-evaluation",
    },
  ];
  const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), "letters-generate-worker.ts");
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", worker], {
      env: {
        ...process.env,
        BENCH_LETTERS: JSON.stringify({ databaseUrl: appUrl, coordinatorEmail, cases, runs }),
        APP_TODAY: DEMO_TODAY,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`letters-generate-worker.ts stopte met code ${code}`)),
    );
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as LetterTiming[];
}

export function reportLetterGeneration(timings: LetterTiming[]): void {
  console.log("\nRapportage maken (snapshot + opstellen + opslaan, één transactie; doel ≤ 300 ms):");
  for (const timing of timings) {
    const verdict = timing.medianMs <= 300 ? "binnen het doel" : "BOVEN HET DOEL";
    console.log(
      `  ${timing.label}: mediaan ${timing.medianMs.toFixed(0)} ms, p95 ${timing.p95Ms.toFixed(0)} ms, snelste ${timing.minMs.toFixed(0)} ms over ${timing.runs} keer ` +
        `(waarvan snapshot ${timing.snapshotMs.toFixed(0)} ms, opstellen ${timing.composeMs.toFixed(1)} ms) — ${verdict}`,
    );
  }
}
