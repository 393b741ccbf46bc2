"use client";
// The rows of /aanbevelingen, drawn from compact row data (decision 048): as RSC data a server
// component's row is a JSON element per cell, about twice its HTML. Here a row is one array;
// the server decides every text and this file only lays the cells out, in the same HTML.
import Link from "next/link";
import { ProgressBar } from "@/components/recommendations/progress-bar";
import { ToneBadge, type ToneLabels } from "@/components/ui/tone-badge";

/** One recommendation, in the order of the table's columns. */
export type RecommendationRowData = [
  id: string,
  number: number,
  title: string,
  illustrative: boolean,
  theme: string,
  leadOrganisationCode: string,
  /** The bar's percentage and its words ("3 van 4 acties afgerond (75%)"), or null without actions. */
  progress: [percent: number, text: string] | null,
  open: number,
  overdue: number,
  status: string,
  /** The OECD grade, and "handmatig vastgesteld" when the coordinator set the status. */
  notes: string[],
];

export type RecommendationRowLabels = {
  illustrative: string;
  noActions: string;
  organisations: Record<string, string>;
  statuses: ToneLabels;
};

export function RecommendationRows({
  rows,
  labels,
}: {
  rows: readonly RecommendationRowData[];
  labels: RecommendationRowLabels;
}) {
  return rows.map(([id, number, title, illustrative, theme, organisation, progress, open, overdue, status, notes]) => (
    <tr key={id}>
      <td className="numeric">{number}</td>
      <th scope="row">
        <Link href={`/aanbevelingen/${id}`}>{title}</Link>
        {illustrative && <span className="illustrative-marker">{labels.illustrative}</span>}
        <small>{theme}</small>
      </th>
      <td>
        <abbr title={labels.organisations[organisation]}>{organisation}</abbr>
      </td>
      <td>
        {progress === null ? (
          labels.noActions
        ) : (
          <>
            <ProgressBar percent={progress[0]} />
            <small>{progress[1]}</small>
          </>
        )}
      </td>
      <td className="numeric">{open}</td>
      <td className="numeric">
        {overdue > 0 ? (
          <span className="overdue-count">
            <span aria-hidden="true">⚠ </span>
            {overdue}
          </span>
        ) : (
          overdue
        )}
      </td>
      <td>
        <ToneBadge status={status} labels={labels.statuses} />
        {notes.map((note) => (
          <small key={note}>{note}</small>
        ))}
      </td>
    </tr>
  ));
}
