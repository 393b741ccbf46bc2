"use client";
// The rows of /acties, drawn from compact row data (decision 048). A server component's rows
// travel twice, as HTML and as RSC data, and in the RSC data every cell is a JSON element
// (about 1.2 kB a row against 0.6 kB of HTML). Here the RSC data is one array per row and the
// words shared by all rows (status names, deadline states) come once, in `labels`, so 50 rows
// cost about a fifth of that. The server decides every text (dates, cut titles, search
// marks): this file only lays the cells out, and renders the same HTML the server did.
import Link from "next/link";
import { splitHighlights } from "@/lib/action-items/search-highlights";
import { deadlineStateClassName } from "@/components/action-items/deadline-state-class";
import { ToneBadge, type ToneLabels } from "@/components/ui/tone-badge";

/** One row, in the order of the table's columns. Texts are final; null leaves a part out. */
export type ActionRowData = [
  id: string,
  /** The value of the row's box for "Contactpersoon toewijzen" (id and version), or null without boxes. */
  pickValue: string | null,
  /** The title, with ts_headline's markers while searching. */
  title: string,
  illustrative: boolean,
  /** "Aanbeveling 19: …", cut at a word. */
  recommendationLine: string,
  /** The recommendation's whole title when the line cuts it, else null. */
  recommendationTitle: string | null,
  /** While searching: a snippet of description and journal, with markers. */
  snippet: string | null,
  organisationCode: string,
  status: string,
  percent: string,
  due: string,
  deadlineState: string | null,
];

export type ActionRowLabels = {
  illustrative: string;
  organisations: Record<string, string>;
  statuses: ToneLabels;
  deadlineStates: Record<string, string>;
};

/** The id of the title link a row's box is labelled by. */
const pickLabelId = (actionId: string) => `t-${actionId}`;

export function ActionListRows({ rows, labels }: { rows: readonly ActionRowData[]; labels: ActionRowLabels }) {
  return rows.map(
    ([id, pickValue, title, illustrative, line, lineTitle, snippet, organisation, status, percent, due, deadline]) => (
      <tr key={id}>
        {pickValue !== null && (
          <td>
            <input type="checkbox" name="actie" value={pickValue} aria-labelledby={pickLabelId(id)} />
          </td>
        )}
        <th scope="row">
          {/* No prefetch: 50 visible rows would mean 50 server renders of action pages per list view. */}
          <Link href={`/acties/${id}`} prefetch={false} {...(pickValue !== null ? { id: pickLabelId(id) } : {})}>
            <Marked text={title} />
          </Link>
          {illustrative && (
            <>
              {" "}
              <span className="illustrative-marker">{labels.illustrative}</span>
            </>
          )}
          <small {...(lineTitle === null ? {} : { title: lineTitle })}>{line}</small>
          {snippet !== null && (
            <span className="action-list__snippet">
              <Marked text={snippet} />
            </span>
          )}
        </th>
        <td>
          <abbr title={labels.organisations[organisation]}>{organisation}</abbr>
        </td>
        <td>
          <ToneBadge status={status} labels={labels.statuses} />
        </td>
        <td className="numeric">{percent}</td>
        <td>
          {/* The state on a line of its own: the cell keeps the newline (white-space: pre). One
              text node, since two adjacent ones cost a <!-- --> in the HTML. */}
          {`${due}${deadline !== null ? "\n" : ""}`}
          {deadline !== null && (
            <span className={deadlineStateClassName(deadline)}>{labels.deadlineStates[deadline]}</span>
          )}
        </td>
      </tr>
    ),
  );
}

/** Text with ts_headline's markers as <mark> parts; plain text stays one text node. */
function Marked({ text }: { text: string }) {
  const parts = splitHighlights(text);
  if (parts.length === 1 && !parts[0]!.marked) return text;
  return parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text));
}
