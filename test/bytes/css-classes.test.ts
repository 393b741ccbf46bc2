// The CSS the browser downloads is CSS the app uses: every class the app's own stylesheets
// define is rendered by some component, every Utrecht component listed is rendered, every
// Utrecht class the app renders is defined by a listed component, and the two generated files
// are up to date: the Utrecht rules that can match (app/styles/utrecht-components.css) and the
// theme's tokens that CSS reads (app/styles/voorbeeld-theme.css).
// "Rendered" is read from the source: a class name in the code, or built from a prefix in a
// template literal (`status-badge--${…}`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readSource, sourceFiles } from "./source-files";
import { THEME_FILE, trimmedTheme } from "@/scripts/lib/theme-tokens";
import {
  COMPONENTS_FILE,
  classesDefinedBy,
  componentPackageFiles,
  isRendered,
  trimmedComponents,
} from "@/scripts/lib/utrecht-css";

const code = sourceFiles().map(readSource).join("\n");
const appStylesheets = sourceFiles(["app"], [".css"]).filter(
  (file) => !file.startsWith(path.join(ROOT, "app/styles/")),
);

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

  it("every listed Utrecht component is rendered", () => {
    const unrendered = componentPackageFiles().filter((file) => {
      const classes = [...classesDefinedBy(readFileSync(file, "utf8"))];
      return !classes.some((name) => isRendered(name, code));
    });
    expect(unrendered.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("every Utrecht class the app renders comes with its component's file", () => {
    const defined = new Set(
      componentPackageFiles().flatMap((file) => [...classesDefinedBy(readFileSync(file, "utf8"))]),
    );
    // Class names only: not a custom property (--utrecht-…) and not a prefix completed at run time (…--).
    const rendered = new Set(
      [...code.matchAll(/(?<![\w-])utrecht-[a-z0-9]+(?:[-_][a-z0-9]+)*(?![\w-]|\.css)/g)].map((match) => match[0]),
    );
    expect([...rendered].filter((name) => !defined.has(name)).sort()).toEqual([]);
  });

  it("app/styles/utrecht-components.css holds the Utrecht rules that can match (else: npm run css:utrecht)", () => {
    expect(readFileSync(COMPONENTS_FILE, "utf8")).toBe(trimmedComponents(code));
  });

  it("app/styles/voorbeeld-theme.css holds the tokens the CSS reads (else: npm run css:utrecht)", () => {
    expect(readFileSync(THEME_FILE, "utf8")).toBe(trimmedTheme());
  });
});
