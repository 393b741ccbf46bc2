// `npm run test:thorough`: the checks too slow for `npm test`, run in full. `npm test` keeps a
// fast slice of each (fewer fuzzing runs, fewer page × role × width combinations); CI runs
// both. Each step is a command; the run stops at the first failure.
import { spawnSync } from "node:child_process";
import { DEV_TOOLING_TESTS } from "./lib/test-slices.ts";

type Step = { name: string; command: string[]; env?: Record<string, string> };

const ACTION_FUZZ_RUNS = process.env.FUZZ_ACTION_RUNS?.trim() || "100";

// Each thorough check adds its step here.
const steps: Step[] = [
  {
    // npm test runs the same tests with 50 inputs each.
    name: "Fuzzing: elk zod-schema met 1.000 vijandige invoeren (vitest)",
    command: ["npx", "vitest", "run", "test/fuzz/schemas.fuzz.test.ts"],
    env: { FUZZ_RUNS: "1000" },
  },
  {
    // The dev tooling's tests, left out of npm test for time (scripts/lib/test-slices.ts).
    name: "Ontwikkelgereedschap: de tests van de scripts (vitest)",
    command: ["npx", "vitest", "run", ...DEV_TOOLING_TESTS, "--reporter=dot"],
  },
  {
    // Every suite that handles dates and times, again in the zone of the people who use the app
    // (npm test reruns the fast ones; scripts/test.ts says why). Left out, as they handle no
    // dates of the app: scripts/ (dev tooling), the authorization matrix and the fuzzing over it,
    // the statement counts, sign-in and permissions, the production server's logging and
    // health checks, the API's wrapper, users, security headers, evidence uploads, the upload
    // worker and the hostile-file corpus, charts, the form runner and the route handlers.
    name: "Alle tests met datums en tijden opnieuw in TZ=Europe/Amsterdam (vitest)",
    command: [
      "npx",
      "vitest",
      "run",
      ...[
        "scripts/**",
        "test/authorization/**",
        "test/fuzz/**",
        "test/query-counts.test.ts",
        "**/*.statements.test.ts",
        "lib/auth/**",
        "server/**",
        "lib/health/**",
        "lib/api/**",
        "lib/users/**",
        "lib/security/**",
        "lib/evidence/**",
        "lib/charts/**",
        "lib/uploads/**",
        "test/hostile-files/**",
        "lib/actions/**",
        "app/**",
      ].flatMap((pattern) => ["--exclude", pattern]),
      "--reporter=dot",
    ],
    env: { TZ: "Europe/Amsterdam" },
  },
  {
    // npm test runs 5 inputs per server action and route; here 100 each: a tenth of their
    // 1,000-input times, which puts all 57 within about a quarter of an hour on the shared
    // development machine (docs/decisions/032). FUZZ_ACTION_RUNS=1000 gives the full depth.
    name: `Fuzzing: elke server action en route met ${Number(ACTION_FUZZ_RUNS).toLocaleString("nl-NL")} vijandige invoeren (vitest)`,
    command: ["npx", "vitest", "run", "test/fuzz/actions.fuzz.test.ts"],
    env: { FUZZ_RUNS: ACTION_FUZZ_RUNS },
  },
  {
    // Every page × every role × 1280 and 400 px: axe, console, sideways scroll (npm test walks
    // one combination per page, rotating by the day). This run builds the app.
    name: "Elke pagina × elke rol × twee breedtes (playwright, axe)",
    command: ["npx", "playwright", "test", "e2e/every-page-look.spec.ts"],
  },
  {
    // The journeys tagged @thorough, on the build of the step before: several servers at once,
    // the long keyboard-only walks, hostile uploads through the browser.
    name: "End-to-endtests met @thorough (playwright)",
    command: ["npx", "playwright", "test", "--grep", "@thorough"],
    env: { E2E_SKIP_BUILD: "1" },
  },
];

const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, THOROUGH: "1", ...step.env },
  });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✗ ${step.name} mislukt na ${seconds} s`);
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${seconds} s)`);
}
console.log(`\nGrondige controles: ${steps.length} stappen in ${((Date.now() - started) / 1000).toFixed(1)} s`);
