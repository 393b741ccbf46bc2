// `npm run css:theme`: writes app/styles/voorbeeld-theme.css, the theme's tokens that the
// app's CSS reads (scripts/lib/theme-tokens.ts). Run it after importing another Utrecht
// component or reading another token.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { THEME_FILE, trimmedTheme } from "./lib/theme-tokens.ts";

writeFileSync(THEME_FILE, trimmedTheme());
console.log(`${path.relative(process.cwd(), THEME_FILE)} geschreven.`);
