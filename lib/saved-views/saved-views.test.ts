// Saved views against PostgreSQL: only the list's own parameters are kept, at most 20 per
// person, names unique per person, rename and delete of one's own views only.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { saveView } from "@/lib/saved-views/save-view";
import { renameSavedView } from "@/lib/saved-views/rename-saved-view";
import { deleteSavedView } from "@/lib/saved-views/delete-saved-view";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";
import { SAVED_VIEWS_MAX } from "@/lib/saved-views/saved-view-limits";
import { countStatements } from "@/test/count-statements";
import { RenameViewSchema, SaveViewSchema } from "@/lib/validation/saved-view";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();

async function freshActor(label: string): Promise<Actor> {
  // A person of one's own per test: the limit counts per person.
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "FIN" } });
  const email = `weergaven-${label}-${Math.random().toString(36).slice(2)}@fin.test.opvolging.nl`;
  await database.prisma.user.create({
    data: { email, name: `Weergaven ${label}`, role: "READER", organisationId: organisation.id },
  });
  return actorFor(database, email);
}

const save = (actor: Actor, fields: { name: string; query?: string }) =>
  saveView({ actor, input: SaveViewSchema.parse(fields) });

describe("SaveViewSchema", () => {
  it("keeps only what the list reads, in the list's own spelling, without the page", () => {
    const input = SaveViewSchema.parse({
      name: "  Te laat bij ADSB  ",
      query: "?organisatie=adsb&te-laat=1&pagina=4&onzin=1&status=DELAYED&status=NIET&sorteer=titel&richting=af",
    });
    expect(input.name).toBe("Te laat bij ADSB");
    expect(input.query).toBe("organisatie=ADSB&status=DELAYED&te-laat=1&sorteer=titel&richting=af");
    expect(SaveViewSchema.parse({ name: "Alles", query: "x=<script>" }).query).toBe("");
  });

  it("refuses an empty name, a name over 80 characters and a query that no list wrote", () => {
    expect(SaveViewSchema.safeParse({ name: "   ", query: "" }).success).toBe(false);
    expect(SaveViewSchema.safeParse({ name: "x".repeat(81), query: "" }).success).toBe(false);
    expect(SaveViewSchema.safeParse({ name: "x", query: "zoek=a".repeat(400) }).success).toBe(false);
  });
});

describe("saveView", () => {
  it("is for every signed-in role", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:read",
      prepare: async () => SaveViewSchema.parse({ name: `Rol ${Math.random()}`, query: "mijn=1" }),
      run: (actor, input) => saveView({ actor, input }),
    });
    expect(actual).toEqual(expected);
  });

  it("keeps 20 views per person and refuses the 21st in Dutch; another person still saves", async () => {
    const actor = await freshActor("limiet");
    for (let n = 1; n <= SAVED_VIEWS_MAX; n++) await save(actor, { name: `Weergave ${n}`, query: `pagina=${n}` });
    await expect(save(actor, { name: "Weergave 21" })).rejects.toMatchObject({
      code: "INVALID",
      message: "U hebt al 20 weergaven, het maximum. Verwijder eerst een weergave via ‘Weergaven beheren’.",
    });
    expect(await database.prisma.savedView.count({ where: { userId: actor.id } })).toBe(20);
    const other = await freshActor("ander");
    await expect(save(other, { name: "Weergave 21" })).resolves.toMatchObject({ name: "Weergave 21" });
  });

  it("refuses the 21st also when several saves race for the last place", async () => {
    const actor = await freshActor("race");
    for (let n = 1; n <= SAVED_VIEWS_MAX - 2; n++) await save(actor, { name: `W${n}` });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => save(actor, { name: `Race ${n}` })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(2);
    expect(await database.prisma.savedView.count({ where: { userId: actor.id } })).toBe(SAVED_VIEWS_MAX);
  });

  it("keeps a name once per person, whatever its capitals; another person may use it", async () => {
    const actor = await freshActor("naam");
    await save(actor, { name: "Mijn acties", query: "mijn=1" });
    await expect(save(actor, { name: "mijn ACTIES" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldError: { field: "name" } },
    });
    const other = await freshActor("naam2");
    await expect(save(other, { name: "Mijn acties" })).resolves.toBeDefined();
  });
});

describe("listSavedViews, renameSavedView, deleteSavedView", () => {
  it("lists one's own views by name as links to the list", async () => {
    const actor = await freshActor("lijst");
    await save(actor, { name: "B te laat", query: "te-laat=1" });
    await save(actor, { name: "A ADSB", query: "organisatie=ADSB&sorteer=titel" });
    const other = await freshActor("lijst2");
    await save(other, { name: "C van een ander" });
    const views = await listSavedViews({ actor });
    expect(views.map((view) => [view.name, view.href])).toEqual([
      ["A ADSB", "/acties?organisatie=ADSB&sorteer=titel"],
      ["B te laat", "/acties?te-laat=1"],
    ]);
  });

  it("reads them in one statement, however many there are (Mijn werk and /acties add just that one)", async () => {
    const actor = await freshActor("tellen");
    const count = async () => (await countStatements(database.url, () => listSavedViews({ actor }))).statements;
    expect(await count()).toBe(1);
    for (let index = 0; index < 5; index += 1) await save(actor, { name: `Weergave ${index}`, query: "te-laat=1" });
    expect(await count()).toBe(1);
  });

  it("renames with the version shown; a stale version or a taken name changes nothing", async () => {
    const actor = await freshActor("hernoem");
    const { viewId } = await save(actor, { name: "Oud" });
    await save(actor, { name: "Bezet" });
    const rename = (name: string, version: number) =>
      renameSavedView({ actor, input: RenameViewSchema.parse({ viewId, version, name }) });
    await expect(rename("Bezet", 1)).rejects.toMatchObject({ code: "INVALID" });
    await expect(rename("  Nieuw  ", 1)).resolves.toEqual({ viewId, name: "Nieuw" });
    await expect(rename("Nieuwer", 1)).rejects.toMatchObject({ code: "CONFLICT" });
    // Another capitalisation of its own name is fine.
    await expect(rename("NIEUW", 2)).resolves.toEqual({ viewId, name: "NIEUW" });
    expect(await database.prisma.savedView.findUniqueOrThrow({ where: { id: viewId } })).toMatchObject({
      name: "NIEUW",
      version: 3,
    });
  });

  it("deletes one's own view; a view gone is not found", async () => {
    const actor = await freshActor("weg");
    const { viewId } = await save(actor, { name: "Weg ermee" });
    await expect(deleteSavedView({ actor, input: { viewId } })).resolves.toEqual({ viewId, name: "Weg ermee" });
    await expect(deleteSavedView({ actor, input: { viewId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listSavedViews({ actor })).toEqual([]);
  });

  it("never reaches another person's view, whatever the role: not found, and nothing changes", async () => {
    const owner = await freshActor("eigenaar");
    const { viewId } = await save(owner, { name: "Privé", query: "te-laat=1" });
    for (const email of ["coordinator@fin.demo.opvolging.nl", "beheerder@fin.demo.opvolging.nl"]) {
      const intruder = await actorFor(database, email);
      await expect(
        renameSavedView({ actor: intruder, input: { viewId, version: 1, name: "Overgenomen" } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deleteSavedView({ actor: intruder, input: { viewId } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect((await listSavedViews({ actor: intruder })).map((view) => view.id)).not.toContain(viewId);
    }
    expect(await database.prisma.savedView.findUniqueOrThrow({ where: { id: viewId } })).toMatchObject({
      name: "Privé",
      version: 1,
    });
  });
});
