// Bewijsstukken on the action page: the ADSB Bijdrager uploads a PDF, downloads it with its
// name and bytes, and removes it; a renamed executable is refused with the Dutch message; a
// link is added; a Lezer sees the list and downloads, but no forms.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { expectErrorSummaryLeadsTo } from "./error-summary";
import { pdfFile, windowsExecutableFile } from "../test/fixtures/evidence/files.ts";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

/** A fresh action of `organisation`, so that tests running side by side never share one. */
async function newAction(organisation: string, title: string): Promise<string> {
  const id = `e2e-actie-${randomUUID()}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Voor de e2e-test van bewijsstukken.', o.id, DATE '2023-06-30', now()
       FROM "Organisation" o WHERE o.code = $3`,
      [id, title, organisation],
    ),
  );
  return id;
}

const screenshots = (page: Page, name: string) => shootWhenAsked(page, `evidence-${name}`);

test("de ADSB-bijdrager voegt een PDF toe, downloadt hem met naam en inhoud, en verwijdert hem", async ({
  page,
  loginAs,
}) => {
  const actionId = await newAction("ADSB", "Trainingsprogramma compliance (e2e)");
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto(`/acties/${actionId}`);

  const section = page.getByRole("region", { name: "Bewijsstukken" });
  await expect(section).toContainText("Er zijn nog geen bewijsstukken toegevoegd.");
  const form = section.getByRole("form", { name: "Bewijsstuk toevoegen" });
  const sample = pdfFile("Presentielijst training maart 2023.pdf");
  await form.getByLabel("Titel").fill("Presentielijst training");
  await form
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name: sample.name, mimeType: sample.mimeType, buffer: sample.buffer });
  await form.getByRole("button", { name: "Bewijsstuk toevoegen" }).click();

  await expect(section.getByRole("status").filter({ hasText: "Het bewijsstuk is toegevoegd." })).toBeVisible();
  const item = section.getByRole("listitem").filter({ hasText: "Presentielijst training" });
  await expect(item).toContainText(
    `Bestand · PDF-document · ${sample.buffer.length} bytes · Presentielijst training maart 2023.pdf`,
  );
  await expect(item).toContainText("Toegevoegd door Pieter Bakker op");
  await expect(form.getByLabel("Titel")).toHaveValue("");
  await screenshots(page, "bijdrager");

  const downloading = page.waitForEvent("download");
  await item.getByRole("link", { name: /^Presentielijst training \(downloaden, PDF-document/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Presentielijst training maart 2023.pdf");
  expect((await readFile(await download.path())).equals(sample.buffer)).toBe(true);

  await item.locator("summary", { hasText: "Verwijderen" }).click();
  await item.getByRole("button", { name: /^Bewijsstuk verwijderen\s+‘Presentielijst training’$/ }).click();
  await expect(
    section.getByRole("status").filter({ hasText: "Het bewijsstuk ‘Presentielijst training’ is verwijderd." }),
  ).toBeVisible();
  await expect(section.getByRole("listitem")).toHaveCount(0);
  expect(
    await withAppDatabase(
      async (client) =>
        (
          await client.query(
            `SELECT count(*)::int AS n FROM "Evidence" WHERE "actionItemId" = $1 AND "removedAt" IS NOT NULL`,
            [actionId],
          )
        ).rows[0].n,
    ),
  ).toBe(1);
});

test("een hernoemd programma wordt geweigerd met een Nederlandse melding; een link wordt toegevoegd", async ({
  page,
  loginAs,
}) => {
  const actionId = await newAction("ADSB", "Werkinstructies bundelen (e2e)");
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await page.goto(`/acties/${actionId}`);
  const section = page.getByRole("region", { name: "Bewijsstukken" });
  const form = section.getByRole("form", { name: "Bewijsstuk toevoegen" });

  // A link: the file field gives way to the address field.
  await form.getByLabel("Link naar een webpagina").check();
  await expect(form.getByLabel("Bestand", { exact: true })).toBeHidden();
  await form.getByLabel("Titel").fill("Plan van aanpak (Kamerstuk 36 200 IX, nr. 11)");
  await form.getByLabel("Webadres").fill("https://zoek.officielebekendmakingen.nl/kst-36200-IX-11.html");
  await form.getByRole("button", { name: "Bewijsstuk toevoegen" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Het bewijsstuk is toegevoegd." })).toBeVisible();
  const link = section.getByRole("listitem").filter({ hasText: "Plan van aanpak" });
  await expect(link).toContainText("Link · zoek.officielebekendmakingen.nl");
  await expect(link.getByRole("link", { name: /^Plan van aanpak/ })).toHaveAttribute(
    "href",
    "https://zoek.officielebekendmakingen.nl/kst-36200-IX-11.html",
  );

  // A Windows program named as a PDF.
  await form.getByLabel("Bestand uploaden").check();
  const program = windowsExecutableFile("Rapport definitief.pdf");
  await form.getByLabel("Titel").fill("Rapport");
  await form
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name: program.name, mimeType: program.mimeType, buffer: program.buffer });
  await form.getByRole("button", { name: "Bewijsstuk toevoegen" }).click();

  const fileField = form.getByLabel("Bestand", { exact: true });
  await expect(fileField).toHaveAttribute("aria-invalid", "true");
  await expect(fileField).toHaveAccessibleDescription(
    /Het bestand ‘Rapport definitief\.pdf’ is geen PDF-, Word-, Excel-, PowerPoint-, PNG- of JPEG-bestand/,
  );
  await expectErrorSummaryLeadsTo(form, /is geen PDF-, Word-/, fileField);
  await expect(form.getByLabel("Titel")).toHaveValue("Rapport");
  await screenshots(page, "geweigerd");
  expect(
    await withAppDatabase(
      async (client) =>
        (
          await client.query(`SELECT count(*)::int AS n FROM "Evidence" WHERE "actionItemId" = $1 AND kind = 'FILE'`, [
            actionId,
          ])
        ).rows[0].n,
    ),
  ).toBe(0);
});

test("een lezer ziet de bewijsstukken en kan downloaden, maar ziet geen formulieren", async ({ page, loginAs }) => {
  const actionId = await newAction("ADSB", "Risicokader vastleggen (e2e)");
  const sample = pdfFile("Risicokader.pdf");
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Evidence" (id, "actionItemId", kind, title, "fileName", "mediaType", "sizeBytes", content, "addedById", "updatedAt")
       SELECT $1, $2, 'FILE', 'Vastgesteld risicokader', 'Risicokader.pdf', 'application/pdf', $3, $4, u.id, now() FROM "User" u WHERE u.email = $5`,
      [
        `e2e-bewijs-${randomUUID()}`,
        actionId,
        sample.buffer.length,
        sample.buffer,
        demoUser("CONTRIBUTOR", "ADSB").email,
      ],
    ),
  );
  await loginAs(demoUser("READER"));
  await page.goto(`/acties/${actionId}`);

  const section = page.getByRole("region", { name: "Bewijsstukken" });
  const item = section.getByRole("listitem").filter({ hasText: "Vastgesteld risicokader" });
  await expect(item).toContainText("PDF-document");
  await expect(section.getByRole("form")).toHaveCount(0);
  await expect(section.getByRole("button")).toHaveCount(0);
  await expect(section.getByText("Verwijderen")).toHaveCount(0);
  await screenshots(page, "lezer");

  const href = await item.getByRole("link", { name: /^Vastgesteld risicokader/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="Risicokader.pdf"; filename*=UTF-8''Risicokader.pdf`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect((await response.body()).equals(sample.buffer)).toBe(true);
});
