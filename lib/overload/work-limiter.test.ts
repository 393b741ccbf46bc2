// The limiter's bounds with stand-in work: at most `running` at once, at most `waiting`
// behind them in the order asked, the next one refused with a BusyError, and a place freed
// by work that failed as well as by work that succeeded.
import { describe, expect, it } from "vitest";
import { WorkLimiter } from "./work-limiter";
import { BusyError } from "./busy-error";
import { heldWork, settle } from "@/test/held-work";

const limits = { running: 2, waiting: 1, retryAfterSeconds: 30, message: "Probeer het over een minuut opnieuw." };

describe("WorkLimiter", () => {
  it("runs at most `running` at once, lets `waiting` wait in order and refuses the next at once", async () => {
    const limiter = new WorkLimiter(limits);
    const log: string[] = [];
    const [a, b, c] = [heldWork(log, "a"), heldWork(log, "b"), heldWork(log, "c")];
    const first = limiter.run(a.work);
    const second = limiter.run(b.work);
    const third = limiter.run(c.work);
    await settle();
    expect(log).toEqual(["start a", "start b"]);
    expect(limiter.size).toEqual({ running: 2, waiting: 1 });

    const refused = await limiter.run(async () => "d").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ message: limits.message, retryAfterSeconds: 30 });

    a.release();
    expect(await first).toBe("a");
    await settle();
    expect(log).toEqual(["start a", "start b", "end a", "start c"]);
    expect(limiter.size).toEqual({ running: 2, waiting: 0 });
    b.release();
    c.release();
    expect([await second, await third]).toEqual(["b", "c"]);
    expect(limiter.size).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the place of work that failed", async () => {
    const limiter = new WorkLimiter({ ...limits, running: 1, waiting: 0 });
    const log: string[] = [];
    const failing = heldWork(log, "x", { fail: true });
    const run = limiter.run(failing.work);
    await expect(limiter.run(async () => "y")).rejects.toBeInstanceOf(BusyError);
    failing.release();
    await expect(run).rejects.toThrow("x");
    expect(await limiter.run(async () => "z")).toBe("z");
    expect(limiter.size).toEqual({ running: 0, waiting: 0 });
  });
});
