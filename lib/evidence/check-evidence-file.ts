// An uploaded file checked before it becomes evidence: present, not empty, at most 10 MB,
// and of an accepted type as its content shows, never its name or the browser's type. The
// content is sniffed in a worker thread within the upload limits (lib/uploads/upload-limits.ts):
// the first bytes, and for an Office file (a zip) its central directory first, refused on too
// many parts, too much when unpacked, too tight a packing or a macro project before file-type
// unpacks its [Content_Types].xml. Called before the transaction opens.
import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { MAX_EVIDENCE_BYTES, isEvidenceMediaType, type EvidenceMediaType } from "@/lib/evidence/evidence-file-types";
import { evidenceFileName, sanitiseFileName } from "@/lib/evidence/file-name";
import { formatFileSize } from "@/lib/evidence/file-size";
import { runInWorker, WorkerLimitError, type WorkerUsage } from "@/lib/uploads/run-in-worker";
import {
  UPLOAD_READ_MEMORY_MB,
  UPLOAD_READ_SECONDS,
  ZIP_LIMITS,
  ZIP_MAX_COMPRESSION_RATIO,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_UNPACKED_MB,
} from "@/lib/uploads/upload-limits";

export type CheckedEvidenceFile = {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
};

type Sniffed = { refused: string } | { refused: null; mime: string | null };

const t = nl.evidence;

/** Throws INVALID with the message next to the form's `file` field. */
export async function checkEvidenceFile(
  file: File | null,
  { onUsage }: { onUsage?: (usage: WorkerUsage) => void } = {},
): Promise<CheckedEvidenceFile> {
  // A browser posts an empty, nameless file when none was chosen.
  if (!file || (file.size === 0 && file.name === "")) throw refusal(t.fileRequired);
  const shownName = sanitiseFileName(file.name) || t.fileNameFallback;
  if (file.size === 0) throw refusal(t.fileEmpty(shownName));
  if (file.size > MAX_EVIDENCE_BYTES)
    throw refusal(t.fileTooLarge(shownName, formatFileSize(file.size, { roundUp: true })));

  const bytes = new Uint8Array(await file.arrayBuffer());
  let sniffed: Sniffed;
  try {
    sniffed = await runInWorker<Sniffed>(
      "sniff-file-type",
      { bytes, zipLimits: ZIP_LIMITS },
      { seconds: UPLOAD_READ_SECONDS, memoryMegabytes: UPLOAD_READ_MEMORY_MB },
      onUsage,
    );
  } catch (error) {
    if (error instanceof WorkerLimitError)
      throw refusal(
        error.limit === "time"
          ? t.fileTooSlow(shownName, UPLOAD_READ_SECONDS)
          : t.fileTooMuchMemory(shownName, UPLOAD_READ_MEMORY_MB),
      );
    throw error;
  }
  if (sniffed.refused !== null) throw refusal(refusalMessage(sniffed.refused, shownName));
  const mime = sniffed.mime;
  if (!mime || !isEvidenceMediaType(mime)) throw refusal(t.fileTypeRefused(shownName));

  return {
    bytes,
    fileName: evidenceFileName(file.name, mime, t.fileNameFallback),
    mediaType: mime,
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

function refusalMessage(reason: string, name: string): string {
  switch (reason) {
    case "zip-entries":
      return t.fileZipEntries(name, ZIP_MAX_ENTRIES);
    case "zip-size":
      return t.fileZipSize(name, ZIP_MAX_UNPACKED_MB);
    case "zip-ratio":
      return t.fileZipRatio(name, ZIP_MAX_COMPRESSION_RATIO);
    case "macros":
      return t.fileMacros(name);
    default:
      return t.fileTypeRefused(name);
  }
}

function refusal(message: string): AppError {
  return new AppError("INVALID", message, { fieldError: { field: "file", message } });
}
