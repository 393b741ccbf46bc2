// The kinds of long work the job queue does (BackgroundJob.kind).
export const BACKGROUND_JOB_KINDS = ["IMPORT", "LETTER_PRINT"] as const;
export type BackgroundJobKind = (typeof BACKGROUND_JOB_KINDS)[number];

/** A running job renews its heartbeat this often; one silent for STALE_AFTER_MS lost its worker. */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 60_000;
/** A queued job waits for a free worker; only this long without one counts as lost. */
export const QUEUED_STALE_AFTER_MS = 30 * 60_000;
