// The CSS the browser downloads is CSS the app uses: every class the app's own stylesheets
// define is rendered by some component, every Utrecht component whose file is imported is
// rendered, every Utrecht class the app renders has its file imported, and the theme's
// tokens are the ones that CSS reads (app/styles/voorbeeld-theme.css is up to date).
// "Rendered" is read from the source: a class name in the code, or built from a prefix in a
// template literal (`status-badge--${…}`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readSource, sourceFiles } from "./source-files";
import { THEME_FILE, importedComponentFiles, trimmedTheme } from "@/scripts/lib/theme-tokens";

const code = sourceFiles().map(readSource).join("\n");
const appStylesheets = sourceFiles(["app"], [".css"]).filter(
  (file) => !file.startsWith(path.join(ROOT, "app/styles/")),
);

/** The classes a stylesheet's selectors name (declarations and comments left out). */
export function classesDefinedBy(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\{[^{}]*\}/g, "{}");
  return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!));
}

export function isRendered(className: string, source: string): boolean {
  const literal = new RegExp(`(?<![\\w-])${className.replace(/-/g, "\\-")}(?![\\w-])`);
  if (literal.test(source)) return true;
  // Built in a template literal from a prefix that ends at a separator.
  for (let end = className.length - 1; end > 0; end--)
    if ("-_".includes(className[end - 1]!) && source.includes(`${className.slice(0, end)}\${`)) return true;
  return false;
}

describe("CSS classes against what the app renders", () => {
  it("reads classes and their use as intended", () => {
    expect([...classesDefinedBy(".a-b .c__d:hover, .e--f > td { color: red } /* .g */")]).toEqual([
      "a-b",
      "c__d",
      "e--f",
    ]);
    expect(isRendered("status-badge--open", "className={`status-badge status-badge--${status}`}")).toBe(true);
    expect(isRendered("status-badge--open", 'className="status-badge"')).toBe(false);
    expect(appStylesheets).toContain(path.join(ROOT, "app/globals.css"));
  });

  it.each(appStylesheets.map((file) => [path.relative(ROOT, file), file]))(
    "every class %s defines is rendered",
    (_name, file) => {
      const unused = [...classesDefinedBy(readFileSync(file, "utf8"))].filter((name) => !isRendered(name, code));
      expect(unused).toEqual([]);
    },
  );

  it("every imported Utrecht component is rendered", () => {
    const unrendered = importedComponentFiles().filter((file) => {
      const classes = [...classesDefinedBy(readFileSync(file, "utf8"))];
      return !classes.some((name) => isRendered(name, code));
    });
    expect(unrendered.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("every Utrecht class the app renders comes with its component's file", () => {
    const defined = new Set(
      importedComponentFiles().flatMap((file) => [...classesDefinedBy(readFileSync(file, "utf8"))]),
    );
    // Class names only: not a custom property (--utrecht-…) and not a prefix completed at run time (…--).
    const rendered = new Set(
      [...code.matchAll(/(?<![\w-])utrecht-[a-z0-9]+(?:[-_][a-z0-9]+)*(?![\w-]|\.css)/g)].map((match) => match[0]),
    );
    expect([...rendered].filter((name) => !defined.has(name)).sort()).toEqual([]);
  });

  it("app/styles/voorbeeld-theme.css holds the tokens the CSS reads (else: npm run css:theme)", () => {
    expect(readFileSync(THEME_FILE, "utf8")).toBe(trimmedTheme());
  });
});
