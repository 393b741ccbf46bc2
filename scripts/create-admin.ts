// `npm run users:create-admin -- --email <adres> --name "<naam>" --organisation FIN [--force]`:
// the first Beheerder of a new database, run once after db:migrate and db:seed (decision
// 034). Prints a one-time invitation link (72 hours) for that person to choose a password;
// never a password. Refuses when an active Beheerder exists, unless --force (when nobody can
// sign in any more); every run is in the audit trail with the operator's name.
// Works as MIGRATION_DATABASE_URL (or DATABASE_URL), or on the embedded database in .data/.
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db-client.ts";
import { appBaseUrl } from "../lib/env.ts";
import { formatTimestamp } from "../lib/calendar-date.ts";
import { CreateAdminRefused, createFirstAdmin } from "../lib/accounts/create-first-admin.ts";
import { openDatabaseTarget } from "./lib/dev-database.ts";
import { reportAndExit, reportUncaught } from "./lib/report-error.ts";

const USAGE =
  'npm run users:create-admin -- --email naam@minfin.nl --name "Voornaam Achternaam" --organisation FIN [--force]';

/** Who ran the command, as the audit trail shows it: the OS user (and host), or what OPERATOR says. */
function operatorName(): string {
  const named = process.env.OPERATOR?.trim();
  if (named) return named.slice(0, 200);
  let user = "onbekend";
  try {
    user = os.userInfo().username;
  } catch {
    // a container user without a passwd entry
  }
  return `${user}@${os.hostname()}`;
}

async function main() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        email: { type: "string" },
        name: { type: "string" },
        organisation: { type: "string" },
        force: { type: "boolean" },
      },
    }));
  } catch {
    throw new Error(`Onbekende of onvolledige opties; gebruik: ${USAGE}`);
  }
  const target = await openDatabaseTarget();
  const prisma = createPrismaClient(target.migrationUrl);
  try {
    const operator = operatorName();
    const created = await createFirstAdmin(
      prisma,
      {
        email: values.email as string | undefined,
        name: values.name as string | undefined,
        organisation: values.organisation as string | undefined,
        force: values.force === true,
      },
      { operator, baseUrl: appBaseUrl({ AUTH_URL: process.env.AUTH_URL, APP_BASE_URL: process.env.APP_BASE_URL }) },
    );
    console.log(
      created.existed
        ? `Het account ${created.email} is weer een actieve beheerder (door ${operator}).`
        : `Beheerder ${created.email} aangemaakt (door ${operator}).`,
    );
    console.log("Geef deze persoon de eenmalige link om zelf een wachtwoord te kiezen:");
    console.log(created.url);
    console.log(`De link werkt één keer en is geldig tot ${formatTimestamp(created.expiresAt)}.`);
  } finally {
    await prisma.$disconnect();
    await target.stop();
  }
}

reportUncaught();
main().catch((error) => {
  // A refusal is already one sentence, said as it is.
  if (!(error instanceof CreateAdminRefused)) return reportAndExit(error);
  console.error(`\nFout: ${error.message}`);
  process.exit(1);
});
