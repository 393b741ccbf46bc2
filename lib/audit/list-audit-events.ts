// The Logboek: the audit trail, newest first, one page of 50 at a time, filtered by person,
// the person's organisation, the kind of record, the kind of change and a period of
// Amsterdam calendar days. A fixed number of statements whatever the size of the trail: the
// people and the organisations (for the filter form and to name the actors), the count and
// the page (test: lib/audit/list-audit-events.test.ts, at a few events and at 200,000).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { addDays, startOfAmsterdamDay } from "@/lib/clock";
import { pageWindow } from "@/lib/validation/pagination";
import type { AuditLogFilters } from "@/lib/validation/audit-log-filters";
import { Prisma } from "@/lib/generated/prisma/client.ts";

export const AUDIT_EVENTS_PER_PAGE = 50;

/**
 * Counting every event of a trail of 200,000 scans all of it each time the page is shown;
 * counting up to this many stays cheap whatever the size of the trail. Past it the page says
 * "more than" and offers no further pages: narrow the filters, or export.
 */
export const AUDIT_COUNT_CAP = 10_000;

export type AuditLogEntry = {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  entityType: string;
  entityId: string;
  kind: string;
  before: unknown;
  after: unknown;
};

export type AuditLogPerson = {
  id: string;
  name: string;
  organisationId: string;
  organisationCode: string;
  active: boolean;
};
export type AuditLogOrganisation = { id: string; code: string; name: string };

export type AuditLogPage = {
  entries: AuditLogEntry[];
  /** The number of matching events, or AUDIT_COUNT_CAP when `capped`. */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Everyone who can appear in the trail, sorted by name: the person filter, and the actors' names. */
  people: AuditLogPerson[];
  organisations: AuditLogOrganisation[];
};

/** The filters as a Prisma condition; shared with the export, so both show the same events. */
export function auditEventWhere(filters: AuditLogFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.actorId) where.actorId = filters.actorId;
  // The organisation of the person who acted (events without a person never match).
  if (filters.organisationCode) where.actor = { is: { organisation: { is: { code: filters.organisationCode } } } };
  if (filters.entityType) where.entityType = filters.entityType;
  if (filters.kind) where.kind = filters.kind;
  if (filters.from || filters.to) {
    // From 00:00 of `van` to 24:00 of `tot`, Amsterdam time.
    where.occurredAt = {
      ...(filters.from ? { gte: startOfAmsterdamDay(filters.from) } : {}),
      ...(filters.to ? { lt: startOfAmsterdamDay(addDays(filters.to, 1)) } : {}),
    };
  }
  return where;
}

/** Newest first; the id breaks ties between events of the same millisecond, so no event falls between two pages. */
export const auditEventOrder: Prisma.AuditEventOrderByWithRelationInput[] = [{ occurredAt: "desc" }, { id: "desc" }];

export const auditEventSelect = {
  id: true,
  occurredAt: true,
  actorId: true,
  entityType: true,
  entityId: true,
  kind: true,
  before: true,
  after: true,
} as const satisfies Prisma.AuditEventSelect;

export async function listAuditEvents({
  actor,
  filters,
  page = 1,
}: {
  actor: Actor;
  filters: AuditLogFilters;
  page?: number;
}): Promise<AuditLogPage> {
  assertCan(actor, "audit:read");
  const where = auditEventWhere(filters);
  const pageSize = AUDIT_EVENTS_PER_PAGE;
  const [people, organisations, counted] = await Promise.all([
    listPeople(),
    listOrganisations(),
    countUpTo(filters, AUDIT_COUNT_CAP + 1),
  ]);
  const capped = counted > AUDIT_COUNT_CAP;
  const total = capped ? AUDIT_COUNT_CAP : counted;
  const window = pageWindow(page, total, pageSize);
  const entries =
    total === 0
      ? []
      : await db().auditEvent.findMany({
          where,
          orderBy: auditEventOrder,
          skip: window.skip,
          take: window.take,
          select: auditEventSelect,
        });
  return { entries, total, capped, page: window.page, pageCount: window.pageCount, pageSize, people, organisations };
}

/**
 * The number of matching events, counting no further than `limit`. In SQL of its own:
 * Prisma's capped count orders its subquery (by id), which sorts every matching row before
 * it can stop; without an order PostgreSQL stops at the limit, mostly in an index alone.
 * The conditions are auditEventWhere's, written out (the filter tests check both agree).
 */
async function countUpTo(filters: AuditLogFilters, limit: number): Promise<number> {
  const conditions: Prisma.Sql[] = [];
  if (filters.actorId) conditions.push(Prisma.sql`e."actorId" = ${filters.actorId}`);
  if (filters.organisationCode) {
    conditions.push(
      Prisma.sql`e."actorId" IN (SELECT u.id FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId" WHERE o.code = ${filters.organisationCode})`,
    );
  }
  if (filters.entityType) conditions.push(Prisma.sql`e."entityType" = ${filters.entityType}`);
  if (filters.kind) conditions.push(Prisma.sql`e.kind = ${filters.kind}`);
  if (filters.from) conditions.push(Prisma.sql`e."occurredAt" >= ${startOfAmsterdamDay(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`e."occurredAt" < ${startOfAmsterdamDay(addDays(filters.to, 1))}`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [row] = await db().$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS count FROM (SELECT 1 FROM "AuditEvent" e ${where} LIMIT ${limit}) AS matching`;
  return row?.count ?? 0;
}

/** Every user, active or not (a deactivated user's name stays in the trail), sorted by name. */
export async function listPeople(): Promise<AuditLogPerson[]> {
  const users = await db().user.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, active: true, organisationId: true, organisation: { select: { code: true } } },
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    organisationId: user.organisationId,
    organisationCode: user.organisation.code,
    active: user.active,
  }));
}

export function listOrganisations(): Promise<AuditLogOrganisation[]> {
  return db().organisation.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}
