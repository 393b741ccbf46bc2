// Hostile input for the fuzzing tests: what a careless client, a confused spreadsheet or an
// attacker might send to a form, a query string or the API. Every generator mixes the kinds,
// so one run of a property meets all of them.
import fc from "fast-check";

/** Runs per property: a fast slice in `npm test`, the full thousand in `npm run test:thorough` (FUZZ_RUNS=1000). */
export function fuzzRuns(fastSlice: number): number {
  return Number(process.env.FUZZ_RUNS ?? fastSlice);
}

/**
 * One seed unless FUZZ_SEED says otherwise ("random" for a new one each run): a run in CI meets
 * the inputs a run here met, and a failure prints the seed that replays it.
 */
export function fuzzSeed(): number | undefined {
  const seed = process.env.FUZZ_SEED ?? "20261206";
  return seed === "random" ? undefined : Number(seed);
}

/** The most one input may take to be answered, parsing and database included (a generous bound for a shared machine). */
export const MAX_MS_PER_INPUT = 10_000;

/** zod's own messages are English; each of ours is Dutch. These words never occur in a Dutch one. */
export const ENGLISH_DEFAULT_MESSAGE =
  /\b(Invalid|invalid input|Expected|expected|Required|Too (small|big)|received|Unrecognized)\b/;

const CONTROL = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\r", "\n", "\t"];
const BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\ufeff"];
const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "**vet** _schuin_ [link](javascript:alert(1))",
  '=HYPERLINK("http://example.invalid")',
  "+SUM(1,1)",
  "-1+1",
  "@SUM(A1)",
];
const SQL = [
  "' OR 1=1 --",
  '\'; DROP TABLE "ActionItem"; --',
  '" OR ""="',
  "1; SELECT pg_sleep(10)",
  "%' AND 1=0 UNION SELECT NULL--",
  "\\'; --",
  "& | ! ( ) :* <->",
  "to_tsquery('x')",
];
const DATES = [
  "2023-02-30",
  "2023-02-29",
  "31-2-2023",
  "30-9-2023",
  "2023-13-01",
  "0000-00-00",
  "9999-12-31",
  "10000-01-01",
  "-0001-01-01",
  "2023-09-30T25:61:00Z",
  "1970-01-01T00:00:00.000Z",
  "30/09/2023",
  "september 2023",
  "2023-9-3",
];
const NUMBERS = [
  "-1",
  "0",
  "101",
  "1e400",
  "-1e309",
  "2147483648",
  "9007199254740993",
  "1e21",
  "0x10",
  "NaN",
  "Infinity",
  "-0",
  "1.5",
  "٣",
  "１２",
  " 5 ",
];
const WRONG_TYPES = ["true", "false", "null", "undefined", "[]", "{}", '{"a":1}', "[object Object]", ""];
const UNICODE = ["\u{1F600}", "Z̴̡̛͇a̸͍̓l̶͈̈g̸̱̾o̴̙͝", "\ud800", "\udfff", "ﷺ", "İı", "ß", "\u0301", "\u00a0", "\u3000"];

const pick = (values: string[]) => fc.constantFrom(...values);

/** A string a person or a program might send: ordinary text with hostile parts mixed in, or nothing at all. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  pick(CONTROL),
  pick(BIDI),
  pick(MARKUP),
  pick(SQL),
  pick(DATES),
  pick(NUMBERS),
  pick(WRONG_TYPES),
  pick(UNICODE),
  fc.string({ unit: "binary", maxLength: 40 }),
  // Very long: a pasted document, or a field grown to megabytes.
  fc
    .tuple(fc.constantFrom("a", "é", "\u202e", "<b>", "' ", "9"), fc.constantFrom(1_001, 10_001, 100_001, 1_000_001))
    .map(([unit, times]) => unit.repeat(times)),
  // Several hostile parts in one value.
  fc
    .array(fc.oneof(pick(CONTROL), pick(BIDI), pick(MARKUP), pick(SQL), fc.string({ maxLength: 8 })), { maxLength: 6 })
    .map((parts) => parts.join("")),
);

/** A JSON value of any shape: wrong types, deep nesting, huge arrays, prototype keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, 101),
  fc.constantFrom(8, 31, 33, 1_000, 20_000).map((depth) => nest(depth)),
  fc.constant(Array.from({ length: 10_000 }, (_, index) => index)),
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}')),
  fc.dictionary(hostileString, hostileString, { maxKeys: 5 }),
  fc.array(hostileString, { maxLength: 5 }),
);

function nest(depth: number): unknown {
  let value: unknown[] = [];
  for (let level = 0; level < depth; level++) value = [value];
  // fast-check prints a failing input recursively: say how deep instead.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `[… ${depth} lagen diep …]` });
  return value;
}

/** A replacement of some of a record's values, by index into its keys, plus unknown extra keys. */
export const hostileEdits = fc.record({
  replace: fc.array(fc.tuple(fc.nat(), hostileJson), { minLength: 1, maxLength: 4 }),
  drop: fc.array(fc.nat(), { maxLength: 2 }),
  extra: fc.dictionary(
    fc.oneof(hostileString, fc.constantFrom("__proto__", "$ACTION_ID_x", "id", "version")),
    hostileJson,
    {
      maxKeys: 2,
    },
  ),
});

export type HostileEdits = typeof hostileEdits extends fc.Arbitrary<infer T> ? T : never;

/** Applies hostile edits to a record of fields; values become what the transport carries (text for forms). */
export function applyEdits(
  fields: Record<string, unknown>,
  edits: HostileEdits,
  asText: boolean,
): Record<string, unknown> {
  const keys = Object.keys(fields);
  const result: Record<string, unknown> = { ...fields };
  const encode = (value: unknown) => (asText ? (typeof value === "string" ? value : safeStringify(value)) : value);
  if (keys.length > 0) {
    for (const [index, value] of edits.replace) result[keys[index % keys.length]!] = encode(value);
    for (const index of edits.drop) delete result[keys[index % keys.length]!];
  }
  for (const [key, value] of Object.entries(edits.extra)) {
    if (key === "__proto__") continue; // an own "__proto__" key cannot be set on a plain object
    result[key] = encode(value);
  }
  return result;
}

/** JSON text of any value; nesting past the engine's own limit still goes out, as raw text a client could send. */
export function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    return "[".repeat(100_000) + "]".repeat(100_000);
  }
}
