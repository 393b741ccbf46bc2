// The markers ts_headline puts around a matching word, and their reading back into plain
// and marked parts. Characters from Unicode's private use area, which no title or update
// holds (the search removes them from the text first): the page renders <mark> elements
// from the parts, never HTML from the database.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";

export type HighlightPart = { text: string; marked: boolean };

/** Splits on the markers; an unpaired marker is dropped and its text stays plain. */
export function splitHighlights(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_START}${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, "g");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    if (match[1]) parts.push({ text: match[1], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts
    .map((part) => ({ ...part, text: part.text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "") }))
    .filter((part) => part.text !== "");
}
