"use client";
// Renders a section body's simple markup (lib/letters/letter-markup.ts) as HTML: paragraphs
// with line breaks, bulleted lists, <strong>. React escapes every character of the text.
// A client component, for the same reason as the long lists' rows (decision 048): its RSC
// data is then the markup text itself, not an element per paragraph, item and bold run (a
// letter of 50 recommendations has some 800 of them). The server renders the same HTML;
// the parser is a few hundred bytes of script. Plain text goes out as bare strings, not in
// a keyed Fragment each.
import type { ReactNode } from "react";
import { parseMarkup, type MarkupRun } from "@/lib/letters/letter-markup";

export function MarkupText({ text }: { text: string }) {
  return parseMarkup(text).map((block, index) =>
    block.kind === "list" ? (
      // Items styled by element (--html-content), not a class each: a letter of 50 recommendations
      // has some 800 of them, sent twice (as HTML and as RSC data).
      <ul className="utrecht-unordered-list utrecht-unordered-list--html-content letter-list" key={index}>
        {block.items.map((item, itemIndex) => (
          <li key={itemIndex}>{runs(item)}</li>
        ))}
      </ul>
    ) : (
      <p className="utrecht-paragraph" key={index}>
        {block.lines.flatMap((line, lineIndex) =>
          lineIndex === 0 ? runs(line) : [<br key={`br-${lineIndex}`} />, ...runs(line, `${lineIndex}-`)],
        )}
      </p>
    ),
  );
}

/** A line's runs: bold ones in <strong> (keyed within the line's parent), the rest as plain text. */
function runs(line: MarkupRun[], keyPrefix = ""): ReactNode[] {
  return line.map((run, index) => (run.bold ? <strong key={`${keyPrefix}${index}`}>{run.text}</strong> : run.text));
}
