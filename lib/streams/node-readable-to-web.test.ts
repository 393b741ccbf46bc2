// A Node stream as a Response body: every chunk in order, a cancel that stops the source and
// drops what still arrives (nothing thrown outside the request), and the source's error passed on.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { nodeReadableToWeb } from "./node-readable-to-web";

describe("nodeReadableToWeb", () => {
  it("passes every chunk on, in order, and ends", async () => {
    const source = new PassThrough();
    const web = nodeReadableToWeb(source);
    source.write("een ");
    source.end("twee");
    expect(await new Response(web).text()).toBe("een twee");
  });

  it("survives a reader that cancels while the source goes on writing", async () => {
    const uncaught: unknown[] = [];
    const listener = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", listener);
    try {
      const source = new PassThrough();
      const web = nodeReadableToWeb(source);
      const reader = web.getReader();
      source.write(Buffer.alloc(64 * 1024, 1));
      await reader.read();
      await reader.cancel();
      expect(source.destroyed).toBe(true);
      // What a writer still sends after the cancel goes nowhere.
      source.write(Buffer.alloc(64 * 1024, 2), () => {});
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", listener);
    }
  });

  it("passes a source's error on to the reader", async () => {
    const source = new PassThrough();
    const reader = nodeReadableToWeb(source).getReader();
    source.destroy(new Error("schijf vol"));
    await expect(reader.read()).rejects.toThrow("schijf vol");
  });
});
