// `npm run test:thorough`: the checks too slow for `npm test`, run in full. `npm test` keeps a
// fast slice of each (fewer fuzzing runs, fewer page × role × width combinations); CI runs
// both. Each step is a command; the run stops at the first failure.
import { spawnSync } from "node:child_process";

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
    // npm test runs 20 inputs per server action and route; here 100 each: a tenth of their
    // 1,000-input times, which puts all 57 within about a quarter of an hour on the shared
    // development machine (docs/decisions/032). FUZZ_ACTION_RUNS=1000 gives the full depth.
    name: `Fuzzing: elke server action en route met ${Number(ACTION_FUZZ_RUNS).toLocaleString("nl-NL")} vijandige invoeren (vitest)`,
    command: ["npx", "vitest", "run", "test/fuzz/actions.fuzz.test.ts"],
    env: { FUZZ_RUNS: ACTION_FUZZ_RUNS },
  },
  {
    // Every page × every role × 1280 and 400 px: axe, console, sideways scroll (npm test walks
    // one combination per page, rotating by the day).
    name: "Elke pagina × elke rol × twee breedtes (playwright, axe)",
    command: ["npx", "playwright", "test", "e2e/every-page-look.spec.ts"],
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
