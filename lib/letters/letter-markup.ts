// The simple markup of a letter's text sections, the one format the editor, the HTML view,
// the .docx and the PDF share:
//   - a blank line starts a new paragraph; a single line break stays a line break;
//   - a block whose every line starts with "- " (or "* ") is a bulleted list, one item a line;
//   - **text** is bold; a "**" without its partner is just two asterisks.
// Nothing else is special, so any character a user types (<, &, _, #, |) is plain text.

export type MarkupRun = { text: string; bold: boolean };
/** A paragraph's lines (kept as line breaks), each a list of runs. */
export type MarkupParagraph = { kind: "paragraph"; lines: MarkupRun[][] };
export type MarkupList = { kind: "list"; items: MarkupRun[][] };
export type MarkupBlock = MarkupParagraph | MarkupList;

const LIST_ITEM = /^[-*]\s+/;

/** Splits marked-up text into paragraphs and lists. Never throws; empty text gives no blocks. */
export function parseMarkup(text: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  const normalised = text.replace(/\r\n?/g, "\n");
  for (const chunk of normalised.split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split("\n")
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((line) => LIST_ITEM.test(line.trimStart()))) {
      blocks.push({ kind: "list", items: lines.map((line) => parseInline(line.trimStart().replace(LIST_ITEM, ""))) });
    } else {
      blocks.push({ kind: "paragraph", lines: lines.map((line) => parseInline(line.trim())) });
    }
  }
  return blocks;
}

/** Splits one line into plain and bold runs. */
export function parseInline(line: string): MarkupRun[] {
  const runs: MarkupRun[] = [];
  let rest = line;
  while (rest.length > 0) {
    const open = rest.indexOf("**");
    const close = open === -1 ? -1 : rest.indexOf("**", open + 2);
    if (open === -1 || close === -1 || close === open + 2) {
      pushRun(runs, rest, false);
      break;
    }
    pushRun(runs, rest.slice(0, open), false);
    pushRun(runs, rest.slice(open + 2, close), true);
    rest = rest.slice(close + 2);
  }
  return runs;
}

function pushRun(runs: MarkupRun[], text: string, bold: boolean) {
  if (text === "") return;
  const last = runs.at(-1);
  if (last && last.bold === bold) last.text += text;
  else runs.push({ text, bold });
}

/** The text without markup, e.g. for a table cell, a diff or a search: runs joined, lists as lines. */
export function markupToPlainText(text: string): string {
  return parseMarkup(text)
    .map((block) =>
      block.kind === "list"
        ? block.items.map((item) => `- ${item.map((run) => run.text).join("")}`).join("\n")
        : block.lines.map((line) => line.map((run) => run.text).join("")).join("\n"),
    )
    .join("\n\n");
}

/** Makes user-supplied text safe to embed in markup: a "**" in a title must not turn the rest bold. */
export function escapeMarkup(text: string): string {
  // A zero-width joiner between the asterisks breaks the pair without changing what a reader sees.
  return text.replace(/\*\*/g, "*\u200d*");
}
