// A request's JSON body, within limits, before any schema sees it: the content type must be
// JSON (415), the body at most API_BODY_LIMIT_BYTES whether or not Content-Length says so
// (413; the stream is cut off, not read to the end), valid UTF-8 JSON (400), and no string in
// it may hold control characters (422; PostgreSQL refuses NUL, the forms refuse them too).
import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import type { ProblemField } from "@/lib/api/problem";
import { nl } from "@/lib/i18n/nl";

export const API_BODY_LIMIT_BYTES = 100 * 1024;

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415 | 422; detail: string; errors?: ProblemField[] };

const p = nl.api.problems;

export async function readJsonBody(request: Request, limit = API_BODY_LIMIT_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get("content-type")))
    return { ok: false, status: 415, detail: p.unsupportedMediaTypeDetail };
  const tooLarge = { ok: false, status: 413, detail: p.tooLargeDetail(Math.round(limit / 1024)) } as const;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge;

  const bytes = await readAtMost(request, limit);
  if (bytes === null) return tooLarge;
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, detail: p.malformedJsonDetail };
  }
  const controlled = stringsWithControlCharacters(value, []);
  if (controlled.length > 0)
    return {
      ok: false,
      status: 422,
      detail: p.invalidDetail,
      errors: controlled.map((field) => ({ field, message: nl.forms.controlCharacters })),
    };
  return { ok: true, value };
}

/** application/json or a +json type, in UTF-8 (the only charset JSON has, RFC 8259). */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type ?? "")) return false;
  const charset = parameters.find((parameter) => parameter.startsWith("charset="));
  return !charset || /^charset="?utf-8"?$/.test(charset);
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function stringsWithControlCharacters(value: unknown, path: string[]): string[] {
  if (typeof value === "string") return CONTROL_CHARACTERS.test(value) ? [path.join(".") || "body"] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringsWithControlCharacters(item, [...path, String(index)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => stringsWithControlCharacters(item, [...path, key]));
  return [];
}
