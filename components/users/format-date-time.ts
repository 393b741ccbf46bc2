// A moment as the Beheerder reads it: "29 november 2026 om 14:05", Amsterdam time.
const formatter = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" });

export function formatDateTime(value: Date): string {
  return formatter.format(value);
}
