// Which files may be evidence: the types accepted after looking at a file's content, and
// the size limit. No server code here: the upload form uses the same list and limit.

/** At most 10 MB (10 × 1024 × 1024 bytes), the limit the form and the messages name. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * The accepted media types, as file-type reports them from the content, with the file-name
 * extensions that belong to them (the first is added to a name that has none of them).
 * Macro-enabled Office files (.docm, .xlsm) and a plain zip report other types and are refused.
 */
export const EVIDENCE_FILE_TYPES = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type EvidenceMediaType = keyof typeof EVIDENCE_FILE_TYPES;

export function isEvidenceMediaType(mediaType: string): mediaType is EvidenceMediaType {
  return Object.hasOwn(EVIDENCE_FILE_TYPES, mediaType);
}

/** For the file input's `accept`: a hint to the browser's file picker, never a check. */
export const EVIDENCE_ACCEPT = Object.entries(EVIDENCE_FILE_TYPES)
  .flatMap(([mediaType, extensions]) => [mediaType, ...extensions.map((extension) => `.${extension}`)])
  .join(",");
