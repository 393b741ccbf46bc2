// One PostgreSQL server and one migrated template database for the whole test run;
// each test file copies the template into a database of its own (test/test-database.ts).
import type { TestProject } from "vitest/node";
import { createMigratedTemplate, dropDatabase, startTestPostgres } from "./test-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestPostgres();
  const template = await createMigratedTemplate(server);
  project.provide("testServerUrl", server.urlFor("postgres"));
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(server.urlFor(template)).catch(() => {});
    await server.stop();
  };
}
