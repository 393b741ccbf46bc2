// What `npm test` (scripts/test.ts) leaves to `npm run test:thorough` (scripts/test-thorough.ts),
// named once for both (docs/decisions/031).

/**
 * The dev tooling's own tests (embedded server, migration engine, generated data, demo marker,
 * the scripts' error sentences, the benchmark's helpers): slow, and none of the app's behaviour.
 */
export const DEV_TOOLING_TESTS = [
  "scripts/bench/",
  "scripts/lib/embedded-postgres.test.ts",
  "scripts/lib/large-data.test.ts",
  "scripts/lib/migrate-engine.test.ts",
  "scripts/lib/dev-database.test.ts",
  "scripts/lib/demo-marker.test.ts",
  "scripts/script-output.test.ts",
];
