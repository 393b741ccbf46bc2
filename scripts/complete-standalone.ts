// The second half of `npm run build`: completes .next/standalone (static files, the server
// wrapper, the migration folders) so that it runs on its own (scripts/lib/production-app.ts).
import { completeStandalone } from "./lib/production-app.ts";
import { reportAndExit } from "./lib/report-error.ts";

try {
  completeStandalone();
  console.log("Standalone-build compleet: .next/standalone (start met npm start).");
} catch (error) {
  reportAndExit(error, () => process.exit(1));
}
