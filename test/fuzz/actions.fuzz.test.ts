// Every server action and route handler, fed hostile input: form fields, query strings, JSON
// bodies and path ids replaced by what a careless client or an attacker might send. The
// calls go through the real actions and handlers as the matrix's rows prepare them, as an
// actor the permission table allows (so the input reaches the parsing), with only the session
// mocked. A new action or route gets its matrix row, and with it its fuzzing.
//
// Every answer must be an answer: never an exception, never an unexpected-error result, never
// an HTTP 5xx; API refusals as problem+json; messages Dutch; within the time bound; and an
// input that is refused leaves the database as it was.
import { beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { everyActor } from "@/test/every-actor";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { MatrixRow } from "@/test/authorization/matrix";
import { loadTarget, RedirectSignal, rows, toFormData } from "@/test/authorization/targets";
import { changeCount, installChangeCounter } from "./change-counter";
import {
  applyEdits,
  ENGLISH_DEFAULT_MESSAGE,
  fuzzRuns,
  fuzzSeed,
  hostileEdits,
  hostileJson,
  hostileString,
  MAX_MS_PER_INPUT,
  safeStringify,
  type HostileEdits,
} from "./hostile-input";

const RUNS = fuzzRuns(5);
import { session } from "@/test/authorization/request-stubs";

// FUZZ_TARGETS=word/route,importSpreadsheet fuzzes only the rows whose target contains one of
// the comma-separated parts: a deep run (FUZZ_RUNS=1000) can then go a few targets at a time.
const only = (process.env.FUZZ_TARGETS ?? "")
  .split(",")
  .map((part) => part.trim())
  .filter(Boolean);
const fuzzed = only.length ? rows.filter((row) => only.some((part) => row.target.includes(part))) : rows;

vi.mock("@/lib/auth/require-user", () =>
  import("@/test/authorization/request-stubs").then((stubs) => stubs.requireUserStub),
);
// Hashing a password costs half a second of a core by design; what is fuzzed here is the input
// around it, so the hash is made at the lowest cost scrypt allows (the format stays the same).
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  const { randomBytes, scryptSync } = await import("node:crypto");
  return {
    ...original,
    hashPassword: async (password: string) => {
      const salt = randomBytes(16);
      const key = scryptSync(password.normalize("NFC"), salt, 64, { N: 2, r: 1, p: 1 });
      return ["scrypt", 2, 1, 1, salt.toString("base64"), key.toString("base64")].join("$");
    },
  };
});
vi.mock("next/cache", () => import("@/test/authorization/request-stubs").then((stubs) => stubs.cacheStub));
vi.mock("next/navigation", () => import("@/test/authorization/request-stubs").then((stubs) => stubs.navigationStub));

const database = setUpSeededDatabase();

/** A request as plain parts, so that a fresh one (with a fresh body) is made for every input. */
type RequestParts = { method: string; url: string; headers: [string, string][]; body: string | undefined };
type Template = (
  | { kind: "form"; fields: Record<string, string>; files: [string, File][] }
  | { kind: "request"; parts: RequestParts }
  | { kind: "context"; params: Record<string, string> }
  | { kind: "value"; value: unknown }
)[];

const hostileCall = fc.record({
  edits: hostileEdits,
  id: hostileString,
  body: hostileJson,
  where: fc.constantFrom("fields", "query", "body", "raw-body", "params"),
});
type HostileCall = typeof hostileCall extends fc.Arbitrary<infer T> ? T : never;

let actors: Actor[];
let organisation: { id: string; code: string };
beforeAll(async () => {
  actors = (await everyActor(database.prisma))
    .map((entry) => entry.actor)
    .filter((actor) => actor.organisationCode === "ADSB");
  await installChangeCounter(database.prisma);
  organisation = await database.prisma.organisation.findUniqueOrThrow({
    where: { code: "ADSB" },
    select: { id: true, code: true },
  });
});

describe("every server action and route handler under hostile input", () => {
  it("has rows to fuzz", () => {
    expect(rows.length).toBeGreaterThan(30);
    // A filter that matches nothing would pass by fuzzing nothing: a typo must show.
    expect(fuzzed.length, `FUZZ_TARGETS=${only.join(",")}`).toBeGreaterThan(0);
  });

  for (const row of fuzzed) {
    it(
      `${row.target}: an answer for every input, nothing changed by a refusal`,
      async () => {
        const actor = allowedActor(row);
        const target = await loadTarget(row.target);
        const template = await toTemplate(
          await row.prepare({ prisma: database.prisma, actor, organisation, form: toFormData }),
        );
        await fc.assert(
          fc.asyncProperty(hostileCall, async (call) => {
            const before = await changeCount(database.prisma);
            const outcome = await callAs(actor, target, fromTemplate(template, call));
            const verdict = judge(outcome);
            // A streamed answer (a backup, a download) holds its transaction until read: let it go.
            if (outcome instanceof Response) await outcome.body?.cancel().catch(() => undefined);
            if (verdict === "refused") expect(await changeCount(database.prisma)).toBe(before);
          }),
          { numRuns: RUNS, seed: fuzzSeed() },
        );
        // Room for every run at its bound: a test that timed out would go on writing into the next.
      },
      RUNS * MAX_MS_PER_INPUT,
    );
  }
});

/** The first of Coördinator, Beheerder, Bijdrager, Lezer (of the record's organisation) the table allows. */
function allowedActor(row: MatrixRow): Actor {
  const order = ["COORDINATOR", "ADMIN", "CONTRIBUTOR", "READER"];
  const allowed = [...actors]
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
    .find((actor) => can(actor, row.permission, row.scoped ? { organisationId: organisation.id } : undefined));
  if (!allowed) throw new Error(`Geen rol mag ${row.target}`);
  return allowed;
}

async function callAs(actor: Actor, target: (...args: unknown[]) => Promise<unknown>, args: unknown[]) {
  session.actor = actor;
  const started = performance.now();
  try {
    return await target(...args);
  } catch (error) {
    if (error instanceof RedirectSignal) return error;
    throw error;
  } finally {
    session.actor = null;
    expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
  }
}

/** "accepted" (the input was taken) or "refused" (nothing may have changed); anything else fails the test. */
function judge(outcome: unknown): "accepted" | "refused" {
  if (outcome instanceof RedirectSignal) {
    return outcome.url === "404" || /melding=geen-toegang|^\/inloggen/.test(outcome.url) ? "refused" : "accepted";
  }
  if (outcome instanceof Response) {
    // Overload is answered on purpose, with a time to come back (a backup already running).
    if (outcome.status === 503 && outcome.headers.get("retry-after")) return "refused";
    expect(outcome.status, "HTTP-status").toBeLessThan(500);
    if (outcome.status >= 400 && new URL(outcome.url || "http://localhost/").pathname.startsWith("/api/")) {
      expect(outcome.headers.get("content-type")).toMatch(/application\/problem\+json/);
    }
    return outcome.status >= 400 ? "refused" : "accepted";
  }
  if (typeof outcome === "object" && outcome !== null && "status" in outcome) {
    const result = outcome as { status: unknown; message?: unknown; fieldErrors?: Record<string, string> };
    expect(result.status, JSON.stringify(outcome).slice(0, 500)).not.toBe("error");
    for (const message of [result.message, ...Object.values(result.fieldErrors ?? {})]) {
      if (typeof message === "string") expect(message).not.toMatch(ENGLISH_DEFAULT_MESSAGE);
    }
    if (result.status === "invalid" || result.status === "refused" || result.status === "conflict") return "refused";
  }
  return "accepted";
}

async function toTemplate(args: unknown[]): Promise<Template> {
  return Promise.all(
    args.map(async (arg) => {
      if (arg instanceof FormData) {
        const fields: Record<string, string> = {};
        const files: [string, File][] = [];
        for (const [key, value] of arg.entries()) {
          if (typeof value === "string") fields[key] = value;
          else files.push([key, value]);
        }
        return { kind: "form" as const, fields, files };
      }
      if (arg instanceof Request) {
        const body = arg.method === "GET" || arg.method === "HEAD" ? undefined : await arg.text();
        return {
          kind: "request" as const,
          parts: { method: arg.method, url: arg.url, headers: [...arg.headers.entries()], body },
        };
      }
      if (isContext(arg)) return { kind: "context" as const, params: await arg.params };
      return { kind: "value" as const, value: arg };
    }),
  );
}

function isContext(arg: unknown): arg is { params: Promise<Record<string, string>> } {
  return (
    typeof arg === "object" && arg !== null && "params" in arg && (arg as { params: unknown }).params instanceof Promise
  );
}

function fromTemplate(template: Template, call: HostileCall): unknown[] {
  return template.map((part) => {
    switch (part.kind) {
      case "form": {
        const fields = call.where === "params" ? withHostileIds(part.fields, call.id) : part.fields;
        const edited = applyEdits(fields, call.edits, true) as Record<string, string>;
        const form = toFormData(edited);
        for (const [key, file] of part.files) form.append(key, file);
        return form;
      }
      case "request":
        return toRequest(part.parts, call);
      case "context":
        return {
          params: Promise.resolve(call.where === "params" ? withHostileIds(part.params, call.id) : part.params),
        };
      case "value":
        return part.value;
    }
  });
}

/** Every id-like field (an id, or a name ending in Id) replaced by a hostile one. */
function withHostileIds(fields: Record<string, string>, id: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, key === "id" || /Id$/.test(key) ? id : value]),
  );
}

function toRequest(parts: RequestParts, call: HostileCall): Request {
  const url = new URL(parts.url);
  if (call.where === "query" || call.where === "fields" || parts.body === undefined) {
    const query = applyEdits(Object.fromEntries(url.searchParams), call.edits as HostileEdits, true);
    url.search = new URLSearchParams(query as Record<string, string>).toString();
  }
  let body = parts.body;
  if (body !== undefined && call.where === "raw-body") body = typeof call.body === "string" ? call.body : "{";
  else if (body !== undefined && call.where === "body") body = safeStringify(call.body);
  else if (body !== undefined) body = safeStringify(applyEdits(parseOr(body), call.edits, false));
  return new Request(url, { method: parts.method, headers: parts.headers, body });
}

function parseOr(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
