// Keys of the Dutch message files that no code refers to. Name-based, to stay simple: a key
// counts as used when its name is read as a property (`.name`, `?.name`, `["name"]`) or
// destructured (`{ name }`) anywhere in the app, tests left out, and its parent counts as
// used. An object read as a whole (`nl.actionStatus[status]`, `Object.keys(nl.roles)`,
// passed on as a value) has all its keys counted as used, since code may pick any of them.
// A key whose name is also a common property elsewhere can slip through; a key whose name
// appears nowhere is caught.
import path from "node:path";
import { ROOT, readSource, sourceFiles } from "./source-files";

const MESSAGE_FOLDER = path.join(ROOT, "lib/i18n");

/** The app's code that may read messages: everything but the message files and tests. */
function codeText(): string {
  return sourceFiles(["app", "components", "lib", "server", "scripts"], [".ts", ".tsx", ".mjs"])
    .filter((file) => !file.startsWith(MESSAGE_FOLDER) && !/\.test\.tsx?$/.test(file))
    .map(readSource)
    .join("\n");
}

const escape = (name: string) => name.replace(/[$]/g, "\\$&");
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function unusedMessageKeys(messages: Record<string, unknown>, code = codeText()): string[] {
  const unused: string[] = [];
  const visit = (node: Record<string, unknown>, trail: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      const name = escape(key);
      const read = new RegExp(`(?:\\?\\.|\\.|\\[["'\`])${name}\\b|[{,]\\s*${name}\\s*[,}:]`);
      if (!read.test(code)) {
        unused.push([...trail, key].join("."));
        continue;
      }
      if (!isPlainObject(value)) continue;
      // Read as a whole: by index, as an argument or a value in a list or object, or through Object.keys/values/entries.
      // (`const t = nl.actionList;` is an alias, not a read of the whole: its keys are still looked for by name.)
      const whole = new RegExp(`\\.${name}(?:\\s*\\[|\\s*[),\\]}]|\\s+as\\b)`);
      if (whole.test(code)) continue;
      visit(value, [...trail, key]);
    }
  };
  visit(messages, []);
  return unused;
}
