// A value from the audit trail in words: a status by its Dutch name, a date as "3 april 2023".
import { commonMessages } from "@/lib/i18n/common";
import { commitmentsMessages } from "@/lib/i18n/commitments";
import { actionItemsMessages } from "@/lib/i18n/action-items";
import { formatCalendarDate } from "@/lib/calendar-date";

// Client components show these values (the conflict notice): only the message files they need.
const nl = { ...commonMessages, ...commitmentsMessages, ...actionItemsMessages };

const STATUS_FIELDS = new Set(["status", "statusBefore", "statusAfter"]);
// Enum fields of a recommendation, by their Dutch names.
const ENUM_FIELDS: Record<string, Record<string, string>> = {
  cabinetResponse: nl.cabinetResponse,
  statusOverride: nl.implementationStatus,
  // a commitment's origin and a parliamentary document's type
  origin: nl.commitments.origin,
  type: nl.commitments.documentType,
};

export function fieldLabel(field: string): string {
  return nl.fields[field] ?? field;
}

export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return nl.forms.empty;
  if (STATUS_FIELDS.has(field) && typeof value === "string") {
    return (
      (nl.actionStatus as Record<string, string>)[value] ??
      (nl.implementationStatus as Record<string, string>)[value] ??
      nl.actionDetail.deadlineStatus[value] ??
      (nl.commitments.status as Record<string, string>)[value] ??
      (nl.letterStatus as Record<string, string>)[value] ??
      value
    );
  }
  const named = typeof value === "string" ? ENUM_FIELDS[field]?.[value] : undefined;
  if (named) return named;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(value))
    return formatCalendarDate(value.slice(0, 10));
  if (field === "percentDone" && typeof value === "number") return `${value}%`;
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}
