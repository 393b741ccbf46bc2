// A row's box for "Contactpersoon toewijzen": named by the row's title (the link it points
// at), and carrying the version the row was shown with, so a change made since is refused.
import { bulkChoiceValue } from "@/lib/validation/bulk-assign";

/** The id of the title link a row's box is labelled by. */
export const pickLabelId = (actionId: string) => `t-${actionId}`;

export function BulkPickCell({ actionId, version }: { actionId: string; version: number }) {
  return (
    <td>
      <input
        type="checkbox"
        name="actie"
        value={bulkChoiceValue(actionId, version)}
        aria-labelledby={pickLabelId(actionId)}
      />
    </td>
  );
}
