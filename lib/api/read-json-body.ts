// A request's JSON body, within limits, before any schema sees it: the content type must be
// JSON (415), the body at most API_BODY_LIMIT_BYTES whether or not Content-Length says so
// (413; the stream is cut off, not read to the end), valid UTF-8 JSON (400), and no string in
// it may hold control characters (422; PostgreSQL refuses NUL, the forms refuse them too), and
// it may nest at most API_MAX_NESTING levels deep (400). Both are checked in one walk without
// recursion: a body of 50,000 nested arrays is a few hundred kB and must not overflow the stack.
import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import type { ProblemField } from "@/lib/api/problem";
import { nl } from "@/lib/i18n/nl";

export const API_BODY_LIMIT_BYTES = 100 * 1024;
/** Objects and arrays inside each other; the API's own bodies nest two or three levels. */
export const API_MAX_NESTING = 32;

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
  const walked = walkJson(value);
  if (walked.tooDeep) return { ok: false, status: 400, detail: p.tooDeepDetail(API_MAX_NESTING) };
  const controlled = walked.controlled;
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

/**
 * The paths of the strings that hold control characters, or `tooDeep` as soon as a value sits
 * more than API_MAX_NESTING objects or arrays deep. Iterative, with its own stack.
 */
function walkJson(root: unknown): { tooDeep: boolean; controlled: string[] } {
  const controlled: string[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (CONTROL_CHARACTERS.test(value)) controlled.push(path.join(".") || "body");
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (path.length >= API_MAX_NESTING) return { tooDeep: true, controlled };
    const children = Array.isArray(value)
      ? value.map((item, index) => ({ value: item as unknown, path: [...path, String(index)] }))
      : Object.entries(value).map(([key, item]) => ({ value: item as unknown, path: [...path, key] }));
    // Reversed onto the stack, so the paths come out in document order as before.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return { tooDeep: false, controlled };
}
