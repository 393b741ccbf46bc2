// The app's own source as text, for code that reads it rather than runs it: the checks in
// test/bytes and the generator of the Utrecht CSS (which classes the app renders).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The folders the app's pages, components and the code they import live in. */
export const APP_FOLDERS = ["app", "components", "lib"];

export function sourceFiles(folders = APP_FOLDERS, extensions = [".ts", ".tsx"]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      // The generated Prisma client is not the app's code and never reaches a client component.
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else if (extensions.some((extension) => entry.name.endsWith(extension))) files.push(full);
    }
  };
  for (const folder of folders) walk(path.join(ROOT, folder));
  return files.sort();
}

export const readSource = (file: string) => readFileSync(file, "utf8");
