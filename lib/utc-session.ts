// @prisma/adapter-pg assumes the session TimeZone is UTC: it writes instants as UTC wall
// times without an offset and, reading a timestamptz, relabels PostgreSQL's offset as
// +00:00 instead of converting (prisma/orm#26786, #28629). On a server whose default zone
// is Europe/Amsterdam (a Debian install, a Dutch managed service) every time it reads or
// writes would be off by one or two hours. Every adapter-pg connection (the app's client
// and the migration engine's) passes this start-up option, which makes the assumption
// true; every other writer is safe through timestamptz (docs/decisions/009-timestamptz.md).
// Behind PgBouncer in transaction mode, which refuses start-up options, set
// `ALTER ROLE … SET TimeZone = 'UTC'` for the app and owner roles instead.
export const UTC_SESSION_OPTIONS = "-c TimeZone=UTC";
