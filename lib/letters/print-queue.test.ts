// The print queue's bounds, with stand-in work instead of Chromium: one at a time, at most
// MAX_WAITING_PRINTS waiting, one per user, background prints never refused, and a waiting
// print whose request was aborted leaves the queue.
import { describe, expect, it } from "vitest";
import { MAX_WAITING_PRINTS, PRINT_RETRY_AFTER_SECONDS, PrintQueue } from "./print-queue";
import { BusyError } from "@/lib/overload/busy-error";
import { heldWork, settle } from "@/test/held-work";

describe("PrintQueue", () => {
  it("runs one print at a time, in the order asked", async () => {
    const queue = new PrintQueue();
    const log: string[] = [];
    const a = heldWork(log, "a");
    const b = heldWork(log, "b");
    const first = queue.run({ ownerId: "u1" }, a.work);
    const second = queue.run({ ownerId: "u2" }, b.work);
    await settle();
    expect(log).toEqual(["start a"]);
    expect(queue.size).toEqual({ running: 1, waiting: 1 });
    a.release();
    expect(await first).toBe("a");
    await settle();
    expect(log).toEqual(["start a", "end a", "start b"]);
    b.release();
    expect(await second).toBe("b");
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses the print over the waiting limit, and a user's second, with the Dutch sentence", async () => {
    const queue = new PrintQueue();
    const log: string[] = [];
    const held = heldWork(log, "held");
    const running = [queue.run({ ownerId: "u0" }, held.work)];
    for (let user = 1; user <= MAX_WAITING_PRINTS; user++)
      running.push(queue.run({ ownerId: `u${user}` }, async () => "x"));
    expect(queue.size).toEqual({ running: 1, waiting: MAX_WAITING_PRINTS });
    const over = await queue.run({ ownerId: "another" }, async () => "x").catch((error: unknown) => error);
    expect(over).toBeInstanceOf(BusyError);
    expect((over as BusyError).message).toBe("Probeer het over een minuut opnieuw.");
    expect((over as BusyError).retryAfterSeconds).toBe(PRINT_RETRY_AFTER_SECONDS);
    // The same user again, while theirs waits: refused too, whatever the queue's length.
    const again = await queue.run({ ownerId: "u1" }, async () => "x").catch((error: unknown) => error);
    expect(again).toBeInstanceOf(BusyError);
    // A background print waits its turn instead.
    const background = queue.run({ ownerId: null }, async () => "background");
    held.release();
    await Promise.all(running);
    expect(await background).toBe("background");
    // Once done, the user may print again.
    expect(await queue.run({ ownerId: "u1" }, async () => "later")).toBe("later");
  });

  it("drops a waiting print whose request was aborted, and never starts it", async () => {
    const queue = new PrintQueue();
    const log: string[] = [];
    const held = heldWork(log, "held");
    const first = queue.run({ ownerId: "u1" }, held.work);
    const browser = new AbortController();
    let started = false;
    const abandoned = queue
      .run({ ownerId: "u2", signal: browser.signal }, async () => {
        started = true;
      })
      .catch((error: unknown) => error);
    expect(queue.size.waiting).toBe(1);
    browser.abort();
    expect(await abandoned).toBeInstanceOf(Error);
    expect(queue.size.waiting).toBe(0);
    held.release();
    await first;
    expect(started).toBe(false);
    // The user whose request was aborted may ask again.
    expect(await queue.run({ ownerId: "u2" }, async () => "again")).toBe("again");
  });

  it("hands the running print its request's signal, so an abort can stop it", async () => {
    const queue = new PrintQueue();
    const browser = new AbortController();
    const running = queue.run({ ownerId: "u1", signal: browser.signal }, (signal) => {
      return new Promise((_resolve, reject) => signal!.addEventListener("abort", () => reject(new Error("gestopt"))));
    });
    await settle();
    browser.abort();
    await expect(running).rejects.toThrow("gestopt");
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });
});
