// The answers of the two download routes (Word, PDF): the file as an attachment, never cached
// on the way, or a short Dutch message with its status.
import "server-only";

export function attachment(body: Uint8Array, mediaType: string, fileName: string): Response {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": mediaType,
      "Content-Length": String(body.byteLength),
      // The name is ASCII by construction (letterFileName: a fixed stem and a checked date).
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

export function plainMessage(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
