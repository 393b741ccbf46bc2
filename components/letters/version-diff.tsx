// The word diff between two versions, per part of the letter. Inserted words are <ins>,
// removed words <del>, each with visually hidden "toegevoegd:"/"verwijderd:" so that a
// screen reader and a colour-blind reader get the change too (the styling adds underline
// and strike-through, not only colour). Unchanged parts are counted, not repeated.
import { Fragment } from "react";
import { nl } from "@/lib/i18n/nl";
import type { DiffPart, LetterVersionDiff, PartDiff } from "@/lib/letters/diff-letter-versions";

export function VersionDiff({ diff }: { diff: LetterVersionDiff }) {
  const words = nl.letterCompare.versions;
  const changed = diff.parts.filter((part) => part.change !== "unchanged");
  const unchanged = diff.parts.length - changed.length;
  if (changed.length === 0) return <p className="utrecht-paragraph">{words.noChanges}</p>;
  return (
    <div className="version-diff">
      {changed.map((part) => (
        <section
          className="version-diff__part"
          key={`${part.key}-${part.change}`}
          aria-labelledby={`verschil-${part.key}-${part.change}`}
        >
          <h3 className="utrecht-heading-3" id={`verschil-${part.key}-${part.change}`}>
            {part.heading ?? words.untitled} <span className="version-diff__label">({changeLabel(part)})</span>
          </h3>
          {part.headingParts && (
            <p className="utrecht-paragraph">
              {words.headingChanged} <DiffText parts={part.headingParts} />
            </p>
          )}
          {part.kind === "text" ? (
            <p className="utrecht-paragraph version-diff__text">
              <DiffText parts={part.bodyParts} />
            </p>
          ) : (
            <ol className="version-diff__rows">
              {part.rows.map((row, index) =>
                row.change === "unchanged" ? null : (
                  <li key={index} value={index + 1}>
                    <span className="version-diff__label">
                      {row.change === "added"
                        ? words.rowAdded(index + 1)
                        : row.change === "removed"
                          ? words.rowRemoved(index + 1)
                          : words.rowChanged(index + 1)}
                      :
                    </span>{" "}
                    <DiffText parts={row.parts} />
                  </li>
                ),
              )}
            </ol>
          )}
        </section>
      ))}
      {unchanged > 0 && <p className="utrecht-paragraph meta">{words.unchanged(unchanged)}</p>}
    </div>
  );
}

function changeLabel(part: PartDiff): string {
  const words = nl.letterCompare.versions;
  return part.change === "added"
    ? words.sectionAdded
    : part.change === "removed"
      ? words.sectionRemoved
      : words.sectionChanged;
}

function DiffText({ parts }: { parts: DiffPart[] }) {
  const words = nl.letterCompare.versions;
  return parts.map((part, index) =>
    part.change === "added" ? (
      <ins key={index}>
        <span className="visually-hidden">[{words.added} </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </ins>
    ) : part.change === "removed" ? (
      <del key={index}>
        <span className="visually-hidden">[{words.removed} </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </del>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
