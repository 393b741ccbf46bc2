// The answer to a BusyError: a small Dutch page with status 503 and Retry-After, so a
// browser that followed a download link shows a sentence instead of a broken file.
import "server-only";
import type { BusyError } from "@/lib/overload/busy-error";
import { nl } from "@/lib/i18n/nl";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export function busyResponse(error: BusyError): Response {
  const message = escapeHtml(error.message);
  const title = escapeHtml(nl.overload.title);
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><h1>${title}</h1><p>${message}</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(error.retryAfterSeconds),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
