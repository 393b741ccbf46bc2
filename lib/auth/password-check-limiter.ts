// Caps the number of password checks running at once in this server process. One scrypt
// check at N=2^17 takes 128 MiB and most of a core for about half a second: without a cap,
// a burst of sign-ins (or a flood of guesses at many addresses) would exhaust memory
// and starve every page. Extra checks wait their turn; past a short queue they are
// refused at once, and the sign-in form asks to try again shortly.

export type Limiter = {
  /** Runs `task` when a slot is free; resolves to `{ ran: false }` when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  readonly active: number;
  readonly waiting: number;
};

export function createLimiter({ concurrency, maxWaiting }: { concurrency: number; maxWaiting: number }): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];

  function release() {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  }

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run(task) {
      if (active >= concurrency) {
        if (queue.length >= maxWaiting) return { ran: false };
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        active++;
      }
      try {
        return { ran: true, value: await task() };
      } finally {
        release();
      }
    },
  };
}

// Two at a time (the app servers have two cores; 256 MiB at most), and up to 30 waiting:
// a queue that short clears within what a patient user waits at a sign-in; beyond it the
// sign-in form asks to try again in a few seconds rather than letting everyone wait.
export const passwordCheckLimiter = createLimiter({ concurrency: 2, maxWaiting: 30 });
