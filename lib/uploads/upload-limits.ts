// The limits on reading an uploaded file (an import workbook, evidence): a file is read in a
// worker thread that is stopped when it takes longer or needs more memory than this, and a
// zip (every .xlsx, .docx and .pptx is one) is refused on its directory before anything is
// unpacked. The pages state these limits; the refusals name the one that was hit. No server
// code here: the forms import it.

/**
 * How long reading one file may take before the worker is stopped: a backstop, as the zip
 * limits and the row limit stop hostile files long before it; the room above the seconds a
 * 5,000-row import takes is for a busy machine, where a real file must not be refused.
 */
export const UPLOAD_READ_SECONDS = 60;
/** The worker's JavaScript memory (V8 heap); over it the worker is stopped. */
export const UPLOAD_READ_MEMORY_MB = 256;

/** A document with more parts than this is not a document (a filled template has about 15). */
export const ZIP_MAX_ENTRIES = 1_000;
/** All parts of a zip together, unpacked. A 5,000-row import unpacks to a few MB. */
export const ZIP_MAX_UNPACKED_MB = 100;
/** Unpacked size over packed size, for any part over 1 MB unpacked; spreadsheets reach about 15. */
export const ZIP_MAX_COMPRESSION_RATIO = 100;

export const ZIP_LIMITS = {
  maxEntries: ZIP_MAX_ENTRIES,
  maxUncompressedBytes: ZIP_MAX_UNPACKED_MB * 1024 * 1024,
  maxCompressionRatio: ZIP_MAX_COMPRESSION_RATIO,
};
