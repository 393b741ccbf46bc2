// Small helpers for correct Dutch in generated letters: lists joined with "en", singular and
// plural, dates as "3 april 2023", and user text made safe to embed in one line of markup.
// Pure: no I/O, no clock.
import { formatCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import { escapeMarkup } from "@/lib/letters/letter-markup";

/** "A", "A en B", "A, B en C"; empty for no items. */
export function joinWithEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

/** "1 actie", "2 acties", "0 acties". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The verb that goes with a count: "is" for one, "zijn" otherwise (also for none). */
export function isOrAre(count: number): "is" | "zijn" {
  return count === 1 ? "is" : "zijn";
}

/** A calendar date as a letter writes it: "3 april 2023". */
export function dutchDate(value: CalendarDate): string {
  return formatCalendarDate(value);
}

/** A Kamerstuk as cited in a letter: "Kamerstuk 36 200 IX, nr. 11"; null when it has no number. */
export function kamerstukCitation(document: { dossier: string | null; number: string | null }): string | null {
  return document.dossier && document.number ? `Kamerstuk ${document.dossier}, nr. ${document.number}` : null;
}

/**
 * Lower-cases the first letter for use inside a sentence ("Evaluatie van …" → "evaluatie van …"),
 * but leaves an abbreviation alone ("OESO-werkgroep" stays).
 */
export function inSentence(text: string): string {
  if (text.length < 2 || text[1] !== text[1]!.toLowerCase()) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter (the start of a sentence or a signature line). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it already ends with one (or ? ! …). */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * User text (a title, a progress update) for one line of letter markup: line breaks and
 * runs of white space become one space (so a typed blank line or "- " cannot break a list
 * or start one), and "**" cannot turn the rest bold.
 */
export function inlineUserText(text: string): string {
  return escapeMarkup(plainUserText(text));
}

/** User text for a table cell or a heading (no markup there): one line, trimmed. */
export function plainUserText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
