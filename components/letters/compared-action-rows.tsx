"use client";
// The rows of a group on "Wat is er veranderd" (new, finished, cancelled, moved actions), drawn
// from compact row data as the long lists are (decision 048): the first letter about a
// commitment lists every action as new, and as server elements each row travelled again as
// RSC data at about twice its HTML. The server decides every text; this file lays the cells out.
import { ToneBadge, type ToneLabels } from "@/components/ui/tone-badge";

/** The group's own last column: a status (NEW), a text (FINISHED, CANCELLED), or old → new date (MOVED). */
export type ComparedActionExtra = string | readonly [from: string, to: string];

/** One action, in the order of the group's columns. */
export type ComparedActionRowData = readonly [
  id: string,
  title: string,
  illustrative: boolean,
  /** "3. Title of the recommendation" */
  recommendation: string,
  organisation: string,
  /** The deadline as written, or null in a group without that column. */
  due: string | null,
  extra: ComparedActionExtra,
];

type Labels = {
  illustrative: string;
  /** Present when the last column is a status: its word and tone per status. */
  statuses?: ToneLabels;
};

export function ComparedActionRows({ rows, labels }: { rows: readonly ComparedActionRowData[]; labels: Labels }) {
  return rows.map(([id, title, illustrative, recommendation, organisation, due, extra]) => (
    <tr key={id}>
      <th scope="row">
        {title}
        {illustrative && (
          <>
            {" "}
            <span className="illustrative-marker">{labels.illustrative}</span>
          </>
        )}
      </th>
      <td>{recommendation}</td>
      <td>{organisation}</td>
      {due !== null && <td>{due}</td>}
      <td>
        {typeof extra !== "string" ? (
          <>
            <del className="letter-compare__old-date">{extra[0]}</del>
            {" → "}
            <ins className="letter-compare__new-date">{extra[1]}</ins>
          </>
        ) : labels.statuses ? (
          <ToneBadge status={extra} labels={labels.statuses} />
        ) : (
          extra
        )}
      </td>
    </tr>
  ));
}
