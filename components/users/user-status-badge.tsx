// Actief / Gedeactiveerd: the word always, the colour only as an extra.
import { nl } from "@/lib/i18n/nl";

export function UserStatusBadge({ active }: { active: boolean }) {
  return (
    <span
      className={`status-badge ${active ? "status-badge--success" : "status-badge--neutral user-status--inactive"}`}
    >
      {active ? nl.users.active : nl.users.inactive}
    </span>
  );
}
