import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".test-data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      // Only lib/env.ts reads the environment (scripts/ set it up for child processes).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "server/**",
      "scripts/**",
      "e2e/**",
      "prisma.config.ts",
      "playwright.config.ts",
      "vitest.config.ts",
      "test/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
