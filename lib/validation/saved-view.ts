// The action list's saved views: a name, and the list's own URL parameters. Only what the
// list understands is kept: the query is read with the list's schema and written back by it,
// so a stored view never holds a parameter (or a value) the list would not read itself.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText, rowVersion, withoutControlCharacters } from "@/lib/validation/fields";
import { actionListSearchParams, parseActionListFilters } from "@/lib/validation/action-list-filters";

export const SAVED_VIEW_NAME_MAX = 80;
/** A longer query is no link the list wrote: refused, not cut. */
export const SAVED_VIEW_QUERY_MAX = 2000;

const viewName = requiredText(nl.savedViews.nameRequired, SAVED_VIEW_NAME_MAX);

/** The list's parameters in its own spelling, without the page: a view opens on page 1. */
export function canonicalViewQuery(query: string): string {
  const filters = parseActionListFilters(new URLSearchParams(withoutControlCharacters(query).replace(/^\?/, "")));
  return actionListSearchParams({ ...filters, page: 1 }).toString();
}

export const SaveViewSchema = z.object({
  name: viewName,
  query: z
    .string()
    .max(SAVED_VIEW_QUERY_MAX, nl.forms.textTooLong(SAVED_VIEW_QUERY_MAX))
    .optional()
    .transform((query) => canonicalViewQuery(query ?? "")),
});
export type SaveViewInput = z.infer<typeof SaveViewSchema>;

export const RenameViewSchema = z.object({ viewId: recordId, version: rowVersion, name: viewName });
export type RenameViewInput = z.infer<typeof RenameViewSchema>;

export const DeleteViewSchema = z.object({ viewId: recordId });
export type DeleteViewInput = z.infer<typeof DeleteViewSchema>;
