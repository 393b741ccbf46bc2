// `npm test`: every check and test in order, stopping at the first failure, then one
// closing line with the number of tests that ran (both Vitest runs counted).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { DEV_TOOLING_TESTS } from "./lib/test-slices.ts";

type Step = { name: string; command: string[]; env?: Record<string, string> };

const RESULTS = "test-results";
const AMSTERDAM_FAST_SLICE = [
  "lib/clock.test.ts",
  "prisma/timestamps.test.ts",
  "lib/action-items/deadline-state",
  "lib/audit/describe-audit-change",
  "lib/calendar/",
  "lib/dashboard/",
  "lib/letters/compose-letter",
  "lib/letters/compare-letter-snapshots",
  "lib/reminders/",
  "lib/session/",
  "lib/validation/",
];
const steps: Step[] = [
  { name: "Routetypes (next typegen)", command: ["npx", "next", "typegen"] },
  { name: "Typecheck (tsc)", command: ["npx", "tsc", "--noEmit"] },
  { name: "Lint (eslint .)", command: ["npx", "eslint", ".", "--max-warnings=0"] },
  { name: "Opmaak (prettier --check .)", command: ["npx", "prettier", "--check", "."] },
  {
    name: "Unit- en integratietests (vitest, TZ=UTC)",
    command: [
      "npx",
      "vitest",
      "run",
      // The dev tooling's own tests run in `npm run test:thorough`.
      ...DEV_TOOLING_TESTS.flatMap((path) => ["--exclude", path.endsWith("/") ? `${path}**` : path]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS}/vitest.json`,
    ],
    env: { TZ: "UTC" },
  },
  {
    // Again in the zone of the people who use the app, to catch code that leans on the
    // machine's zone: the test cluster then starts with Europe/Amsterdam as its default too,
    // which is how the adapter's timestamptz bug was found (docs/decisions/009). Here the fast
    // suites that compute calendar dates and times (each path a prefix); `npm run test:thorough`
    // reruns every suite that handles dates, the import, backup and migrations included.
    name: "Datums en tijden opnieuw in TZ=Europe/Amsterdam (vitest, snelle selectie)",
    command: [
      "npx",
      "vitest",
      "run",
      ...AMSTERDAM_FAST_SLICE,
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${RESULTS}/vitest-amsterdam.json`,
    ],
    env: { TZ: "Europe/Amsterdam" },
  },
  {
    // The journeys tagged @thorough (several servers, long keyboard walks, hostile uploads)
    // run in `npm run test:thorough`.
    name: "End-to-endtests (playwright, zonder @thorough)",
    command: ["npx", "playwright", "test", "--grep-invert", "@thorough"],
  },
];

function readCounts(): { passed: number; failed: number; skipped: number } {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of ["vitest.json", "vitest-amsterdam.json"]) {
    if (!existsSync(`${RESULTS}/${file}`)) continue;
    const vitest = JSON.parse(readFileSync(`${RESULTS}/${file}`, "utf8"));
    counts.passed += vitest.numPassedTests ?? 0;
    counts.failed += vitest.numFailedTests ?? 0;
    counts.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  }
  if (existsSync(`${RESULTS}/e2e.json`)) {
    const stats = JSON.parse(readFileSync(`${RESULTS}/e2e.json`, "utf8")).stats ?? {};
    counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    counts.failed += stats.unexpected ?? 0;
    counts.skipped += stats.skipped ?? 0;
  }
  return counts;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
let failedStep: string | undefined;

for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✗ ${step.name} mislukt na ${seconds} s`);
    failedStep = step.name;
    break;
  }
  console.log(`✓ ${step.name} (${seconds} s)`);
}

const { passed, failed, skipped } = readCounts();
console.log(`\nDuur: ${((Date.now() - started) / 1000).toFixed(1)} s${failedStep ? `; mislukt: ${failedStep}` : ""}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedStep || failed > 0 ? 1 : 0);
