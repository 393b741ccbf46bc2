// A status as a coloured badge from a word and a tone, with no message file of its own: the
// client rows of the long lists (decision 048) get the words once per table, as ToneLabels.
export type ToneLabels = Record<string, { label: string; tone: string }>;

/** Each status's word beside its tone, for a table's client rows. */
export function toneLabels<S extends string>(tones: Record<S, string>, words: Record<S, string>): ToneLabels {
  return Object.fromEntries(
    (Object.keys(tones) as S[]).map((status) => [status, { label: words[status], tone: tones[status] }]),
  );
}

export function ToneBadge({ status, labels }: { status: string; labels: ToneLabels }) {
  const { label, tone } = labels[status] ?? { label: status, tone: "neutral" };
  return <span className={`status-badge status-badge--${tone}`}>{label}</span>;
}
