// Hostile uploads, made in code so that the repository holds no opaque binaries and a reader
// sees what each one is: spreadsheets that made the old import reader expand a million rows,
// zip bombs (one honest about its size, one lying), archives of too many parts or packed too
// tightly, executables and an ASF header under a document's name, SVG and HTML, macro
// documents, an empty file and one of 10 MB plus one byte. Each says who should meet it (the
// import or evidence) and how it must be refused. `npx tsx test/hostile-files/make-hostile-files.ts [dir]`
// writes them to a folder (a temporary one by default) and prints the list.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { IMPORT_COLUMNS, IMPORT_SHEET_NAME } from "../../lib/import/import-columns.ts";
import { nl } from "../../lib/i18n/nl.ts";
import { docmFile, docxFile, elfExecutableFile, windowsExecutableFile } from "../fixtures/evidence/files.ts";

export type HostileFile = {
  /** What it is, for a test's name. */
  what: string;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The import reader or the evidence check. */
  target: "import" | "evidence";
};

const MB = 1024 * 1024;
/** What the bombs inflate to: 3 GB, within a zip's 32-bit sizes, from about 3 MB. */
const BOMB_BYTES = 3 * 1024 * MB;

/** An import template with only its header row, and one change made to its sheet by `edit`. */
async function templateWith(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME);
  sheet.addRow(IMPORT_COLUMNS.map((column) => nl.dataImport.columns[column].header));
  edit(sheet);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function entriesOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name]!.dir) entries.set(name, await zip.files[name]!.async("nodebuffer"));
  }
  return entries;
}

type RawEntry = { name: string; packed: Buffer; crc: number; size: number; declaredSize?: number };

function deflated(name: string, data: Buffer): RawEntry {
  return { name, packed: deflateRawSync(data), crc: crc32(data), size: data.byteLength };
}

/** A zip of already deflated entries; `declaredSize` lets an entry lie about what it unpacks to. */
function zipOf(entries: RawEntry[]): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.packed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.packed);
    directory.push(central, name);
    offset += 30 + name.byteLength + entry.packed.byteLength;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...parts, ...directory, end]);
  return new Uint8Array(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
}

/**
 * `BOMB_BYTES` of zeros, deflated without ever holding them: one mebibyte compressed with a
 * full flush (which empties the compressor's memory, so every copy compresses the same),
 * repeated, then a final empty block. Its CRC is left at 0: computing the real one takes
 * seconds, and an unpacker checks it only after inflating everything, which is the attack.
 */
function zerosBomb(): { packed: Buffer; crc: number; size: number } {
  const block = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const copies = BOMB_BYTES / MB;
  const packed = Buffer.concat([...Array.from({ length: copies }, () => block), deflateRawSync(Buffer.alloc(0))]);
  return { packed, crc: 0, size: BOMB_BYTES };
}

/** An import workbook whose sheet is replaced by `sheet`, the other parts as Excel wrote them. */
async function workbookWithSheet(sheet: RawEntry): Promise<Uint8Array<ArrayBuffer>> {
  const entries = await entriesOf(await templateWith(() => {}));
  return zipOf(
    [...entries].map(([name, data]) => (name === "xl/worksheets/sheet1.xml" ? sheet : deflated(name, data))),
  );
}

function asciiFile(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(text, "utf8"));
}

/** An ASF (Windows Media) header object whose first sub-object claims a size of 0: a loop for a careless parser. */
function asfHeader(): Uint8Array<ArrayBuffer> {
  const guid = Buffer.from("3026b2758e66cf11a6d900aa0062ce6c", "hex");
  const header = Buffer.alloc(30);
  guid.copy(header, 0);
  header.writeBigUInt64LE(30n + 24n, 16); // header object size
  header.writeUInt32LE(1, 24); // one sub-object
  const subObject = Buffer.alloc(24);
  Buffer.from("a1dcab8c47a9cf118ee400c00c205365", "hex").copy(subObject, 0); // file properties GUID
  subObject.writeBigUInt64LE(0n, 16); // size 0
  return new Uint8Array(Buffer.concat([header, subObject, Buffer.alloc(64)]));
}

/** The file that froze the old reader for 50 s and 4 GB: the template's header and one value in A1048576. */
export function lastRowWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  return templateWith((sheet) => {
    sheet.getCell("A1048576").value = "x";
  });
}

/** An import workbook whose sheet inflates to 3 GB (about 3 MB packed); `lying` declares 40 kB. */
export function zipBombWorkbook({ lying = false } = {}, bomb = zerosBomb()): Promise<Uint8Array<ArrayBuffer>> {
  return workbookWithSheet({ name: "xl/worksheets/sheet1.xml", ...bomb, ...(lying ? { declaredSize: 40_000 } : {}) });
}

export async function makeHostileFiles(): Promise<HostileFile[]> {
  const bomb = zerosBomb();
  const bytes = (buffer: Buffer) =>
    new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
  const docxParts = await entriesOf(docxFile().buffer);
  const docxWith = (extra: RawEntry[]) =>
    zipOf([...[...docxParts].map(([name, data]) => deflated(name, data)), ...extra]);
  const spaces = Buffer.alloc(4 * MB, 0x20);

  return [
    {
      what: "one value in cell A1048576 under the template's header",
      fileName: "a1048576.xlsx",
      bytes: await lastRowWorkbook(),
      target: "import",
    },
    {
      what: "a merged range A2:P1048576 under the template's header",
      fileName: "samengevoegd.xlsx",
      bytes: await (async () => {
        const entries = await entriesOf(
          await templateWith((sheet) => {
            sheet.getCell("A2").value = "x";
          }),
        );
        const xml = entries
          .get("xl/worksheets/sheet1.xml")!
          .toString("utf8")
          .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A2:P1048576"/></mergeCells>');
        entries.set("xl/worksheets/sheet1.xml", Buffer.from(xml));
        return zipOf([...entries].map(([name, data]) => deflated(name, data)));
      })(),
      target: "import",
    },
    {
      what: "a zip bomb: a sheet that inflates to 3 GB, saying so",
      fileName: "bom.xlsx",
      bytes: await zipBombWorkbook({}, bomb),
      target: "import",
    },
    {
      what: "a zip bomb that lies: a sheet that inflates to 3 GB, declared as 40 kB",
      fileName: "bom-gelogen.xlsx",
      bytes: await zipBombWorkbook({ lying: true }, bomb),
      target: "import",
    },
    {
      what: "a workbook of 1,500 parts",
      fileName: "onderdelen.xlsx",
      bytes: await (async () => {
        const entries = await entriesOf(await templateWith(() => {}));
        const extra = Array.from({ length: 1_500 }, (_, index) =>
          deflated(`xl/media/image${index}.png`, Buffer.from("x")),
        );
        return zipOf([...[...entries].map(([name, data]) => deflated(name, data)), ...extra]);
      })(),
      target: "import",
    },
    {
      what: "a workbook with 4 MB of spaces packed a thousandfold",
      fileName: "samengeperst.xlsx",
      bytes: await workbookWithSheet(deflated("xl/worksheets/sheet1.xml", spaces)),
      target: "import",
    },
    {
      what: "a zip bomb under a Word document's name",
      fileName: "notitie.docx",
      bytes: docxWith([{ name: "word/media/image1.png", ...bomb }]),
      target: "evidence",
    },
    {
      what: "a lying zip bomb inside a Word document",
      fileName: "notitie.docx",
      bytes: docxWith([{ name: "word/media/image1.png", ...bomb, declaredSize: 40_000 }]),
      target: "evidence",
    },
    { what: "an ASF header named .pdf", fileName: "rapport.pdf", bytes: asfHeader(), target: "evidence" },
    {
      what: "a Windows executable (MZ) named .pdf",
      fileName: "rapport.pdf",
      bytes: bytes(windowsExecutableFile().buffer),
      target: "evidence",
    },
    {
      what: "a Linux executable (ELF) named .pdf",
      fileName: "rapport.pdf",
      bytes: bytes(elfExecutableFile().buffer),
      target: "evidence",
    },
    {
      what: "an SVG image",
      fileName: "logo.svg",
      bytes: asciiFile(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
      target: "evidence",
    },
    {
      what: "an HTML page named .pdf",
      fileName: "verslag.pdf",
      bytes: asciiFile("<!doctype html><html><body><script>alert(1)</script></body></html>"),
      target: "evidence",
    },
    {
      what: "a macro-enabled Word document (.docm content type)",
      fileName: "notitie.docx",
      bytes: bytes(docmFile().buffer),
      target: "evidence",
    },
    {
      what: "a Word document with a macro project (vbaProject.bin)",
      fileName: "notitie.docx",
      bytes: docxWith([deflated("word/vbaProject.bin", Buffer.from("Attribute VB_Name"))]),
      target: "evidence",
    },
    { what: "an empty file", fileName: "leeg.pdf", bytes: new Uint8Array(0), target: "evidence" },
    {
      what: "a PDF of 10 MB and one byte",
      fileName: "groot.pdf",
      bytes: (() => {
        const big = new Uint8Array(10 * MB + 1);
        big.set(Buffer.from("%PDF-1.4\n"));
        return big;
      })(),
      target: "evidence",
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), "hostile-files-"));
  mkdirSync(path.join(folder, "import"), { recursive: true });
  mkdirSync(path.join(folder, "evidence"), { recursive: true });
  const files = await makeHostileFiles();
  files.forEach((file, index) => {
    const target = path.join(folder, file.target, `${String(index + 1).padStart(2, "0")}-${file.fileName}`);
    writeFileSync(target, file.bytes);
    console.log(`${target}  ${file.bytes.byteLength.toLocaleString("nl-NL")} bytes  ${file.what}`);
  });
}
