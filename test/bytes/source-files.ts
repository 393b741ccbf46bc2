// The app's own source as text, for checks that read code rather than run it: which files
// there are (scripts/lib/source-files.ts, shared with the CSS generator), and which modules a
// client component pulls into the browser's bundle.
import { existsSync, statSync } from "node:fs";
import path from "node:path";

import { ROOT, readSource } from "@/scripts/lib/source-files";

export { APP_FOLDERS, ROOT, readSource, sourceFiles } from "@/scripts/lib/source-files";

const isDirective = (source: string, directive: string) =>
  new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']${directive}["']`).test(source);
export const isClientModule = (source: string) => isDirective(source, "use client");
export const isServerActionModule = (source: string) => isDirective(source, "use server");

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** The app's modules a file imports at run time (type-only imports and exports are erased by the compiler). */
export function runtimeImports(file: string): string[] {
  const source = readSource(file)
    .replace(/^\s*import\s+type\b[^;]*;/gm, "")
    .replace(/^\s*export\s+type\b[^;]*;/gm, "");
  const imports: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;"']*?["']([^"']+)["']/g)) {
    const resolved = resolveImport(file, match[1]!);
    if (resolved) imports.push(resolved);
  }
  return imports;
}

/**
 * Every module of the app that the bundler puts into the browser's code for this client
 * component: its imports, followed transitively. A "use server" module stops the walk: the
 * browser gets only a reference to its actions, never its code.
 */
export function clientModuleGraph(entry: string): Map<string, string[]> {
  const importedBy = new Map<string, string[]>([[entry, []]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file !== entry && isServerActionModule(readSource(file))) continue;
    for (const imported of runtimeImports(file)) {
      if (importedBy.has(imported)) continue;
      importedBy.set(imported, [...importedBy.get(file)!, path.relative(ROOT, file)]);
      queue.push(imported);
    }
  }
  return importedBy;
}
