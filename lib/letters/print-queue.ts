// The bounds on printing: one Chromium at a time per app instance (each takes a few hundred
// MB and most of a core), at most MAX_WAITING_PRINTS waiting behind it, and one print per
// user (running or waiting). A request beyond that is refused at once with BusyError
// ("Probeer het over een minuut opnieuw.", 503 with Retry-After) instead of waiting
// minutes; a waiting or running print whose request was aborted is dropped or killed.
// Background prints (a letter just fixed) wait their turn and are not refused: the queue
// worker runs one job at a time, so they add at most one.
import { BusyError } from "@/lib/overload/busy-error";
import { nl } from "@/lib/i18n/nl";

export const MAX_WAITING_PRINTS = 4;
export const PRINT_RETRY_AFTER_SECONDS = 60;

export type PrintRequest = {
  /** The user who asked, for the one-per-user bound; null for a background print. */
  ownerId: string | null;
  /** Aborted when the browser went away: a waiting print is dropped, a running one killed. */
  signal?: AbortSignal;
};

type Waiting = { ownerId: string | null; start: () => void };

export class PrintQueue {
  private running = false;
  private readonly waiting: Waiting[] = [];
  private readonly owners = new Set<string>();

  constructor(private readonly maxWaiting = MAX_WAITING_PRINTS) {}

  /** How many prints run (0 or 1) and wait. */
  get size(): { running: number; waiting: number } {
    return { running: this.running ? 1 : 0, waiting: this.waiting.length };
  }

  async run<T>({ ownerId, signal }: PrintRequest, work: (signal?: AbortSignal) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    if (ownerId !== null) {
      if (this.owners.has(ownerId) || (this.running && this.waiting.length >= this.maxWaiting))
        throw new BusyError(nl.overload.tryAgain, PRINT_RETRY_AFTER_SECONDS);
      this.owners.add(ownerId);
    }
    try {
      await this.turn(ownerId, signal);
      try {
        signal?.throwIfAborted();
        return await work(signal);
      } finally {
        this.next();
      }
    } finally {
      if (ownerId !== null) this.owners.delete(ownerId);
    }
  }

  /** Resolves when it is this print's turn; rejects when its request is aborted first. */
  private turn(ownerId: string | null, signal?: AbortSignal): Promise<void> {
    if (!this.running) {
      this.running = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Waiting = {
        ownerId,
        start: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(entry);
        if (index !== -1) this.waiting.splice(index, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private next(): void {
    const entry = this.waiting.shift();
    if (entry) entry.start();
    else this.running = false;
  }
}

const globalForPrint = globalThis as unknown as { opvolgingPrintQueue?: PrintQueue };

/** This instance's one print queue. */
export function printQueue(): PrintQueue {
  globalForPrint.opvolgingPrintQueue ??= new PrintQueue();
  return globalForPrint.opvolgingPrintQueue;
}
