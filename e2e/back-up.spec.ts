// The Beheerder downloads a backup on /beheer/back-up: a whole archive (header first,
// manifest last), the download in the audit trail, started by the page's form (a POST);
// a bare GET and a POST from another site start nothing; others are refused on the page and
// at the download address.
import { gunzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

const downloads = (actorEmail: string) =>
  withAppDatabase(async (client) =>
    Number(
      (
        await client.query(
          `SELECT count(*) AS n FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e.kind = 'BACKUP_DOWNLOADED' AND u.email = $1`,
          [actorEmail],
        )
      ).rows[0].n,
    ),
  );

test("de beheerder downloadt een back-up, en dat staat in het logboek", async ({ page, loginAs }) => {
  const admin = demoUser("ADMIN");
  const before = await downloads(admin.email);
  await loginAs(admin);
  await page.goto("/beheer/back-up");
  await expect(page.getByRole("heading", { level: 1, name: "Back-up" })).toBeVisible();
  await expect(page.getByText("pg_dump, point-in-time recovery")).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  if (process.env.SHOTS) {
    await page.screenshot({ path: "/work/shots/backup-page-1280.png", fullPage: true });
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: "/work/shots/backup-page-400.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Back-up downloaden" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^opvolging-backup-.*\.jsonl\.gz$/);
  const lines = gunzipSync(await readFile((await download.path())!))
    .toString("utf8")
    .trimEnd()
    .split("\n");
  expect(lines[0]).toMatch(/^\["header",\{"format":"opvolging-backup","formatVersion":1/);
  expect(lines.at(-1)).toMatch(/^\["manifest",/);
  expect(await downloads(admin.email)).toBe(before + 1);

  // A link (a GET) or a form on another site starts no backup in the signed-in browser.
  expect((await page.request.get("/beheer/back-up/downloaden")).status()).toBe(405);
  const forged = await page.request.post("/beheer/back-up/downloaden", {
    headers: { origin: "https://elders.example", "sec-fetch-site": "cross-site" },
  });
  expect(forged.status()).toBe(403);
  expect(await downloads(admin.email)).toBe(before + 1);
});

test("een coördinator krijgt geen back-up: niet op de pagina en niet via het adres", async ({ page, loginAs }) => {
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/beheer/back-up");
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Back-up downloaden" })).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/beheer/back-up/downloaden", {
    headers: { origin, "sec-fetch-site": "same-origin" },
  });
  expect(response.status()).toBe(403);
  expect(await downloads(demoUser("COORDINATOR").email)).toBe(0);
});
