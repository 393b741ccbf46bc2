// Renders a section body's simple markup (lib/letters/letter-markup.ts) as HTML: paragraphs
// with line breaks, bulleted lists, <strong>. React escapes every character of the text.
import { Fragment } from "react";
import { parseMarkup, type MarkupRun } from "@/lib/letters/letter-markup";

export function MarkupText({ text }: { text: string }) {
  return (
    <>
      {parseMarkup(text).map((block, index) =>
        block.kind === "list" ? (
          // Items styled by element (--html-content), not a class each: a letter of 50 recommendations
          // has some 800 of them, sent twice (as HTML and as RSC data).
          <ul className="utrecht-unordered-list utrecht-unordered-list--html-content letter-list" key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph" key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 && <br />}
                <Runs runs={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </>
  );
}

function Runs({ runs }: { runs: MarkupRun[] }) {
  return runs.map((run, index) =>
    run.bold ? <strong key={index}>{run.text}</strong> : <Fragment key={index}>{run.text}</Fragment>,
  );
}
