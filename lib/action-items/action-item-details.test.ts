// A coordinator's action forms against PostgreSQL: create and edit, who may (every role ×
// organisation), the contact person of the owning organisation, the dates, the version, and
// the audit events with the changed fields only.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createActionItem } from "@/lib/action-items/create-action-item";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { getActionItemFormOptions } from "@/lib/action-items/get-action-item-form";
import { CreateActionItemSchema, UpdateActionItemSchema } from "@/lib/validation/action-item";
import type { CreateActionItemInput } from "@/lib/validation/action-item";

const database = setUpSeededDatabase();
const coordinatorEmail = "coordinator@fin.demo.opvolging.nl";

async function references() {
  const prisma = database.prisma;
  const [recommendation, adsb, fin, pieter, ahmed] = await Promise.all([
    prisma.recommendation.findFirstOrThrow({ orderBy: { number: "asc" } }),
    prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } }),
    prisma.organisation.findUniqueOrThrow({ where: { code: "FIN" } }),
    prisma.user.findUniqueOrThrow({ where: { email: "bijdrager@adsb.demo.opvolging.nl" } }),
    prisma.user.findUniqueOrThrow({ where: { email: "bijdrager@fin.demo.opvolging.nl" } }),
  ]);
  return { recommendation, adsb, fin, pieter, ahmed };
}

async function createInput(overrides: Partial<CreateActionItemInput> = {}): Promise<CreateActionItemInput> {
  const { recommendation, adsb, pieter } = await references();
  return {
    recommendationId: recommendation.id,
    title: "Beslisboom voor signalen",
    description: "Een beslisboom voor medewerkers die een signaal van omkoping ontvangen.",
    ownerOrganisationId: adsb.id,
    contactUserId: pieter.id,
    startDate: "2023-04-01",
    dueDate: "2023-10-31",
    ...overrides,
  };
}

describe("createActionItem", () => {
  it("is for a Coördinator only", async () => {
    const input = await createInput();
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:manage",
      prepare: async () => input,
      run: (actor, input) => createActionItem({ actor, input }),
    });
    expect(actual).toEqual(expected);
    expect(Object.entries(actual).filter(([, outcome]) => outcome === "allowed")).toHaveLength(3);
  });

  it("gives each new action the next reference under its recommendation (the re-import key)", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const input = await createInput();
    const references = await Promise.all(
      [1, 2].map(async () => {
        const { actionItemId } = await createActionItem({ actor: coordinator, input });
        return (await database.prisma.actionItem.findUniqueOrThrow({ where: { id: actionItemId } })).reference;
      }),
    );
    const existing = await database.prisma.actionItem.findMany({
      where: { recommendationId: input.recommendationId },
      select: { reference: true },
    });
    expect(new Set(existing.map((action) => action.reference)).size).toBe(existing.length);
    const numbers = references.map((reference) => Number(reference?.split(".")[1])).sort((a, b) => a - b);
    expect(numbers[1]! - numbers[0]!).toBe(1);
    expect(numbers[1]).toBe(existing.length);
  });

  it("creates the action, not started, with a CREATE event naming what was set", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { recommendation } = await references();
    const { actionItemId } = await createActionItem({ actor: coordinator, input: await createInput() });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: actionItemId } })).toMatchObject({
      title: "Beslisboom voor signalen",
      status: "NOT_STARTED",
      percentDone: 0,
      startDate: new Date("2023-04-01"),
      dueDate: new Date("2023-10-31"),
      version: 1,
    });
    expect(await database.prisma.auditEvent.findMany({ where: { entityId: actionItemId } })).toMatchObject([
      {
        kind: "CREATE",
        actorId: coordinator.id,
        after: {
          recommendation: recommendation.number,
          title: "Beslisboom voor signalen",
          ownerOrganisation: "ADSB",
          contactUser: "Pieter Bakker",
          startDate: "2023-04-01",
          dueDate: "2023-10-31",
        },
      },
    ]);
  });

  it("wants a contact person of the owning organisation, active, and a due date not before the start date", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { ahmed, pieter } = await references();
    await expect(
      createActionItem({ actor: coordinator, input: await createInput({ contactUserId: ahmed.id }) }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: {
          field: "contactUserId",
          message: "Deze contactpersoon hoort niet bij de gekozen organisatie. Kies iemand van die organisatie.",
        },
      },
    });
    const gone = await database.prisma.user.create({
      data: {
        email: "weg@adsb.test.opvolging.nl",
        name: "Weg",
        role: "CONTRIBUTOR",
        organisationId: pieter.organisationId,
        active: false,
      },
    });
    await expect(
      createActionItem({ actor: coordinator, input: await createInput({ contactUserId: gone.id }) }),
    ).rejects.toMatchObject({ details: { fieldError: { field: "contactUserId" } } });

    const parsed = CreateActionItemSchema.safeParse({
      ...(await createInput()),
      recommendationId: "",
      title: " ",
      contactUserId: "",
      startDate: "2023-05-01",
      dueDate: "2023-04-30",
    });
    expect(Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      recommendationId: "Kies een aanbeveling.",
      title: "Vul een titel in.",
      contactUserId: "Kies een contactpersoon.",
      dueDate: "De deadline ligt voor de startdatum. Kies een latere deadline.",
    });
    expect(
      CreateActionItemSchema.safeParse({ ...(await createInput()), dueDate: "2023-02-29" }).error?.issues[0],
    ).toMatchObject({ path: ["dueDate"] });
    expect(CreateActionItemSchema.parse({ ...(await createInput()), startDate: "" }).startDate).toBeUndefined();
  });
});

describe("updateActionItem", () => {
  async function existing() {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { actionItemId } = await createActionItem({ actor: coordinator, input: await createInput() });
    return actionItemId;
  }

  it("is for a Coördinator only", async () => {
    const { adsb, pieter } = await references();
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:manage",
      prepare: existing,
      run: (actor, id) =>
        updateActionItem({
          actor,
          input: {
            actionItemId: id,
            version: 1,
            title: "Nieuwe titel",
            description: "Zelfde",
            ownerOrganisationId: adsb.id,
            contactUserId: pieter.id,
          },
        }),
    });
    expect(actual).toEqual(expected);
  });

  it("writes the changed fields only, and nothing when nothing changed", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { adsb, fin, pieter, ahmed } = await references();
    const id = await existing();
    const same = {
      actionItemId: id,
      version: 1,
      title: "Beslisboom voor signalen",
      description: "Een beslisboom voor medewerkers die een signaal van omkoping ontvangen.",
      startDate: "2023-04-01",
    };
    expect(
      await updateActionItem({
        actor: coordinator,
        input: { ...same, ownerOrganisationId: adsb.id, contactUserId: pieter.id },
      }),
    ).toEqual({ actionItemId: id, changed: [], version: 1 });

    const result = await updateActionItem({
      actor: coordinator,
      input: {
        ...same,
        title: "Beslisboom bij signalen",
        ownerOrganisationId: fin.id,
        contactUserId: ahmed.id,
        startDate: undefined,
      },
    });
    expect(result).toEqual({
      actionItemId: id,
      changed: ["title", "ownerOrganisation", "contactUser", "startDate"],
      version: 2,
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Beslisboom bij signalen",
      ownerOrganisationId: fin.id,
      contactUserId: ahmed.id,
      startDate: null,
      version: 2,
    });
    const events = await database.prisma.auditEvent.findMany({ where: { entityId: id, kind: "UPDATE" } });
    expect(events).toEqual([
      expect.objectContaining({
        actorId: coordinator.id,
        before: {
          title: "Beslisboom voor signalen",
          ownerOrganisation: "ADSB",
          contactUser: "Pieter Bakker",
          startDate: "2023-04-01",
        },
        after: {
          title: "Beslisboom bij signalen",
          ownerOrganisation: "FIN",
          contactUser: "Ahmed El Amrani",
          startDate: null,
        },
      }),
    ]);
  });

  it("keeps the start date on or before the due date, and the contact in the owning organisation", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { adsb, fin, pieter } = await references();
    const id = await existing();
    const input = {
      actionItemId: id,
      version: 1,
      title: "T",
      description: "D",
      ownerOrganisationId: adsb.id,
      contactUserId: pieter.id,
    };
    await expect(
      updateActionItem({ actor: coordinator, input: { ...input, startDate: "2023-11-01" } }),
    ).rejects.toMatchObject({ details: { fieldError: { field: "startDate" } } });
    await expect(
      updateActionItem({ actor: coordinator, input: { ...input, ownerOrganisationId: fin.id } }),
    ).rejects.toMatchObject({ details: { fieldError: { field: "contactUserId" } } });
    expect(UpdateActionItemSchema.safeParse({ ...input, version: "1", dueDate: "2030-01-01" }).data).not.toHaveProperty(
      "dueDate",
    );
  });

  it("lets exactly one of two saves with one version win; the other hears who changed what", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { adsb, pieter } = await references();
    const id = await existing();
    const input = {
      actionItemId: id,
      version: 1,
      description: "D",
      ownerOrganisationId: adsb.id,
      contactUserId: pieter.id,
    };
    const results = await Promise.allSettled([
      updateActionItem({ actor: coordinator, input: { ...input, title: "Eén" } }),
      updateActionItem({ actor: coordinator, input: { ...input, title: "Twee" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({ code: "CONFLICT" });
    expect(rejected!.reason.details.conflict.changes).toContainEqual({
      field: "title",
      before: "Beslisboom voor signalen",
      after: expect.stringMatching(/^(Eén|Twee)$/),
    });
  });
});

describe("getActionItemFormOptions", () => {
  it("offers active users grouped by organisation, and recommendations grouped by evaluation", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const options = await getActionItemFormOptions({ actor: coordinator });
    expect(options.contacts.map((group) => /\((\w+)\)$/.exec(group.label)?.[1])).toEqual(["ADSB", "BZ", "FIN"]);
    const adsbGroup = options.contacts.find((group) => group.label.endsWith("(ADSB)"));
    expect(adsbGroup?.options).toContainEqual(expect.objectContaining({ label: "Pieter Bakker (ADSB)" }));
    expect(options.contacts.flatMap((group) => group.options).map((option) => option.label)).not.toContain(
      "Weg (ADSB)",
    );
    expect(options.recommendations.length).toBeGreaterThanOrEqual(1);
    expect(options.recommendations[0]!.options[0]!.label).toMatch(/^1\. /);
  });
});
