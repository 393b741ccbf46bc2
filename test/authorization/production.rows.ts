// Rows for running in production: the health probes, answered without a session.
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/api/health/live/route.ts#GET",
      reason: "Liveness-probe van het platform: geen sessie, antwoordt alleen dat het proces leeft.",
    },
    {
      target: "app/api/health/ready/route.ts#GET",
      reason:
        "Readiness-probe van het platform: geen sessie, alleen codes (database, migraties, takenwachtrij), geen gegevens.",
    },
  ],
};
