// `npm run css:utrecht`: writes app/styles/utrecht-components.css, the rules of the Utrecht
// components that can match the app's markup (scripts/lib/utrecht-css.ts), and then
// app/styles/voorbeeld-theme.css, the theme's tokens that CSS and the app's own read
// (scripts/lib/theme-tokens.ts). Run it after rendering another Utrecht class or component,
// or reading another token; test/bytes/css-classes.test.ts says when.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { COMPONENTS_FILE, trimmedComponents } from "./lib/utrecht-css.ts";
import { THEME_FILE, trimmedTheme } from "./lib/theme-tokens.ts";

for (const [file, make] of [
  [COMPONENTS_FILE, trimmedComponents],
  [THEME_FILE, trimmedTheme],
] as const) {
  writeFileSync(file, make());
  console.log(`${path.relative(process.cwd(), file)} geschreven.`);
}
