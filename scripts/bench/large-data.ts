// Generated data for the bench, made with SQL in a second or two: enough users and audit
// events that a page which reads them in a careless way (a scan of the audit trail, a
// query per row) shows it in the figures. Run as the owner, after the seed.
import { withDatabaseClient } from "../lib/admin-database.ts";

export const GENERATED_USERS = 300;
export const GENERATED_SIGN_IN_EVENTS = 100_000;

export async function addLargeData(ownerUrl: string): Promise<void> {
  await withDatabaseClient(ownerUrl, async (client) => {
    // Staff of the three organisations, fictitious, with no password (they could only sign in through OIDC).
    await client.query(
      `INSERT INTO "User" (id, name, email, role, "organisationId", "updatedAt")
       SELECT 'bench-user-' || n, 'Medewerker ' || n, 'medewerker' || n || '@bench.opvolging.test',
              (ARRAY['READER', 'CONTRIBUTOR', 'CONTRIBUTOR', 'COORDINATOR'])[1 + n % 4]::"Role",
              (SELECT id FROM "Organisation" ORDER BY code OFFSET n % 3 LIMIT 1), now()
       FROM generate_series(1, $1::int) AS n`,
      [GENERATED_USERS],
    );
    await client.query(
      `WITH users AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(email ORDER BY id) AS emails FROM "User")
       INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, after)
       SELECT 'bench-event-' || n, users.ids[1 + n % cardinality(users.ids)], 'SignIn', users.emails[1 + n % cardinality(users.ids)],
              (ARRAY['SIGN_IN_SUCCEEDED', 'SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED'])[1 + n % 3],
              jsonb_build_object('method', 'password', 'clientAddress', '10.0.' || (n % 250) || '.' || (n % 200))
       FROM generate_series(1, $1::int) AS n, users`,
      [GENERATED_SIGN_IN_EVENTS],
    );
    await client.query(`ANALYZE`);
  });
}
