// The hostile-file corpus (make-hostile-files.ts) against the readers that meet uploads: each
// spreadsheet through the import reader, each other file through the evidence check, both in
// their worker thread. Every file gets its Dutch refusal naming the limit it hit, or (the two
// sheets that made the old reader expand a million rows) is read as the one row it holds.
// The time to the answer, the worker's heap and the process's memory are printed per file.
import { beforeAll, describe, expect, it } from "vitest";
import { readImportWorkbook } from "@/lib/import/read-import-workbook";
import { checkEvidenceFile } from "@/lib/evidence/check-evidence-file";
import { isAppError } from "@/lib/errors";
import type { WorkerUsage } from "@/lib/uploads/run-in-worker";
import { makeHostileFiles, type HostileFile } from "./make-hostile-files";

let files: HostileFile[];

beforeAll(async () => {
  files = await makeHostileFiles();
}, 120_000);

function fileCalled(what: string): HostileFile {
  const file = files.find((candidate) => candidate.what === what);
  if (!file) throw new Error(`Geen bestand: ${what}`);
  return file;
}

type Outcome = { message: string | null; rows?: number[] };

/** Runs `read`, and prints how long it took and the memory it used. */
async function measured(file: HostileFile, read: (onUsage: (usage: WorkerUsage) => void) => Promise<Outcome>) {
  let usage: WorkerUsage | undefined;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await read((reported) => (usage = reported));
  const milliseconds = performance.now() - started;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.info(
    `${file.fileName} (${file.what}; ${(file.bytes.byteLength / 1024).toFixed(0)} kB): ${milliseconds.toFixed(0)} ms, ` +
      `worker-heap ${usage ? mb(usage.heapBytes) : "—"}, proces-RSS ${mb(process.memoryUsage().rss)} (was ${mb(rssBefore)})`,
  );
  return outcome;
}

async function importOutcome(file: HostileFile): Promise<Outcome> {
  return measured(file, async (onUsage) => {
    try {
      const workbook = await readImportWorkbook(file.bytes, { onUsage });
      return { message: null, rows: workbook.rows.map((row) => row.rowNumber) };
    } catch (error) {
      if (isAppError(error)) return { message: error.details.fieldError?.message ?? error.message };
      throw error;
    }
  });
}

async function evidenceOutcome(file: HostileFile): Promise<Outcome> {
  return measured(file, async (onUsage) => {
    try {
      await checkEvidenceFile(new File([file.bytes], file.fileName), { onUsage });
      return { message: null };
    } catch (error) {
      if (isAppError(error)) return { message: error.details.fieldError?.message ?? error.message };
      throw error;
    }
  });
}

describe("hostile spreadsheets, read by the import", () => {
  it("reads one value in A1048576 as that one row, without expanding the rows above it", async () => {
    const outcome = await importOutcome(fileCalled("one value in cell A1048576 under the template's header"));
    expect(outcome).toEqual({ message: null, rows: [1_048_576] });
  });

  it("reads a merged range A2:P1048576 as its one cell with a value, never expanding the range", async () => {
    const outcome = await importOutcome(fileCalled("a merged range A2:P1048576 under the template's header"));
    expect(outcome).toEqual({ message: null, rows: [2] });
  });

  it("refuses a zip bomb on what its directory declares, before inflating anything", async () => {
    expect(await importOutcome(fileCalled("a zip bomb: a sheet that inflates to 3 GB, saying so"))).toEqual({
      message:
        "Uitgepakt is het bestand groter dan 100 MB, de grens voor een import. Splits het in kleinere bestanden.",
    });
  });

  it("stops a zip bomb that lies about its size at the size it declared", async () => {
    const outcome = await importOutcome(
      fileCalled("a zip bomb that lies: a sheet that inflates to 3 GB, declared as 40 kB"),
    );
    expect(outcome.message).toMatch(/^Uitgepakt is het bestand groter dan 100 MB/);
  });

  it("refuses too many parts and a part packed too tightly, each naming its limit", async () => {
    expect((await importOutcome(fileCalled("a workbook of 1,500 parts"))).message).toMatch(
      /^Het bestand bestaat uit meer dan 1\.000 onderdelen/,
    );
    expect((await importOutcome(fileCalled("a workbook with 4 MB of spaces packed a thousandfold"))).message).toMatch(
      /^Een onderdeel van het bestand is meer dan 100 keer samengeperst/,
    );
  });
});

describe("hostile evidence, checked before it is stored", () => {
  const refusals: [string, RegExp][] = [
    ["a zip bomb under a Word document's name", /^Uitgepakt is het bestand ‘notitie\.docx’ groter dan 100 MB/],
    ["a lying zip bomb inside a Word document", /^Uitgepakt is het bestand ‘notitie\.docx’ groter dan 100 MB/],
    ["an ASF header named .pdf", /^Het bestand ‘rapport\.pdf’ is geen PDF-, Word-, Excel-/],
    ["a Windows executable (MZ) named .pdf", /^Het bestand ‘rapport\.pdf’ is geen PDF-/],
    ["a Linux executable (ELF) named .pdf", /^Het bestand ‘rapport\.pdf’ is geen PDF-/],
    ["an SVG image", /^Het bestand ‘logo\.svg’ is geen PDF-/],
    ["an HTML page named .pdf", /^Het bestand ‘verslag\.pdf’ is geen PDF-/],
    ["a macro-enabled Word document (.docm content type)", /^Het bestand ‘notitie\.docx’ is geen PDF-/],
    ["a Word document with a macro project (vbaProject.bin)", /^Het bestand ‘notitie\.docx’ bevat macro's/],
    ["an empty file", /^Het bestand ‘leeg\.pdf’ is leeg/],
    ["a PDF of 10 MB and one byte", /^Het bestand ‘groot\.pdf’ is 10,1 MB; een bewijsstuk mag hoogstens 10 MB zijn/],
  ];
  for (const [what, message] of refusals) {
    it(`refuses ${what}`, async () => {
      expect((await evidenceOutcome(fileCalled(what))).message).toMatch(message);
    });
  }
});
