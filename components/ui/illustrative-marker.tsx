import { nl } from "@/lib/i18n/nl";

/**
 * Marks a record that is demo data, not part of the public record. In a long list whose
 * page carries the note explaining the word (`compact`), the word alone: repeating the
 * explanation on each of 50 rows costs markup twice (HTML and RSC data) and says nothing new.
 */
export function IllustrativeMarker({ compact = false }: { compact?: boolean }) {
  if (compact) return <span className="illustrative-marker">{nl.app.illustrative}</span>;
  return (
    <span className="illustrative-marker" title={nl.app.illustrativeExplanation}>
      {nl.app.illustrative}
      <span className="visually-hidden">: {nl.app.illustrativeExplanation}</span>
    </span>
  );
}
