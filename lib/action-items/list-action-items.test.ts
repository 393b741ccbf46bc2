// The action list against PostgreSQL: every filter, the sort, the pages, "te laat" and
// "mijn acties", and the Dutch full-text search (ranking, stemming, the journal, an edited
// title, the highlight markers). The tests' own actions hang under an evaluation of their
// own, so the demo data around them does not matter.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { listActionItems, getActionListOptions, keepKnownChoices } from "@/lib/action-items/list-action-items";
import { parseActionListFilters, type ActionListFilters } from "@/lib/validation/action-list-filters";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, splitHighlights } from "@/lib/action-items/search-highlights";
import type { Actor } from "@/lib/auth/actor";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

const database = setUpSeededDatabase();
const TODAY = "2023-04-03";

let reader: Actor;
let contributor: Actor;
let evaluationId: string;
let recommendationIds: string[];
const organisationIds: Record<string, string> = {};

type NewAction = {
  title: string;
  description?: string;
  owner?: "FIN" | "BZ" | "ADSB";
  status?: ActionStatus;
  due?: string;
  percent?: number;
  contact?: string;
  recommendation?: number;
  updates?: string[];
};

async function addAction(action: NewAction) {
  const created = await database.prisma.actionItem.create({
    data: {
      recommendationId: recommendationIds[action.recommendation ?? 0]!,
      title: action.title,
      description: action.description ?? "Een actie voor de test.",
      ownerOrganisationId: organisationIds[action.owner ?? "FIN"]!,
      status: action.status ?? "IN_PROGRESS",
      dueDate: new Date(`${action.due ?? "2023-12-31"}T00:00:00Z`),
      percentDone: action.percent ?? (action.status === "DONE" ? 100 : 0),
      contactUserId: action.contact ?? null,
    },
  });
  for (const [index, text] of (action.updates ?? []).entries()) {
    await database.prisma.progressUpdate.create({
      data: {
        actionItemId: created.id,
        authorId: contributor.id,
        text,
        statusBefore: "IN_PROGRESS",
        statusAfter: "IN_PROGRESS",
        percentDone: 0,
        occurredOn: new Date("2023-03-01T00:00:00Z"),
        createdAt: new Date(Date.UTC(2023, 2, 1, 10, index)),
      },
    });
  }
  return created;
}

/** Filters for this file's evaluation, plus the URL parameters given. */
function filters(params: Record<string, string | string[]> = {}): ActionListFilters {
  return parseActionListFilters({ evaluatie: evaluationId, ...params });
}

async function titles(params: Record<string, string | string[]> = {}, actor = reader) {
  return (await listActionItems({ actor, filters: filters(params) })).rows.map((row) => row.title);
}

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", TODAY);
  reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
  contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
  for (const organisation of await database.prisma.organisation.findMany())
    organisationIds[organisation.code] = organisation.id;
  const evaluation = await database.prisma.evaluation.create({
    data: { title: "Testevaluatie lijst", periodEvaluated: "2023", evaluator: "Test", source: "test" },
  });
  evaluationId = evaluation.id;
  recommendationIds = [];
  for (const number of [1, 2]) {
    const recommendation = await database.prisma.recommendation.create({
      data: {
        evaluationId,
        number,
        title: `Testaanbeveling ${number}`,
        text: "Tekst",
        theme: "Test",
        cabinetResponse: "ADOPTED",
        leadOrganisationId: organisationIds.FIN!,
      },
    });
    recommendationIds.push(recommendation.id);
  }

  await addAction({ title: "Alfa overzicht", owner: "FIN", status: "NOT_STARTED", due: "2023-03-01", percent: 0 });
  await addAction({
    title: "bravo handleiding",
    owner: "ADSB",
    status: "IN_PROGRESS",
    due: "2023-04-20",
    percent: 40,
    contact: contributor.id,
  });
  await addAction({
    title: "Charlie rapport",
    owner: "BZ",
    status: "DELAYED",
    due: "2023-06-30",
    percent: 20,
    recommendation: 1,
  });
  await addAction({
    title: "Delta afronding",
    owner: "ADSB",
    status: "DONE",
    due: "2023-02-01",
    percent: 100,
    contact: contributor.id,
  });
  await addAction({ title: "Echo vervallen", owner: "FIN", status: "CANCELLED", due: "2023-01-15", percent: 10 });
});

describe("listActionItems: filters", () => {
  it("keeps to the evaluation, and to one recommendation", async () => {
    expect(await titles()).toHaveLength(5);
    expect(await titles({ aanbeveling: recommendationIds[1]! })).toEqual(["Charlie rapport"]);
  });

  it("filters by organisation and by several statuses", async () => {
    expect(await titles({ organisatie: "ADSB" })).toEqual(["Delta afronding", "bravo handleiding"]);
    expect(await titles({ organisatie: "adsb", status: ["IN_PROGRESS", "DELAYED"] })).toEqual(["bravo handleiding"]);
    expect(await titles({ status: ["IN_PROGRESS", "DELAYED"] })).toEqual(["bravo handleiding", "Charlie rapport"]);
  });

  it("filters by a deadline range, both ends included", async () => {
    expect(await titles({ van: "2023-03-01", tot: "2023-04-20" })).toEqual(["Alfa overzicht", "bravo handleiding"]);
    expect(await titles({ van: "2023-04-21" })).toEqual(["Charlie rapport"]);
    expect(await titles({ tot: "2023-01-31" })).toEqual(["Echo vervallen"]);
  });

  it("te laat: open and past the deadline, not done or cancelled ones", async () => {
    const page = await listActionItems({ actor: reader, filters: filters({ "te-laat": "1" }) });
    expect(page.rows.map((row) => [row.title, row.deadlineState])).toEqual([["Alfa overzicht", "OVERDUE"]]);
  });

  it("mijn acties: where the signed-in user is the contact person", async () => {
    expect(await titles({ mijn: "1" }, contributor)).toEqual(["Delta afronding", "bravo handleiding"]);
    expect(await titles({ mijn: "1" }, reader)).toEqual([]);
  });

  it("gives each row its deadline state, organisation and recommendation", async () => {
    const page = await listActionItems({ actor: reader, filters: filters() });
    expect(Object.fromEntries(page.rows.map((row) => [row.title, row.deadlineState]))).toEqual({
      "Alfa overzicht": "OVERDUE",
      "bravo handleiding": "SOON",
      "Charlie rapport": "ON_TRACK",
      "Delta afronding": "DONE",
      "Echo vervallen": null,
    });
    expect(page.rows.find((row) => row.title === "Charlie rapport")).toMatchObject({
      status: "DELAYED",
      percentDone: 20,
      dueDate: "2023-06-30",
      organisation: { code: "BZ", name: "Ministerie van Buitenlandse Zaken" },
      recommendation: { id: recommendationIds[1], number: 2, title: "Testaanbeveling 2" },
      titleHighlighted: null,
    });
  });

  it("reads bad URL values as their defaults, never as an error", async () => {
    const parsed = parseActionListFilters({
      status: ["KLAAR", "DONE"],
      van: "2023-02-30",
      tot: "morgen",
      "te-laat": "ja",
      pagina: "-3",
      sorteer: "kleur",
      richting: "omhoog",
      organisatie: "<script>",
      evaluatie: "' OR 1=1 --",
    });
    expect(parsed).toEqual({ statuses: ["DONE"], overdue: false, mine: false, page: 1 });
    expect(
      parseActionListFilters(new URLSearchParams("zoek=%20%20&status=DONE&status=CANCELLED&pagina=2&pagina=5")),
    ).toEqual({ statuses: ["DONE", "CANCELLED"], overdue: false, mine: false, page: 2 });
  });
});

describe("listActionItems: sort", () => {
  it("sorts by deadline by default, and by each column both ways", async () => {
    expect(await titles()).toEqual([
      "Echo vervallen",
      "Delta afronding",
      "Alfa overzicht",
      "bravo handleiding",
      "Charlie rapport",
    ]);
    expect(await titles({ sorteer: "deadline", richting: "af" })).toEqual([
      "Charlie rapport",
      "bravo handleiding",
      "Alfa overzicht",
      "Delta afronding",
      "Echo vervallen",
    ]);
    // Case does not decide the order: "bravo" between "Alfa" and "Charlie".
    expect(await titles({ sorteer: "titel" })).toEqual([
      "Alfa overzicht",
      "bravo handleiding",
      "Charlie rapport",
      "Delta afronding",
      "Echo vervallen",
    ]);
    expect(await titles({ sorteer: "titel", richting: "af" })).toEqual([
      "Echo vervallen",
      "Delta afronding",
      "Charlie rapport",
      "bravo handleiding",
      "Alfa overzicht",
    ]);
    // Ties broken by the deadline.
    expect(await titles({ sorteer: "organisatie" })).toEqual([
      "Delta afronding",
      "bravo handleiding",
      "Charlie rapport",
      "Echo vervallen",
      "Alfa overzicht",
    ]);
    expect(await titles({ sorteer: "status" })).toEqual([
      "Alfa overzicht",
      "bravo handleiding",
      "Charlie rapport",
      "Delta afronding",
      "Echo vervallen",
    ]);
    expect(await titles({ sorteer: "percentage", richting: "af" })).toEqual([
      "Delta afronding",
      "bravo handleiding",
      "Charlie rapport",
      "Echo vervallen",
      "Alfa overzicht",
    ]);
  });
});

describe("listActionItems: pages", () => {
  it("shows 50 rows a page, the count and the position, and a page past the end as the last", async () => {
    const many = await database.prisma.evaluation.create({
      data: { title: "Veel acties", periodEvaluated: "2023", evaluator: "Test", source: "test" },
    });
    const recommendation = await database.prisma.recommendation.create({
      data: {
        evaluationId: many.id,
        number: 1,
        title: "Veel",
        text: "Tekst",
        theme: "Test",
        cabinetResponse: "ADOPTED",
        leadOrganisationId: organisationIds.FIN!,
      },
    });
    await database.prisma.actionItem.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        recommendationId: recommendation.id,
        title: `Actie ${String(index + 1).padStart(3, "0")}`,
        description: "Bulk",
        ownerOrganisationId: organisationIds.BZ!,
        dueDate: new Date(Date.UTC(2023, 0, 1 + index)),
      })),
    });
    const second = await listActionItems({
      actor: reader,
      filters: parseActionListFilters({ evaluatie: many.id, pagina: "2" }),
    });
    expect(second).toMatchObject({ total: 120, page: 2, pageCount: 3, first: 51 });
    expect(second.rows).toHaveLength(50);
    expect(second.rows[0]!.title).toBe("Actie 051");
    expect(second.rows[49]!.title).toBe("Actie 100");
    const beyond = await listActionItems({
      actor: reader,
      filters: parseActionListFilters({ evaluatie: many.id, pagina: "99" }),
    });
    expect(beyond).toMatchObject({ page: 3, first: 101 });
    expect(beyond.rows.map((row) => row.title)).toEqual(
      Array.from({ length: 20 }, (_, index) => `Actie ${101 + index}`),
    );
  });

  it("shows an empty list as one page with nothing on it", async () => {
    const page = await listActionItems({ actor: reader, filters: filters({ zoek: "xylofoonconcert" }) });
    expect(page).toMatchObject({ total: 0, rows: [], page: 1, pageCount: 1 });
  });
});

describe("listActionItems: Dutch full-text search", () => {
  let inTitle: string;
  let inDescription: string;
  let inJournal: string;
  beforeAll(async () => {
    inTitle = (await addAction({ title: "Maatregel tegen omkoping vastleggen", recommendation: 1, due: "2023-09-01" }))
      .id;
    inDescription = (
      await addAction({
        title: "Toetsing verbeteren",
        description: "Een maatregel voor de acceptanten.",
        recommendation: 1,
        due: "2023-08-01",
      })
    ).id;
    inJournal = (
      await addAction({
        title: "Dossiers controleren",
        recommendation: 1,
        due: "2023-07-01",
        updates: ["Eerste ronde gedaan.", "De steekproef op klokkenluidersmeldingen is afgerond."],
      })
    ).id;
  });

  it("finds 'maatregel' when asked for 'maatregelen' (Dutch stemming), title before description", async () => {
    const page = await listActionItems({ actor: reader, filters: filters({ zoek: "maatregelen" }) });
    expect(page.sort).toBe("relevance");
    expect(page.rows.map((row) => row.id)).toEqual([inTitle, inDescription]);
  });

  it("finds an action by a word that is only in its progress updates", async () => {
    const page = await listActionItems({ actor: reader, filters: filters({ zoek: "klokkenluidersmelding" }) });
    expect(page.rows.map((row) => row.id)).toEqual([inJournal]);
    expect(page.rows[0]!.snippet).toContain(`${S}klokkenluidersmeldingen${E}`);
  });

  it("marks the matching words in the title and the snippet with the markers, nothing else", async () => {
    const [row] = (await listActionItems({ actor: reader, filters: filters({ zoek: "maatregelen omkoping" }) })).rows;
    expect(row!.titleHighlighted).toBe(`${S}Maatregel${E} tegen ${S}omkoping${E} vastleggen`);
    expect(splitHighlights(row!.titleHighlighted!)).toEqual([
      { text: "Maatregel", marked: true },
      { text: " tegen ", marked: false },
      { text: "omkoping", marked: true },
      { text: " vastleggen", marked: false },
    ]);
    const [described] = (await listActionItems({ actor: reader, filters: filters({ zoek: "acceptanten" }) })).rows;
    expect(described!.titleHighlighted).toBe("Toetsing verbeteren");
    // Fragments start and end at words: the stop word in front and the full stop fall off.
    expect(described!.snippet).toBe(`maatregel voor de ${S}acceptanten${E}`);
  });

  it("combines the search with the other filters and with a column sort", async () => {
    expect(await titles({ zoek: "maatregelen", status: "DONE" })).toEqual([]);
    expect(await titles({ zoek: "maatregelen", sorteer: "deadline" })).toEqual([
      "Toetsing verbeteren",
      "Maatregel tegen omkoping vastleggen",
    ]);
    expect(await titles({ zoek: "maatregelen", tot: "2023-08-15" })).toEqual(["Toetsing verbeteren"]);
  });

  it("follows an edited title: the database recomputes the search document", async () => {
    await database.prisma.actionItem.update({
      where: { id: inDescription },
      data: { title: "Toetsing op integriteitsrisico's aanscherpen" },
    });
    expect(
      (await listActionItems({ actor: reader, filters: filters({ zoek: "integriteitsrisico" }) })).rows.map(
        (row) => row.id,
      ),
    ).toEqual([inDescription]);
    expect(await titles({ zoek: "verbeteren" })).toEqual([]);
  });

  it("takes what a person types: quotes, or, a minus, stop words and stray markers", async () => {
    expect(await titles({ zoek: '"maatregel tegen omkoping"' })).toEqual(["Maatregel tegen omkoping vastleggen"]);
    expect((await titles({ zoek: "maatregel -omkoping" })).length).toBe(1);
    expect(await titles({ zoek: "de het een" })).toEqual([]);
    expect(await titles({ zoek: `${S}maatregel${E} & | ! (:*` })).toHaveLength(2);
  });
});

describe("getActionListOptions", () => {
  it("lists the evaluations, recommendations and organisations for the filter form; unknown ones in the URL fall back to all", async () => {
    const options = await getActionListOptions({ actor: reader });
    const stale = keepKnownChoices(
      parseActionListFilters({ evaluatie: evaluationId, aanbeveling: "verdwenen", organisatie: "XYZ", status: "DONE" }),
      options,
    );
    expect(stale).toMatchObject({
      evaluationId,
      recommendationId: undefined,
      organisationCode: undefined,
      statuses: ["DONE"],
    });
    expect(options.organisations.map((organisation) => organisation.code)).toEqual(["ADSB", "BZ", "FIN"]);
    expect(options.evaluations.map((evaluation) => evaluation.id)).toContain(evaluationId);
    expect(
      options.recommendations
        .filter((recommendation) => recommendation.evaluationId === evaluationId)
        .map((recommendation) => recommendation.number),
    ).toEqual([1, 2]);
  });
});
