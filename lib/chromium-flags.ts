// The flags every Chromium this project starts runs with (the machine's rules: no sandbox in
// containers, no GPU, no calls home): the end-to-end tests' browser and the PDF printer.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;
