// Text from a full-text search with its matching words in <mark>: built from the markers
// ts_headline put in (lib/action-items/search-highlights.ts), never from HTML.
import { splitHighlights } from "@/lib/action-items/search-highlights";

export function HighlightedText({ text }: { text: string }) {
  return (
    <>{splitHighlights(text).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}</>
  );
}
