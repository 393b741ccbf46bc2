// A Node stream as a web ReadableStream for a Response body, safe when the browser goes away.
// Node 20's Readable.toWeb keeps feeding chunks after the reader cancelled and then throws
// "Controller is already closed" outside any request: an uncaught exception that a cancelled
// download (a closed tab, a network drop) must never cause. Here a cancel destroys the source,
// chunks that still arrive are dropped, and backpressure pauses the source.
import { Readable } from "node:stream";

export function nodeReadableToWeb(source: Readable): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      source.on("data", (chunk: Buffer | string) => {
        if (finished) return;
        controller.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) source.pause();
      });
      source.once("end", () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      source.once("error", (error) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
      source.pause();
    },
    pull() {
      source.resume();
    },
    cancel() {
      finished = true;
      source.destroy();
    },
  });
}
