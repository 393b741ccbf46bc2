// The query of /acties/toewijzen as the list's "Contactpersoon kiezen" sends it with a full
// page ticked: fifty actions, each "id:version", and the list's own query for the way back.
import type pg from "pg";
import { BULK_ASSIGN_MAX } from "../../lib/validation/bulk-assign.ts";

export async function bulkChoicesQuery(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ id: string; version: number }>(
    `SELECT id, version FROM "ActionItem" ORDER BY "dueDate", id LIMIT $1`,
    [BULK_ASSIGN_MAX],
  );
  const query = new URLSearchParams(rows.map((row) => ["actie", `${row.id}:${row.version}`]));
  query.append("lijst", "sorteer=deadline");
  return query.toString();
}
