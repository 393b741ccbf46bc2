// Calendar feeds against PostgreSQL, through the public route: the token is shown once and
// stored hashed, a revoked, unknown, malformed or deactivated user's feed gets 404, the feed
// holds its organisation's open actions and every open commitment, and a user revokes only
// their own feeds; each works through its last valid day, then answers as a revoked one, and
// is renewed as a new address (decision 045).
import { afterEach, describe, expect, it, vi } from "vitest";
import ical from "node-ical";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { createCalendarFeed, MAX_ACTIVE_CALENDAR_FEEDS } from "@/lib/calendar/create-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { renewCalendarFeed } from "@/lib/calendar/renew-calendar-feed";
import { lastValidDay } from "@/lib/calendar-date";
import { findFeedByToken, LAST_USED_RESOLUTION_MS } from "@/lib/calendar/find-feed-by-token";
import { hashFeedToken } from "@/lib/calendar/feed-token";
import { listCalendarFeeds } from "@/lib/calendar/list-calendar-feeds";
import { listActionDeadlines } from "@/lib/calendar/list-action-deadlines";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import { AppError } from "@/lib/errors";
import { GET } from "@/app/agenda/[token]/route";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { countStatements } from "@/test/count-statements";
import { createTestUser } from "@/test/factories";

const database = setUpSeededDatabase();

function fetchFeed(segment: string, headers: HeadersInit = {}) {
  return GET(new Request(`http://localhost/agenda/${segment}`, { headers }), {
    params: Promise.resolve({ token: segment }),
  });
}

async function events(response: Response) {
  return Object.values(ical.sync.parseICS(await response.text())).filter(
    (component) => component?.type === "VEVENT",
  ) as ical.VEvent[];
}

describe("calendar feeds", () => {
  it("gives the token once and stores only its SHA-256, in the audit trail neither", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "ADSB", emailPrefix: "agenda" });
    const { feedId, token } = await createCalendarFeed({ actor });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await database.prisma.calendarFeed.findUniqueOrThrow({ where: { id: feedId } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await database.prisma.auditEvent.findMany({
      where: { entityType: "User", entityId: actor.id, kind: "CALENDAR_FEED_CREATED" },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
    // The list never carries the hash, so the page cannot show the URL again.
    const listed = await listCalendarFeeds({ actor });
    expect(listed).toEqual([
      { id: feedId, createdAt: row.createdAt, expiresAt: row.expiresAt, lastUsedAt: null, revokedAt: null },
    ]);
  });

  it("serves the organisation's open actions and every open commitment, nothing of other organisations", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "ADSB", emailPrefix: "agenda" });
    const { token } = await createCalendarFeed({ actor });
    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const uids = (await events(response)).map((event) => event.uid);

    const open = await database.prisma.actionItem.findMany({
      where: { status: { in: ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] } },
      include: { ownerOrganisation: true },
    });
    const own = open.filter((action) => action.ownerOrganisation.code === "ADSB");
    const others = open.filter((action) => action.ownerOrganisation.code !== "ADSB");
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const action of own) expect(uids).toContain(`actie-${action.id}@opvolging`);
    for (const action of others) expect(uids).not.toContain(`actie-${action.id}@opvolging`);
    const closed = await database.prisma.actionItem.findMany({ where: { status: { in: ["DONE", "CANCELLED"] } } });
    for (const action of closed) expect(uids).not.toContain(`actie-${action.id}@opvolging`);

    const commitments = await database.prisma.commitment.findMany();
    const summer = commitments.find(
      (commitment) => commitment.seedKey === "toezegging-kamerbrief-implementatie-zomer-2023",
    )!;
    expect(uids).toContain(`toezegging-${summer.id}@opvolging`);
    for (const commitment of commitments.filter((c) => c.status !== "OPEN"))
      expect(uids).not.toContain(`toezegging-${commitment.id}@opvolging`);
  });

  it("answers a repeated poll with 304 and no body until what the feed shows changes", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "FIN", emailPrefix: "agenda" });
    const { token } = await createCalendarFeed({ actor });
    const first = await fetchFeed(`${token}.ics`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const body = await first.text();

    // Unchanged: 304, no body, the same ETag and caching; the token lookup and one fingerprint statement.
    const lookup = await countStatements(database.url, () => findFeedByToken(token));
    const { statements, result: again } = await countStatements(database.url, () =>
      fetchFeed(`${token}.ics`, { "If-None-Match": etag! }),
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, max-age=300");
    expect(statements).toBe(lookup.statements + 1);
    // Another ETag in the header (or several, one of them ours) behaves as HTTP says.
    expect((await fetchFeed(`${token}.ics`, { "If-None-Match": 'W/"other"' })).status).toBe(200);
    expect((await fetchFeed(`${token}.ics`, { "If-None-Match": `"other", ${etag}` })).status).toBe(304);

    // An open FIN action is finished through the app's own write path: the feed changes, 200 with a new ETag.
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const action = await database.prisma.actionItem.findFirstOrThrow({
      where: { ownerOrganisation: { code: "FIN" }, status: "IN_PROGRESS" },
    });
    await changeActionItemStatus({
      actor: coordinator,
      input: { actionItemId: action.id, version: action.version, status: "DONE" },
    });
    const changed = await fetchFeed(`${token}.ics`, { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const changedBody = await changed.text();
    expect(body).toContain(`actie-${action.id}@opvolging`);
    expect(changedBody).not.toContain(`actie-${action.id}@opvolging`);

    // A change to another organisation's action leaves this feed's ETag as it was.
    const newEtag = changed.headers.get("etag")!;
    const other = await database.prisma.actionItem.findFirstOrThrow({
      where: { ownerOrganisation: { code: "BZ" }, status: "IN_PROGRESS" },
    });
    await database.prisma.actionItem.update({
      where: { id: other.id },
      data: { title: `${other.title} (bijgewerkt)` },
    });
    expect((await fetchFeed(`${token}.ics`, { "If-None-Match": newEtag })).status).toBe(304);
    // A commitment's new wording reaches every feed.
    const commitment = await database.prisma.commitment.findFirstOrThrow({ where: { status: "OPEN" } });
    await database.prisma.commitment.update({
      where: { id: commitment.id },
      data: { title: `${commitment.title} (bijgewerkt)` },
    });
    expect((await fetchFeed(`${token}.ics`, { "If-None-Match": newEtag })).status).toBe(200);
  });

  it("answers 404 alike to a malformed, an unknown, a revoked token and to a deactivated user's", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "FIN", emailPrefix: "agenda" });
    const revoked = await createCalendarFeed({ actor });
    await revokeCalendarFeed({ actor, input: { feedId: revoked.feedId } });
    const other = await createTestUser(database.prisma, { organisation: "BZ", emailPrefix: "agenda" });
    const deactivated = await createCalendarFeed({ actor: other });
    await database.prisma.user.update({ where: { id: other.id }, data: { active: false } });
    const working = await createCalendarFeed({ actor });

    const unknown = Buffer.alloc(32, 7).toString("base64url");
    const answers = await Promise.all(
      [
        "nonsense.ics",
        `${working.token}`,
        `${working.token}.ical`,
        `${unknown}.ics`,
        `${revoked.token}.ics`,
        `${deactivated.token}.ics`,
        `${working.token}.ics`,
      ].map((segment) => fetchFeed(segment)),
    );
    expect(answers.map((response) => response.status)).toEqual([404, 404, 404, 404, 404, 404, 200]);
    const bodies = await Promise.all(answers.slice(0, 6).map((response) => response.text()));
    expect(new Set(bodies).size).toBe(1);
  });

  it("records the last use at most once an hour", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "ADSB", emailPrefix: "agenda" });
    const { feedId, token } = await createCalendarFeed({ actor });
    const first = new Date("2026-11-30T10:00:00Z");
    await findFeedByToken(token, first);
    await findFeedByToken(token, new Date(first.getTime() + LAST_USED_RESOLUTION_MS - 1000));
    expect((await database.prisma.calendarFeed.findUniqueOrThrow({ where: { id: feedId } })).lastUsedAt).toEqual(first);
    const later = new Date(first.getTime() + LAST_USED_RESOLUTION_MS + 1000);
    await findFeedByToken(token, later);
    expect((await database.prisma.calendarFeed.findUniqueOrThrow({ where: { id: feedId } })).lastUsedAt).toEqual(later);
  });

  it("revokes once, audited, and never another user's feed, whatever the role", async () => {
    const owner = await createTestUser(database.prisma, { organisation: "ADSB", emailPrefix: "agenda" });
    const { feedId, token } = await createCalendarFeed({ actor: owner });
    for (const role of ["ADMIN", "COORDINATOR", "CONTRIBUTOR", "READER"] as const) {
      const intruder = await createTestUser(database.prisma, { organisation: "ADSB", role, emailPrefix: "agenda" });
      await expect(revokeCalendarFeed({ actor: intruder, input: { feedId } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await findFeedByToken(token)).not.toBeNull();

    await revokeCalendarFeed({ actor: owner, input: { feedId } });
    await revokeCalendarFeed({ actor: owner, input: { feedId } });
    expect(await findFeedByToken(token)).toBeNull();
    const audit = await database.prisma.auditEvent.findMany({
      where: { entityId: owner.id, kind: "CALENDAR_FEED_REVOKED" },
    });
    expect(audit).toHaveLength(1);
    await expect(revokeCalendarFeed({ actor: owner, input: { feedId: "onbekend" } })).rejects.toBeInstanceOf(AppError);
  });

  it("allows at most five active feeds, also when created at the same moment", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "BZ", emailPrefix: "agenda" });
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ACTIVE_CALENDAR_FEEDS + 2 }, () => createCalendarFeed({ actor })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_ACTIVE_CALENDAR_FEEDS);
    const first = results.find((result) => result.status === "fulfilled")!;
    await revokeCalendarFeed({
      actor,
      input: { feedId: (first as PromiseFulfilledResult<{ feedId: string }>).value.feedId },
    });
    await expect(createCalendarFeed({ actor })).resolves.toBeDefined();
  });
});

describe("the end of a calendar address (decision 045)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("works through its last valid day, 365 days on by default, then answers 404 as a revoked one", async () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    const actor = await createTestUser(database.prisma, { organisation: "FIN", emailPrefix: "agenda" });
    const { feedId, token } = await createCalendarFeed({ actor });
    const revoked = await createCalendarFeed({ actor });
    await revokeCalendarFeed({ actor, input: { feedId: revoked.feedId } });
    const row = await database.prisma.calendarFeed.findUniqueOrThrow({ where: { id: feedId } });
    // 2024 is a leap year: 365 days after 3 April 2023 is 2 April 2024, which still works.
    expect(lastValidDay(row.expiresAt)).toBe("2024-04-02");
    expect(await findFeedByToken(token, new Date("2024-04-02T21:59:59Z"))).not.toBeNull();
    expect(await findFeedByToken(token, new Date("2024-04-02T22:00:00Z"))).toBeNull();

    vi.stubEnv("APP_TODAY", "2024-04-02");
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
    vi.stubEnv("APP_TODAY", "2024-04-03");
    const [expired, gone] = await Promise.all([fetchFeed(`${token}.ics`), fetchFeed(`${revoked.token}.ics`)]);
    expect([expired.status, gone.status]).toEqual([404, 404]);
    expect(await expired.text()).toBe(await gone.text());
  });

  it("does not count expired addresses against the limit of five", async () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    const actor = await createTestUser(database.prisma, { organisation: "BZ", emailPrefix: "agenda" });
    for (let index = 0; index < MAX_ACTIVE_CALENDAR_FEEDS; index += 1) await createCalendarFeed({ actor });
    await expect(createCalendarFeed({ actor })).rejects.toMatchObject({ code: "INVALID" });
    vi.stubEnv("APP_TODAY", "2024-04-03");
    await expect(createCalendarFeed({ actor })).resolves.toBeDefined();
  });

  it("renews as a new address with a validity of its own; the old one stops; once; never another's", async () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    const owner = await createTestUser(database.prisma, { organisation: "ADSB", emailPrefix: "agenda" });
    const old = await createCalendarFeed({ actor: owner });
    for (let index = 1; index < MAX_ACTIVE_CALENDAR_FEEDS; index += 1) await createCalendarFeed({ actor: owner });

    vi.stubEnv("APP_TODAY", "2024-03-25");
    const intruder = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "ADMIN",
      emailPrefix: "agenda",
    });
    await expect(renewCalendarFeed({ actor: intruder, input: { feedId: old.feedId } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await database.prisma.calendarFeed.count({ where: { userId: intruder.id } })).toBe(0);
    expect(await findFeedByToken(old.token)).not.toBeNull();

    // At the limit of five: the old one goes first, so renewing still works.
    const renewed = await renewCalendarFeed({ actor: owner, input: { feedId: old.feedId } });
    expect(await findFeedByToken(old.token)).toBeNull();
    expect(await findFeedByToken(renewed.token)).not.toBeNull();
    const row = await database.prisma.calendarFeed.findUniqueOrThrow({ where: { id: renewed.feedId } });
    expect(lastValidDay(row.expiresAt)).toBe("2025-03-25");
    const kinds = await database.prisma.auditEvent.findMany({
      where: { entityId: owner.id, kind: { in: ["CALENDAR_FEED_CREATED", "CALENDAR_FEED_REVOKED"] } },
      select: { kind: true },
    });
    expect(kinds.filter((event) => event.kind === "CALENDAR_FEED_REVOKED")).toHaveLength(1);
    expect(kinds.filter((event) => event.kind === "CALENDAR_FEED_CREATED")).toHaveLength(MAX_ACTIVE_CALENDAR_FEEDS + 1);

    // A second "Vernieuwen" of the same address (another tab) makes nothing.
    await expect(renewCalendarFeed({ actor: owner, input: { feedId: old.feedId } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await database.prisma.calendarFeed.count({ where: { userId: owner.id } })).toBe(
      MAX_ACTIVE_CALENDAR_FEEDS + 1,
    );
  });

  it("renews an address once when twenty tabs ask at the same moment", async () => {
    const owner = await createTestUser(database.prisma, { organisation: "BZ", emailPrefix: "agenda" });
    const old = await createCalendarFeed({ actor: owner });

    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => renewCalendarFeed({ actor: owner, input: { feedId: old.feedId } })),
    );

    const renewed = outcomes.filter((outcome) => outcome.status === "fulfilled");
    expect(renewed).toHaveLength(1);
    for (const outcome of outcomes.filter((outcome) => outcome.status === "rejected"))
      expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    // One old address revoked and one new one made: no second address nobody asked for.
    expect(await database.prisma.calendarFeed.count({ where: { userId: owner.id } })).toBe(2);
    expect(await database.prisma.calendarFeed.count({ where: { userId: owner.id, revokedAt: null } })).toBe(1);
    const audited = await database.prisma.auditEvent.groupBy({
      by: ["kind"],
      where: { entityId: owner.id, kind: { in: ["CALENDAR_FEED_CREATED", "CALENDAR_FEED_REVOKED"] } },
      _count: true,
    });
    expect(Object.fromEntries(audited.map((row) => [row.kind, row._count]))).toEqual({
      CALENDAR_FEED_CREATED: 2,
      CALENDAR_FEED_REVOKED: 1,
    });
  });
});

describe("listActionDeadlines (the .ics download)", () => {
  it("holds the open actions under the list's filters only", async () => {
    const actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const all = await listActionDeadlines({ actor, filters: parseActionListFilters({}) });
    const adsb = await listActionDeadlines({ actor, filters: parseActionListFilters({ organisatie: "ADSB" }) });
    expect(adsb.length).toBeGreaterThan(0);
    expect(adsb.length).toBeLessThan(all.length);
    expect(adsb.every((row) => row.organisationCode === "ADSB")).toBe(true);
    expect(all.every((row) => ["NOT_STARTED", "IN_PROGRESS", "DELAYED"].includes(row.status))).toBe(true);
    expect(all.map((row) => row.dueDate)).toEqual([...all.map((row) => row.dueDate)].sort());
  });
});
