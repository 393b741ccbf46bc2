// The lines of a text stream ("\n"-separated, UTF-8), each at most `maxChars` long. Node's
// readline keeps a line without a newline in memory however long it grows; this stops at
// the limit with LineTooLongError, so a damaged or hostile archive cannot fill the memory.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

export class LineTooLongError extends Error {
  constructor(readonly maxChars: number) {
    super(`A line is longer than ${maxChars} characters`);
    this.name = "LineTooLongError";
  }
}

export async function* readBoundedLines(input: Readable, maxChars: number): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder("utf8");
  // The pieces of the line being read, and their length together.
  let pieces: string[] = [];
  let pending = 0;
  try {
    for await (const chunk of input) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      let start = 0;
      for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
        if (pending + newline - start > maxChars) throw new LineTooLongError(maxChars);
        pieces.push(text.slice(start, newline));
        yield pieces.join("");
        pieces = [];
        pending = 0;
        start = newline + 1;
      }
      const rest = text.length - start;
      if (pending + rest > maxChars) throw new LineTooLongError(maxChars);
      if (rest > 0) {
        pieces.push(text.slice(start));
        pending += rest;
      }
    }
    const last = pieces.join("") + decoder.end();
    if (last.length > maxChars) throw new LineTooLongError(maxChars);
    if (last.length > 0) yield last;
  } finally {
    input.destroy();
  }
}
