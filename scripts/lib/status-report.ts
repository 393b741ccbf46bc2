// `npm run db:status` as lines of text: applied and pending migrations always (reading
// needs no special right), and the drift check when a shadow database can be had.
import {
  diffSchemaAgainstMigrations,
  migrationStatus,
  parseConnectionString,
  ShadowDatabaseUnavailableError,
} from "./migrate-engine.ts";
import { redactDatabaseUrl } from "./database-url.ts";

export type StatusReport = { lines: string[]; upToDate: boolean };

export async function databaseStatusReport(options: {
  url: string;
  shadowUrl?: string;
  migrationsDir: string;
  schemaPath: string;
}): Promise<StatusReport> {
  const connection = parseConnectionString(options.url);
  const shadow = options.shadowUrl ? parseConnectionString(options.shadowUrl) : undefined;
  const status = await migrationStatus({ connection, migrationsDir: options.migrationsDir });
  const lines = [
    `Database: ${redactDatabaseUrl(options.url)}`,
    `Toegepast (${status.applied.length}): ${status.applied.join(", ") || "geen"}`,
    `Openstaand (${status.pending.length}): ${status.pending.join(", ") || "geen"}`,
  ];
  if (status.failed.length) {
    lines.push(
      `Mislukt (${status.failed.length}): ${status.failed.join(", ")}; herstel de database en meld het met npm run db:resolve -- --rolled-back <naam> of --applied <naam>.`,
    );
  }
  if (status.edited.length) lines.push(`Gewijzigd na toepassen (${status.edited.length}): ${status.edited.join(", ")}`);
  if (status.missingLocally.length)
    lines.push(
      `Alleen in de database, niet in prisma/migrations (${status.missingLocally.length}): ${status.missingLocally.join(", ")}`,
    );
  try {
    const drift = await diffSchemaAgainstMigrations({
      connection,
      shadow,
      migrationsDir: options.migrationsDir,
      schemaPath: options.schemaPath,
    });
    lines.push(
      drift.trim()
        ? "Het schema wijkt af van de migraties: maak een migratie met npm run db:migrate:new -- <naam>."
        : "Schema en migraties komen overeen.",
    );
  } catch (error) {
    if (!(error instanceof ShadowDatabaseUnavailableError)) throw error;
    lines.push(error.message);
  }
  return { lines, upToDate: !status.pending.length && !status.failed.length };
}
