// A running job's progress: a bar and the same in words ("1.250 van 5.000 rijen verwerkt"),
// in a polite live region so a screen reader hears it move without being interrupted.
import { nl } from "@/lib/i18n/nl";

type Props = { label: string; done: number; total: number; queued: boolean };

export function JobProgress({ label, done, total, queued }: Props) {
  const t = nl.jobs;
  const words = queued
    ? t.queued
    : total === 0
      ? t.preparing
      : t.progress(done.toLocaleString("nl-NL"), total.toLocaleString("nl-NL"));
  return (
    <div className="import-progress" aria-live="polite" aria-atomic="true">
      <label htmlFor="taak-voortgang">{label}</label>
      {total > 0 ? (
        <progress id="taak-voortgang" max={total} value={done} aria-describedby="taak-voortgang-tekst" />
      ) : (
        <progress id="taak-voortgang" aria-describedby="taak-voortgang-tekst" />
      )}
      <p className="utrecht-paragraph" id="taak-voortgang-tekst">
        {words}
      </p>
    </div>
  );
}
