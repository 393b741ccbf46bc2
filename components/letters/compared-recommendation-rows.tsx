"use client";
// The recommendations on "Wat is er veranderd": the status then and now (in the app's words and
// on the OECD scale) and what changed, drawn from compact row data (decision 048) like the
// action groups below them. The words every row shares come once, in `labels`.
import { ToneBadge, type ToneLabels } from "@/components/ui/tone-badge";

/** One recommendation, in the order of the table's columns; a status is null when that letter lacked it. */
export type ComparedRecommendationRowData = readonly [
  id: string,
  number: number,
  title: string,
  illustrative: boolean,
  then: string | null,
  now: string | null,
  change: string,
];

export type ComparedRecommendationLabels = {
  illustrative: string;
  notInLetter: string;
  statuses: ToneLabels;
  /** The OECD grade per status, shown beside its badge. */
  grades: Record<string, string>;
  changes: Record<string, string>;
};

export function ComparedRecommendationRows({
  rows,
  labels,
}: {
  rows: readonly ComparedRecommendationRowData[];
  labels: ComparedRecommendationLabels;
}) {
  const status = (value: string | null) =>
    value === null ? (
      <span>{labels.notInLetter}</span>
    ) : (
      <>
        <ToneBadge status={value} labels={labels.statuses} />{" "}
        <span className="meta">{`(${labels.grades[value]})`}</span>
      </>
    );
  return rows.map(([id, number, title, illustrative, then, now, change]) => (
    <tr key={id}>
      <th scope="row">{number}</th>
      <td>
        {title}
        {illustrative && (
          <>
            {" "}
            <span className="illustrative-marker">{labels.illustrative}</span>
          </>
        )}
      </td>
      <td>{status(then)}</td>
      <td>{status(now)}</td>
      <td>
        <span className={`letter-compare__change letter-compare__change--${change.toLowerCase()}`}>
          {labels.changes[change]}
        </span>
      </td>
    </tr>
  ));
}
