import { describe, expect, it } from "vitest";
import { createLimiter } from "./password-check-limiter";

describe("createLimiter", () => {
  it("runs at most `concurrency` tasks at once and refuses past the queue", async () => {
    const limiter = createLimiter({ concurrency: 2, maxWaiting: 3 });
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const task = () =>
      new Promise<number>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        gates.push(() => {
          running--;
          resolve(1);
        });
      });
    const results = Array.from({ length: 7 }, () => limiter.run(task));
    await Promise.resolve();
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(3);
    // Two past the queue are refused at once.
    expect(await Promise.race([results[5], new Promise((resolve) => setTimeout(() => resolve("wacht"), 20))])).toEqual({
      ran: false,
    });
    while (gates.length > 0 || limiter.active > 0) {
      gates.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const settled = await Promise.all(results);
    expect(settled.filter((result) => result.ran)).toHaveLength(5);
    expect(peak).toBe(2);
  });

  it("frees the slot when a task throws", async () => {
    const limiter = createLimiter({ concurrency: 1, maxWaiting: 0 });
    await expect(limiter.run(() => Promise.reject(new Error("mis")))).rejects.toThrow("mis");
    expect(await limiter.run(async () => 42)).toEqual({ ran: true, value: 42 });
  });
});
