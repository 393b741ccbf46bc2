// Loads Prisma's schema engine compiled to WebAssembly, once per process. The package
// entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot; so
// this does by hand what that import would: instantiate the .wasm with the JS glue as its
// imports, hand the instance to the glue, run the start function.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { EngineInternalsChangedError, requireFunction } from "./internals.ts";

const FILE = "scripts/lib/migrate-engine/load-engine.ts";
const LIBRARY = "@prisma/schema-engine-wasm";

type PanicRegistry = { message: string; set_message(m: string): void };
const withRegistry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
// Cached on globalThis: the glue module holds one wasm instance per process, even where a
// test runner evaluates this module more than once.
const CACHE = Symbol.for("migrate-engine.SchemaEngine");

type Glue = Record<string, unknown>;

/**
 * The engine arms timers it never clears (a 10 s timeout around the migration advisory
 * lock kept a finished CLI alive for 10 s): unref them. withEngine keeps the process alive
 * itself while a command runs. Throws when the glue no longer imports a setTimeout.
 */
export function unrefEngineTimers(imports: Glue): Glue {
  const keys = Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"));
  if (!keys.length) throw new EngineInternalsChangedError(LIBRARY, "__wbg_setTimeout_*", FILE);
  const patched = { ...imports };
  for (const key of keys) patched[key] = (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref();
  return patched;
}

export function loadEngine(source: Glue = glue as unknown as Glue): typeof SchemaEngine {
  // Checked before the cache, so that a changed glue fails on every call, not only the first.
  const setWasm = requireFunction<(exports: WebAssembly.Exports) => void>(source, "__wbg_set_wasm", LIBRARY, FILE);
  const Engine = requireFunction<typeof SchemaEngine>(source, "SchemaEngine", LIBRARY, FILE);
  const imports = unrefEngineTimers(source);
  const cache = globalThis as { [CACHE]?: typeof SchemaEngine };
  if (cache[CACHE]) return cache[CACHE];
  // The glue reports Rust panic messages here (and throws a TypeError if it is missing).
  withRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(m) {
      this.message = m;
    },
  };
  // A panic in an async step is thrown from a promise callback in the glue: an uncaught
  // exception, not a rejection. Name its cause before Node (or vitest) prints it; the
  // wasm instance is unusable after a panic anyway, so we do not try to survive it.
  process.on("uncaughtExceptionMonitor", (err) => {
    if (err instanceof WebAssembly.RuntimeError) describePanic(err);
  });
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  setWasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new EngineInternalsChangedError(LIBRARY, "__wbindgen_start", FILE);
  (start as () => void)();
  return (cache[CACHE] = Engine);
}

export function describePanic(err: Error): Error {
  const reason = withRegistry.PRISMA_WASM_PANIC_REGISTRY?.message;
  if (reason && !err.message.includes(reason)) {
    const stack = err.stack ?? "";
    err.message = `Prisma schema engine panicked: ${reason}`;
    if (!stack.includes(err.message)) err.stack = stack.replace(/^.*unreachable/, `${err.name}: ${err.message}`);
  }
  return err;
}
