// Hostile spreadsheets through the import page of the production build, while the liveness
// check is asked every 100 ms: the file that froze the old reader (one value in A1048576)
// and a zip bomb of 3 GB are read in the upload worker, and the health check keeps answering
// within a second while they are (each request is cut off after one). On a shared machine
// under heavy load a single poll can miss that by itself, so the test allows a lone miss but
// never two in a row: the old reader kept the server silent for 50 s.
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { lastRowWorkbook, zipBombWorkbook } from "../test/hostile-files/make-hostile-files";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Polls /api/health/live until stopped, each poll cut off after a second; counts the misses. */
function pollLiveness(baseUrl: string) {
  let answered = 0;
  let missed = 0;
  let missedInARow = 0;
  let mostMissedInARow = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      let ok = false;
      try {
        const response = await fetch(`${baseUrl}/api/health/live`, { signal: AbortSignal.timeout(1_000) });
        ok = response.status === 200;
        await response.body?.cancel();
      } catch {
        // cut off after a second
      }
      if (ok) answered++;
      else missed++;
      missedInARow = ok ? 0 : missedInARow + 1;
      mostMissedInARow = Math.max(mostMissedInARow, missedInARow);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { answered, missed, mostMissedInARow };
    },
  };
}

test(
  "de server blijft antwoorden terwijl vijandige Excel-bestanden worden gecontroleerd",
  { tag: "@thorough" },
  async ({ page, loginAs, baseURL }) => {
    test.slow(); // a build under load, and a 3 MB bomb made in the test
    const [lastRow, bomb] = await Promise.all([lastRowWorkbook(), zipBombWorkbook()]);
    await loginAs(demoUser("COORDINATOR"));
    await page.goto("/beheer/import");
    await expect(
      page.getByText("Het bestand wordt apart gelezen: hoogstens 60 seconden en 256 MB geheugen"),
    ).toBeVisible();

    const liveness = pollLiveness(baseURL!);
    const file = page.getByLabel("Excel-bestand (.xlsx)");
    await file.setInputFiles({ name: "a1048576.xlsx", mimeType: XLSX, buffer: Buffer.from(lastRow) });
    await page.getByRole("button", { name: "Controleren" }).click();
    // Read as the one row it holds, whose errors the check lists; nothing expanded.
    await expect(
      page.getByRole("alert").filter({ hasText: /Gecontroleerd: \d+ fouten\. Er is niets gewijzigd\./ }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Fouten per rij en kolom" })).toContainText("1048576");

    await file.setInputFiles({ name: "bom.xlsx", mimeType: XLSX, buffer: Buffer.from(bomb) });
    await page.getByRole("button", { name: "Controleren" }).click();
    await expect(
      page.getByText("Uitgepakt is het bestand groter dan 100 MB, de grens voor een import.").first(),
    ).toBeVisible();
    await shootWhenAsked(page, "import-vijandig");

    const { answered, missed, mostMissedInARow } = await liveness.stop();
    console.info(`Gezondheidscontrole: ${answered} keer beantwoord, ${missed} keer niet binnen een seconde.`);
    expect(mostMissedInARow).toBeLessThanOrEqual(1);
    expect(answered).toBeGreaterThan(missed);
  },
);
