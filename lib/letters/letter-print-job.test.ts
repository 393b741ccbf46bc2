// After Vaststellen the fixed letter's files are made in the background: the LETTER_PRINT
// job stores the Word file (and the PDF where there is a Chromium), so the first download
// of the fixed letter is a read. Only the Coördinator may queue it.
import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { startLetterPrintJob } from "@/lib/letters/start-letter-print-job";
import { runLongWork } from "@/lib/jobs/background-job-handlers";
import { getBackgroundJob } from "@/lib/jobs/get-background-job";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { letterRenderingKey } from "@/lib/letters/letter-rendering-key";
import { chromiumLaunches, pdfPrinterAvailable } from "@/lib/letters/print-pdf";
import { getLetterFile } from "@/lib/letters/get-letter-file";

const database = setUpSeededDatabase();
let coordinator: Actor;

beforeAll(async () => {
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
});

const noQueue = async () => {};

describe("the LETTER_PRINT job", () => {
  it("stores the fixed letter's files, so its downloads start nothing", { timeout: 90_000 }, async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "APPROVED", title: "Vastgesteld, vooraf" });
    const { jobId } = await startLetterPrintJob({ actor: coordinator, letterId }, noQueue);
    expect((await runLongWork(jobId)).state).toBe("SUCCEEDED");
    const job = await getBackgroundJob({ actor: coordinator, jobId });
    const printer = await pdfPrinterAvailable();
    expect(job).toMatchObject({ state: "SUCCEEDED", done: 2, total: 2 });
    expect(job.result).toMatchObject({ letterId, versionNumber: 1, formats: printer ? ["docx", "pdf"] : ["docx"] });

    const letter = (await getLetterForExport({ actor: coordinator, id: letterId }))!;
    const stored = await database.prisma.letterRendering.findMany({
      where: { contentHash: letterRenderingKey(letter.content, letter.title) },
      select: { format: true },
      orderBy: { format: "asc" },
    });
    expect(stored.map((row) => row.format)).toEqual(printer ? ["docx", "pdf"] : ["docx"]);
    const launches = chromiumLaunches();
    expect((await getLetterFile(letter, "docx", { ownerId: coordinator.id })).stored).toBe(true);
    if (printer) expect((await getLetterFile(letter, "pdf", { ownerId: coordinator.id })).stored).toBe(true);
    expect(chromiumLaunches()).toBe(launches);
  });

  it("is queued by the Coördinator only", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "APPROVED" });
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const refused = await startLetterPrintJob({ actor: reader, letterId }, noQueue).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("FORBIDDEN");
  });
});
