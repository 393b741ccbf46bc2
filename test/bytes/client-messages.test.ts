// The browser gets only the Dutch strings its components show: a client component imports
// its own domain's message file (lib/i18n/<domain>.ts, or lib/i18n/client/<domain>.ts
// with the shared strings), never the whole message file that nl.ts gathers for server code.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, clientModuleGraph, isClientModule, readSource, runtimeImports, sourceFiles } from "./source-files";

const WHOLE_MESSAGE_FILE = path.join(ROOT, "lib/i18n/nl.ts");
const clientComponents = sourceFiles().filter((file) => isClientModule(readSource(file)));

describe("Dutch strings in the browser's code", () => {
  it("finds the client components and follows their imports", () => {
    expect(clientComponents.length).toBeGreaterThan(10);
    const form = path.join(ROOT, "components/action-items/status-change-form.tsx");
    expect(clientComponents).toContain(form);
    expect([...clientModuleGraph(form).keys()]).toContain(path.join(ROOT, "lib/i18n/action-items.ts"));
    // The walk sees an import of the whole file where there is one (a server page has it).
    expect(runtimeImports(path.join(ROOT, "app/(app)/rapportages/[id]/page.tsx"))).toContain(WHOLE_MESSAGE_FILE);
  });

  it.each(clientComponents.map((file) => [path.relative(ROOT, file), file]))(
    "%s never imports the whole message file",
    (_name, file) => {
      const chain = clientModuleGraph(file).get(WHOLE_MESSAGE_FILE);
      expect(chain && [...chain, "lib/i18n/nl.ts"].join(" → ")).toBeUndefined();
    },
  );
});
