// A bound on one kind of heavy work per app instance: at most `running` at once and
// `waiting` behind them, in the order asked; beyond that the request is refused at once
// with a BusyError (503 with Retry-After on a route, the Dutch sentence on a form) instead
// of piling up memory it cannot free. The print queue (lib/letters/print-queue.ts) is the
// same bound with one per user and cancelled prints on top.
import { BusyError } from "@/lib/overload/busy-error";

export type WorkLimits = { running: number; waiting: number; retryAfterSeconds: number; message: string };

export class WorkLimiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limits: WorkLimits) {}

  /** How many pieces of work run and wait. */
  get size(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.queue.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limits.running) this.active += 1;
    else if (this.queue.length < this.limits.waiting) await new Promise<void>((resolve) => this.queue.push(resolve));
    else throw new BusyError(this.limits.message, this.limits.retryAfterSeconds);
    try {
      return await work();
    } finally {
      // The place passes to the first one waiting; only when nobody waits does it free up.
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
