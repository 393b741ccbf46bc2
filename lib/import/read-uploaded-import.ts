// The uploaded file of the import form, read into rows: refused when missing or too large
// before its bytes are read into memory, then read and checked by readImportWorkbook.
import "server-only";
import { nl } from "@/lib/i18n/nl";
import { fileRefusal, readImportWorkbook, type ImportWorkbook } from "@/lib/import/read-import-workbook";
import { formatFileSize } from "@/lib/evidence/file-size";
import { MAX_IMPORT_BYTES } from "@/lib/import/import-columns";

export async function readUploadedImport(file: File | null): Promise<ImportWorkbook> {
  // A browser posts an empty, nameless file when none was chosen.
  if (!file || (file.size === 0 && file.name === "")) throw fileRefusal(nl.dataImport.fileRequired);
  if (file.size > MAX_IMPORT_BYTES)
    throw fileRefusal(nl.dataImport.file.tooLarge(formatFileSize(file.size, { roundUp: true })));
  return readImportWorkbook(new Uint8Array(await file.arrayBuffer()));
}
