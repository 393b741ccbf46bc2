// Refusals because the server is busy with the same kind of work (printing, a backup), not
// because anything is wrong with the request: the route answers 503 with Retry-After and
// the Dutch sentence, and the user tries again a little later.
export class BusyError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "BusyError";
  }
}

/** By name, not instanceof: the print queue is shared per process while a bundle may hold two copies of this module. */
export function isBusyError(error: unknown): error is BusyError {
  return error instanceof Error && error.name === "BusyError" && "retryAfterSeconds" in error;
}
