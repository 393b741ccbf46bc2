import { nl } from "@/lib/i18n/nl";

/** Marks a record that is demo data, not part of the public record. */
export function IllustrativeMarker() {
  return (
    <span className="illustrative-marker" title={nl.app.illustrativeExplanation}>
      {nl.app.illustrative}
      <span className="visually-hidden">: {nl.app.illustrativeExplanation}</span>
    </span>
  );
}
