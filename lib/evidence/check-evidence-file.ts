// An uploaded file checked before it becomes evidence: present, not empty, at most 10 MB,
// and of an accepted type as its content shows (file-type reads the magic numbers, and
// for an Office file the zip's [Content_Types].xml), never its name or the browser's type.
import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { MAX_EVIDENCE_BYTES, isEvidenceMediaType, type EvidenceMediaType } from "@/lib/evidence/evidence-file-types";
import { evidenceFileName, sanitiseFileName } from "@/lib/evidence/file-name";
import { formatFileSize } from "@/lib/evidence/file-size";

export type CheckedEvidenceFile = {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
};

/** Throws INVALID with the message next to the form's `file` field. */
export async function checkEvidenceFile(file: File | null): Promise<CheckedEvidenceFile> {
  // A browser posts an empty, nameless file when none was chosen.
  if (!file || (file.size === 0 && file.name === "")) throw refusal(nl.evidence.fileRequired);
  const shownName = sanitiseFileName(file.name) || nl.evidence.fileNameFallback;
  if (file.size === 0) throw refusal(nl.evidence.fileEmpty(shownName));
  if (file.size > MAX_EVIDENCE_BYTES)
    throw refusal(nl.evidence.fileTooLarge(shownName, formatFileSize(file.size, { roundUp: true })));

  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !isEvidenceMediaType(type.mime)) throw refusal(nl.evidence.fileTypeRefused(shownName));

  return {
    bytes,
    fileName: evidenceFileName(file.name, type.mime, nl.evidence.fileNameFallback),
    mediaType: type.mime,
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

function refusal(message: string): AppError {
  return new AppError("INVALID", message, { fieldError: { field: "file", message } });
}
