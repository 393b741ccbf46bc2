// The coordinator's boxes on /acties: a GET form around the table that takes the ticked
// actions (id and the version the row showed) to /acties/toewijzen, where the new contact
// person is chosen from the people of those actions' organisations. The list itself carries
// no list of people (278 on the large data set: about 32 kB of every list page).
import type { ReactNode } from "react";
import { nl } from "@/lib/i18n/nl";
import { SelectAllBoxes } from "@/components/action-items/select-all-boxes";

/** The field the list's filters travel in, so the next page can lead back to the same list. */
export const LIST_QUERY_FIELD = "lijst";

export function BulkPickForm({ listQuery, children }: { listQuery: string; children: ReactNode }) {
  return (
    <form method="get" action="/acties/toewijzen" className="bulk-assign" aria-labelledby="toewijzen-titel">
      <fieldset className="bulk-assign__controls" aria-describedby="toewijzen-uitleg">
        <legend className="utrecht-heading-3" id="toewijzen-titel">
          {nl.bulkAssign.legend}
        </legend>
        <p className="utrecht-form-field-description" id="toewijzen-uitleg">
          {nl.bulkAssign.pickHint}
        </p>
        <input type="hidden" name={LIST_QUERY_FIELD} value={listQuery} />
        <SelectAllBoxes id="toewijzen-alles" name="actie" label={nl.bulkAssign.selectAll} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {nl.bulkAssign.next}
        </button>
      </fieldset>
      {children}
    </form>
  );
}
