// Mijn werk against PostgreSQL: every kind of item per role, with its reason in words and its
// link; what must stay off (another organisation's action, a closed action, a letter with a
// draft in progress, a recent sign-in); and a fixed number of statements however much data.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { createTestActionItem, createTestRecommendation, createTestUser } from "@/test/factories";
import { insertLetterDraft } from "@/test/letter-fixture";
import { countStatements } from "@/test/count-statements";
import { getMyWork, type MyWork } from "@/lib/my-work/get-my-work";
import { requestDeadlineChange } from "@/lib/deadline-changes/request-deadline-change";
import { decideDeadlineChange } from "@/lib/deadline-changes/decide-deadline-change";
import { fromCalendarDate } from "@/lib/calendar-date";
import type { Actor } from "@/lib/auth/actor";
import type { MyWorkKind } from "@/lib/my-work/my-work-item";

const database = setUpSeededDatabase();
const TODAY = "2023-04-03";

function group(work: MyWork, kind: MyWorkKind) {
  const found = work.groups.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`geen groep ${kind}`);
  return found;
}
function item(work: MyWork, kind: MyWorkKind, key: string) {
  return group(work, kind).items.find((candidate) => candidate.key === key);
}
function kindsOf(work: MyWork, key: string) {
  return work.groups.filter((g) => g.items.some((candidate) => candidate.key === key)).map((g) => g.kind);
}

beforeAll(() => {
  vi.stubEnv("APP_TODAY", TODAY);
  return () => vi.unstubAllEnvs();
});

describe("Bijdrager", () => {
  let me: Actor;
  beforeAll(async () => {
    me = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "CONTRIBUTOR",
      name: "Mijn Werk Bijdrager",
    });
  });

  it("lists their own organisation's open actions that are te laat, due within 14 days or without an update since the last letter", async () => {
    const late = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      dueDate: "2023-03-20",
      status: "IN_PROGRESS",
      title: "Te laat",
    });
    const soon = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      dueDate: "2023-04-10",
      title: "Binnenkort",
    });
    const stale = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      dueDate: "2023-12-01",
      title: "Zonder update",
    });
    const fresh = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      dueDate: "2023-12-01",
      title: "Bijgewerkt",
      data: { lastProgressOn: fromCalendarDate("2023-03-01") },
    });
    const done = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      dueDate: "2023-03-01",
      status: "DONE",
    });
    const otherOrganisation = await createTestActionItem(database.prisma, {
      contactUserId: me.id,
      organisation: "BZ",
      dueDate: "2023-03-01",
    });
    const someoneElses = await createTestActionItem(database.prisma, { withContact: true, dueDate: "2023-03-01" });

    const work = await getMyWork({ actor: me });
    expect(item(work, "ACTION_OVERDUE", late.id)).toMatchObject({ href: `/acties/${late.id}`, title: "Te laat" });
    expect(item(work, "ACTION_OVERDUE", late.id)?.reason).toMatch(
      /^14 dagen te laat; geen voortgangsupdate sinds \d+ \w+ \d{4}$/,
    );
    expect(item(work, "ACTION_DUE_SOON", soon.id)?.reason).toMatch(
      /^deadline over 7 dagen; geen voortgangsupdate sinds/,
    );
    expect(item(work, "ACTION_NO_UPDATE", stale.id)?.reason).toMatch(/^geen voortgangsupdate sinds 17 november 2022$/);
    // Each action once, under its most pressing kind.
    expect(kindsOf(work, late.id)).toEqual(["ACTION_OVERDUE"]);
    for (const absent of [fresh, done, otherOrganisation, someoneElses]) expect(kindsOf(work, absent.id)).toEqual([]);
    expect(group(work, "ACTION_OVERDUE").total).toBe(1);
    expect(group(work, "ACTION_DUE_SOON").total).toBe(1);
    expect(group(work, "ACTION_NO_UPDATE").total).toBe(1);
  });

  it("lists their deadline requests, pending and decided, with how each was decided", async () => {
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const pending = await createTestActionItem(database.prisma, { status: "IN_PROGRESS", title: "Verzoek open" });
    const approved = await createTestActionItem(database.prisma, { status: "IN_PROGRESS", title: "Verzoek goed" });
    const rejected = await createTestActionItem(database.prisma, { status: "IN_PROGRESS", title: "Verzoek af" });
    const ask = (actionItemId: string) =>
      requestDeadlineChange({
        actor: me,
        input: { actionItemId, version: 1, newDueDate: "2023-09-30", reason: "Later." },
      });
    const open = await ask(pending.id);
    const yes = await ask(approved.id);
    const no = await ask(rejected.id);
    await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId: yes.deadlineChangeId, version: 1, decision: "APPROVE" },
    });
    await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId: no.deadlineChangeId, version: 1, decision: "REJECT", decisionNote: "Niet nu." },
    });

    const work = await getMyWork({ actor: me });
    expect(group(work, "MY_DEADLINE_REQUEST").total).toBe(3);
    expect(item(work, "MY_DEADLINE_REQUEST", open.deadlineChangeId)).toMatchObject({
      href: `/acties/${pending.id}`,
      reason: "verzoek 30 juni 2023 → 30 september 2023 wacht op een besluit",
    });
    expect(item(work, "MY_DEADLINE_REQUEST", yes.deadlineChangeId)?.reason).toMatch(
      /^goedgekeurd door Sanne de Vries op .+: nieuwe deadline 30 september 2023$/,
    );
    expect(item(work, "MY_DEADLINE_REQUEST", no.deadlineChangeId)?.reason).toMatch(
      /^afgewezen door Sanne de Vries op /,
    );
  });

  it("lists open remarks on letters in review about their organisation's recommendations, not on others'", async () => {
    const ours = await letterInReviewAbout("ADSB");
    const theirs = await letterInReviewAbout("BZ");
    const author = await actorFor(database, "bijdrager@bz.demo.opvolging.nl");
    const remark = (letterDraftId: string, resolved = false) =>
      database.prisma.letterRemark.create({
        data: {
          letterDraftId,
          sectionKey: "aanleiding",
          versionNumber: 1,
          text: "Klopt dit?",
          authorId: author.id,
          ...(resolved ? { resolvedAt: new Date(), resolvedById: author.id, resolution: "Ja." } : {}),
        },
      });
    const open = await remark(ours);
    const resolved = await remark(ours, true);
    const elsewhere = await remark(theirs);

    const work = await getMyWork({ actor: me });
    expect(item(work, "LETTER_REMARK", open.id)).toMatchObject({ href: `/rapportages/${ours}` });
    expect(item(work, "LETTER_REMARK", open.id)?.reason).toMatch(/^opmerking van Lotte Jansen op .+, nog open$/);
    expect(kindsOf(work, resolved.id)).toEqual([]);
    expect(kindsOf(work, elsewhere.id)).toEqual([]);
  });
});

describe("Coördinator", () => {
  let coordinator: Actor;
  beforeAll(async () => {
    coordinator = await createTestUser(database.prisma, { organisation: "FIN", role: "COORDINATOR" });
  });

  it("lists deadline requests to decide, letters in review with open remarks, commitments without a letter and late actions without a contact person", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { status: "IN_PROGRESS", title: "Te beslissen" });
    const { deadlineChangeId } = await requestDeadlineChange({
      actor: contributor,
      input: { actionItemId: action.id, version: 1, newDueDate: "2023-08-31", reason: "Later." },
    });
    const letter = await letterInReviewAbout("FIN");
    await database.prisma.letterRemark.create({
      data: {
        letterDraftId: letter,
        sectionKey: "aanleiding",
        versionNumber: 1,
        text: "Hm.",
        authorId: contributor.id,
      },
    });
    const bare = await commitmentDue("2023-04-20");
    const lapsedDate = await commitmentDue("2023-03-01");
    const withDraft = await commitmentDue("2023-04-20");
    await insertLetterDraft(database.prisma, { commitmentId: withDraft, status: "DRAFT" });
    const farAway = await commitmentDue("2023-09-01");
    const orphan = await createTestActionItem(database.prisma, {
      dueDate: "2023-03-30",
      organisation: "BZ",
      title: "Wees",
    });
    const withContact = await createTestActionItem(database.prisma, { dueDate: "2023-03-30", withContact: true });

    const work = await getMyWork({ actor: coordinator });
    expect(item(work, "DEADLINE_TO_DECIDE", deadlineChangeId)).toMatchObject({
      href: `/acties/${action.id}`,
      reason: "ADSB: 30 juni 2023 → 31 augustus 2023, gevraagd door Pieter Bakker",
    });
    expect(item(work, "LETTER_IN_REVIEW", letter)).toMatchObject({
      href: `/rapportages/${letter}`,
      reason: "ter review, 1 open opmerking",
    });
    expect(item(work, "COMMITMENT_WITHOUT_LETTER", bare)).toMatchObject({
      href: `/toezeggingen/${bare}`,
      reason: "termijn over 17 dagen, geen Kamerbrief in voorbereiding",
    });
    expect(item(work, "COMMITMENT_WITHOUT_LETTER", lapsedDate)?.reason).toBe(
      "termijn 33 dagen verstreken, geen Kamerbrief in voorbereiding",
    );
    expect(kindsOf(work, withDraft)).toEqual([]);
    expect(kindsOf(work, farAway)).toEqual([]);
    expect(item(work, "OVERDUE_WITHOUT_CONTACT", orphan.id)?.reason).toBe("BZ, 4 dagen te laat, geen contactpersoon");
    expect(kindsOf(work, withContact.id)).toEqual([]);
    // The Bijdrager's kinds are not the Coördinator's.
    expect(work.groups.map((g) => g.kind)).toEqual([
      "DEADLINE_TO_DECIDE",
      "LETTER_IN_REVIEW",
      "COMMITMENT_WITHOUT_LETTER",
      "OVERDUE_WITHOUT_CONTACT",
    ]);
  });
});

describe("Beheerder and Lezer", () => {
  it("a Beheerder sees users without a sign-in for 90 days and API tokens and calendar addresses expiring within 14 days", async () => {
    // The audit trail stamps sign-ins with the database's own now(): "today" is pinned 100 days on.
    const inHundredDays = new Date(Date.now() + 100 * 86_400_000);
    vi.stubEnv("APP_TODAY", inHundredDays.toISOString().slice(0, 10));
    const admin = await createTestUser(database.prisma, { organisation: "FIN", role: "ADMIN" });
    const never = await createTestUser(database.prisma, { organisation: "BZ", name: "Nooit Ingelogd" });
    const old = await createTestUser(database.prisma, { organisation: "BZ", name: "Lang Geleden" });
    await database.prisma.auditEvent.create({
      data: { actorId: old.id, entityType: "SignIn", entityId: old.id, kind: "SIGN_IN_SUCCEEDED" },
    });
    const newcomer = await createTestUser(database.prisma, { organisation: "BZ" });
    await database.prisma.user.update({ where: { id: newcomer.id }, data: { createdAt: inHundredDays } });
    const gone = await createTestUser(database.prisma, { organisation: "BZ" });
    await database.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    const token = (name: string, days: number, revoked = false) =>
      database.prisma.apiToken.create({
        data: {
          userId: old.id,
          name,
          tokenHash: crypto.randomUUID(),
          prefix: "opv_",
          expiresAt: new Date(inHundredDays.getTime() + days * 86_400_000),
          revokedAt: revoked ? new Date() : null,
        },
      });
    const soon = await token("Rapportage", 7);
    const later = await token("Later", 30);
    const revoked = await token("Ingetrokken", 7, true);
    const feed = (days: number, revokedFeed = false) =>
      database.prisma.calendarFeed.create({
        data: {
          userId: old.id,
          tokenHash: crypto.randomUUID().replace(/-/g, "").repeat(2),
          expiresAt: new Date(inHundredDays.getTime() + days * 86_400_000),
          revokedAt: revokedFeed ? new Date() : null,
        },
      });
    const feedSoon = await feed(10);
    const feedLater = await feed(20);
    const feedRevoked = await feed(3, true);
    const feedGone = await feed(-1);

    const work = await getMyWork({ actor: admin });
    expect(item(work, "INACTIVE_USER", never.id)?.reason).toMatch(/^nooit ingelogd \(account sinds .+\)$/);
    expect(item(work, "INACTIVE_USER", old.id)).toMatchObject({
      href: `/beheer/gebruikers/${old.id}`,
      title: "Lang Geleden",
    });
    expect(item(work, "INACTIVE_USER", old.id)?.reason).toMatch(/^laatst ingelogd op /);
    expect(kindsOf(work, newcomer.id)).toEqual([]);
    expect(kindsOf(work, gone.id)).toEqual([]);
    expect(item(work, "TOKEN_EXPIRING", soon.id)).toMatchObject({
      title: "Rapportage",
      href: `/beheer/gebruikers/${old.id}`,
    });
    expect(item(work, "TOKEN_EXPIRING", soon.id)?.reason).toMatch(/^van Lang Geleden, verloopt op /);
    expect(kindsOf(work, later.id)).toEqual([]);
    expect(kindsOf(work, revoked.id)).toEqual([]);
    expect(item(work, "FEED_EXPIRING", feedSoon.id)).toMatchObject({ href: `/beheer/gebruikers/${old.id}` });
    expect(item(work, "FEED_EXPIRING", feedSoon.id)?.title).toMatch(/^Agenda-adres van \d+ \w+ \d{4} om \d\d:\d\d$/);
    expect(item(work, "FEED_EXPIRING", feedSoon.id)?.reason).toMatch(
      /^van Lang Geleden, werkt tot en met \d+ \w+ \d{4}$/,
    );
    // Later than 14 days, revoked, or already expired: nothing to do.
    for (const absent of [feedLater, feedRevoked, feedGone]) expect(kindsOf(work, absent.id)).toEqual([]);

    // 30 days on, the sign-in of today is recent: only who never signed in remains.
    vi.stubEnv("APP_TODAY", new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    const sooner = await getMyWork({ actor: admin });
    expect(kindsOf(sooner, old.id)).toEqual([]);
    vi.stubEnv("APP_TODAY", TODAY);
  });

  it("a Lezer has nothing to do", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    expect(await getMyWork({ actor: reader })).toEqual({ groups: [], total: 0 });
  });
});

describe("statements", () => {
  it("are the same number for each role however many items there are", async () => {
    const contributor = await createTestUser(database.prisma, { organisation: "ADSB", role: "CONTRIBUTOR" });
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const admin = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
    const count = async (actor: Actor) => (await countStatements(database.url, () => getMyWork({ actor }))).statements;
    const before = [await count(contributor), await count(coordinator), await count(admin)];
    expect(before).toEqual([3, 4, 3]);
    for (let index = 0; index < 30; index += 1) {
      await createTestActionItem(database.prisma, { contactUserId: contributor.id, dueDate: "2023-03-01" });
      await createTestActionItem(database.prisma, { dueDate: "2023-03-01" });
    }
    expect([await count(contributor), await count(coordinator), await count(admin)]).toEqual(before);
  });
});

/** A letter in review for a fresh commitment on a recommendation led by `organisation`. */
async function letterInReviewAbout(organisation: "FIN" | "BZ" | "ADSB"): Promise<string> {
  const recommendation = await createTestRecommendation(database.prisma, { organisation });
  const commitmentId = await commitmentDue("2023-06-30", recommendation.id);
  return (await insertLetterDraft(database.prisma, { commitmentId, status: "IN_REVIEW" })).letterId;
}

async function commitmentDue(dueDate: string, recommendationId?: string): Promise<string> {
  const commitment = await database.prisma.commitment.create({
    data: {
      title: `Toezegging ${crypto.randomUUID()}`,
      originalWording: "Voor de zomer",
      dueDate: fromCalendarDate(dueDate),
      origin: "DEBATE",
      responsibleMinister: "de staatssecretaris van Financiën",
      source: "Test",
      ...(recommendationId ? { recommendations: { create: { recommendationId } } } : {}),
    },
  });
  return commitment.id;
}
