// The JSON API against PostgreSQL, through its route handlers: tokens (hashed, shown once,
// revoked, expired, a deactivated user's), the answers' shapes, the same permissions,
// version checks and audit trail as the UI, and every kind of bad request with its 4xx.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums.ts";
import { AppError } from "@/lib/errors";
import { createApiToken, endOfDay } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { hashApiToken } from "@/lib/api-tokens/api-token-secret";
import { API_RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-json-body";
import * as S from "@/lib/api/response-schemas";
import { addDays, today } from "@/lib/clock";
import { GET as getEvaluations } from "@/app/api/v1/evaluations/route";
import { GET as getRecommendations } from "@/app/api/v1/recommendations/route";
import { GET as getRecommendation } from "@/app/api/v1/recommendations/[id]/route";
import { GET as getActions } from "@/app/api/v1/actions/route";
import { GET as getAction } from "@/app/api/v1/actions/[id]/route";
import { POST as postProgress } from "@/app/api/v1/actions/[id]/progress/route";
import { POST as postStatus } from "@/app/api/v1/actions/[id]/status/route";
import { GET as getCommitments } from "@/app/api/v1/commitments/route";
import { GET as getLetters } from "@/app/api/v1/letters/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as unknownRoute } from "@/app/api/v1/[...path]/route";
import { createTestActionItem, createTestUser } from "@/test/factories";

const database = setUpSeededDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function tokenFor(actor: Actor): Promise<string> {
  return (await createApiToken({ actor, input: { name: "Test", expiry: "30", expiresOn: undefined } })).token;
}

function call(
  handler: Handler,
  path: string,
  options: {
    token?: string | null;
    method?: string;
    body?: BodyInit;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  } = {},
) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body,
    ...(options.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

function postJson(handler: Handler, id: string, token: string, body: unknown) {
  return call(handler, `/actions/${id}/x`, {
    token,
    method: "POST",
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
    params: { id },
  });
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as {
    title: string;
    status: number;
    type: string;
    detail?: string;
    errors?: { field: string; message: string }[];
  };
  expect(body.status).toBe(status);
  expect(body.title).toMatch(/\S/);
  return body;
}

async function expectShape<T extends z.ZodType>(response: Response, schema: T): Promise<z.output<T>> {
  expect(response.status).toBeLessThan(300);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return schema.parse(await response.json());
}

describe("API tokens", () => {
  it("gives the token once and stores only its SHA-256, in the audit trail neither", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" });
    const created = await createApiToken({
      actor,
      input: { name: "Rapportagesysteem", expiry: "90", expiresOn: undefined },
    });
    expect(created.token).toMatch(/^opv_[A-Za-z0-9_-]{43}$/);
    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.tokenId } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.prefix).toBe(created.token.slice(0, 10));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.expiresAt).toEqual(endOfDay(addDays(today(), 90)));
    const audit = await database.prisma.auditEvent.findMany({
      where: { entityType: "User", entityId: actor.id, kind: "API_TOKEN_CREATED" },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(created.token);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
    const listed = await listApiTokens({ actor });
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("takes a date of one's own only after today and at most a year ahead", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" });
    for (const expiresOn of [today(), addDays(today(), 366)]) {
      await expect(
        createApiToken({ actor, input: { name: "Te ver", expiry: "date", expiresOn } }),
      ).rejects.toMatchObject({ code: "INVALID", details: { fieldError: { field: "expiresOn" } } });
    }
    const created = await createApiToken({
      actor,
      input: { name: "Precies een jaar", expiry: "date", expiresOn: addDays(today(), 365) },
    });
    expect(created.expiresOn).toBe(addDays(today(), 365));
  });

  it("revokes only one's own token, and the refusal of another's is audited", async () => {
    const owner = await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" });
    const other = await createTestUser(database.prisma, { organisation: "ADSB", role: "ADMIN", emailPrefix: "api" });
    const { tokenId } = await createApiToken({
      actor: owner,
      input: { name: "Eigen", expiry: "30", expiresOn: undefined },
    });
    await expect(revokeApiToken({ actor: other, input: { tokenId } })).rejects.toThrow(AppError);
    await revokeApiToken({ actor: owner, input: { tokenId } });
    await revokeApiToken({ actor: owner, input: { tokenId } });
    expect(await database.prisma.auditEvent.count({ where: { entityId: owner.id, kind: "API_TOKEN_REVOKED" } })).toBe(
      1,
    );
  });
});

describe("API authentication", () => {
  it("answers 401 problem+json without a token, with a malformed or unknown one, and to a session cookie alone", async () => {
    const cases: Record<string, string>[] = [
      {},
      { Authorization: "Bearer" },
      { Authorization: "Basic dXNlcjpwdw==" },
      { Authorization: `Bearer opv_${"x".repeat(43)}` },
      { Cookie: "authjs.session-token=abc" },
    ];
    for (const headers of cases) {
      const response = await call(getActions, "/actions", { headers });
      const body = await expectProblem(response, 401);
      expect(body.title).toBe("Niet geauthenticeerd");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("refuses a revoked, an expired and a deactivated user's token with 401", async () => {
    const revoked = await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" });
    const revokedToken = await createApiToken({
      actor: revoked,
      input: { name: "x", expiry: "30", expiresOn: undefined },
    });
    expect((await call(getEvaluations, "/evaluations", { token: revokedToken.token })).status).toBe(200);
    await revokeApiToken({ actor: revoked, input: { tokenId: revokedToken.tokenId } });
    await expectProblem(await call(getEvaluations, "/evaluations", { token: revokedToken.token }), 401);

    const expired = await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" });
    const expiredToken = await createApiToken({
      actor: expired,
      input: { name: "x", expiry: "30", expiresOn: undefined },
    });
    await database.prisma.apiToken.update({
      where: { id: expiredToken.tokenId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectProblem(await call(getEvaluations, "/evaluations", { token: expiredToken.token }), 401);

    const deactivated = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "COORDINATOR",
      emailPrefix: "api",
    });
    const token = await tokenFor(deactivated);
    expect((await call(getEvaluations, "/evaluations", { token })).status).toBe(200);
    await database.prisma.user.update({ where: { id: deactivated.id }, data: { active: false } });
    await expectProblem(await call(getEvaluations, "/evaluations", { token }), 401);
  });

  it("records the last use at most once a minute", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "BZ", role: "READER", emailPrefix: "api" });
    const { token, tokenId } = await createApiToken({
      actor,
      input: { name: "x", expiry: "30", expiresOn: undefined },
    });
    await call(getIndicators, "/indicators", { token });
    const first = (await database.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    expect(first).not.toBeNull();
    await call(getIndicators, "/indicators", { token });
    expect((await database.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toEqual(first);
  });

  it("answers 429 with Retry-After over the rate limit, counted in PostgreSQL", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "BZ", role: "READER", emailPrefix: "api" });
    const { token, tokenId } = await createApiToken({
      actor,
      input: { name: "x", expiry: "30", expiresOn: undefined },
    });
    const first = await call(getEvaluations, "/evaluations", { token });
    expect(first.headers.get("ratelimit-remaining")).toBe(String(API_RATE_LIMIT_PER_MINUTE - 1));
    // The rest of the minute's allowance used up at once, as by a burst of parallel requests.
    await database.prisma.apiRateWindow.updateMany({ where: { tokenId }, data: { count: API_RATE_LIMIT_PER_MINUTE } });
    const refused = await call(getEvaluations, "/evaluations", { token });
    await expectProblem(refused, 429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("counts parallel requests exactly: one atomic upsert each", async () => {
    const actor = await createTestUser(database.prisma, { organisation: "BZ", role: "READER", emailPrefix: "api" });
    const { token, tokenId } = await createApiToken({
      actor,
      input: { name: "x", expiry: "30", expiresOn: undefined },
    });
    await Promise.all(Array.from({ length: 12 }, () => call(getEvaluations, "/evaluations", { token })));
    const windows = await database.prisma.apiRateWindow.findMany({ where: { tokenId } });
    expect(windows.reduce((sum, window) => sum + window.count, 0)).toBe(12);
  });
});

describe("API reads", () => {
  it("answers every read in the documented shape", async () => {
    const token = await tokenFor(
      await createTestUser(database.prisma, { organisation: "ADSB", role: "READER", emailPrefix: "api" }),
    );
    const evaluations = await expectShape(
      await call(getEvaluations, "/evaluations", { token }),
      S.EvaluationListSchema,
    );
    expect(evaluations.items.length).toBeGreaterThan(0);
    const recommendations = await expectShape(
      await call(getRecommendations, "/recommendations", { token }),
      S.RecommendationListSchema,
    );
    const recommendationId = recommendations.items[0]!.id;
    const recommendation = await expectShape(
      await call(getRecommendation, `/recommendations/${recommendationId}`, {
        token,
        params: { id: recommendationId },
      }),
      S.RecommendationSchema,
    );
    expect(recommendation.id).toBe(recommendationId);
    const actions = await expectShape(
      await call(getActions, "/actions?organisatie=ADSB&status=IN_PROGRESS&status=DELAYED", { token }),
      S.ActionListSchema,
    );
    expect(actions.items.length).toBeGreaterThan(0);
    expect(
      actions.items.every(
        (action) => action.organisation.code === "ADSB" && ["IN_PROGRESS", "DELAYED"].includes(action.status),
      ),
    ).toBe(true);
    const actionId = actions.items[0]!.id;
    const action = await expectShape(
      await call(getAction, `/actions/${actionId}`, { token, params: { id: actionId } }),
      S.ActionSchema,
    );
    expect(action.nextStatuses).toEqual([]);
    await expectShape(await call(getCommitments, "/commitments", { token }), S.CommitmentListSchema);
    await expectShape(await call(getLetters, "/letters", { token }), S.LetterListSchema);
    const indicators = await expectShape(await call(getIndicators, "/indicators", { token }), S.IndicatorListSchema);
    expect(indicators.items.length).toBeGreaterThan(0);
  });

  it("pages the actions as the list does, and a bad filter value falls back as in the list", async () => {
    const token = await tokenFor(
      await createTestUser(database.prisma, { organisation: "FIN", role: "READER", emailPrefix: "api" }),
    );
    const all = await expectShape(
      await call(getActions, "/actions?status=NONSENSE&pagina=abc", { token }),
      S.ActionListSchema,
    );
    expect(all.page).toBe(1);
    expect(all.items.length).toBe(Math.min(all.total, 50));
  });

  it("shows a concept letter only to the coordinator, as the read rule says", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "DRAFT", title: "API-concept" });
    const ids = async (role: Role) =>
      (
        await expectShape(
          await call(getLetters, "/letters", {
            token: await tokenFor(
              await createTestUser(database.prisma, { organisation: "FIN", role: role, emailPrefix: "api" }),
            ),
          }),
          S.LetterListSchema,
        )
      ).items.map((item) => item.id);
    expect(await ids("COORDINATOR")).toContain(letterId);
    expect(await ids("READER")).not.toContain(letterId);
    expect(await ids("CONTRIBUTOR")).not.toContain(letterId);
  });

  it("answers 404 for an unknown or malformed id and an unknown route", async () => {
    const token = await tokenFor(
      await createTestUser(database.prisma, { organisation: "FIN", role: "READER", emailPrefix: "api" }),
    );
    await expectProblem(await call(getAction, "/actions/onbekend", { token, params: { id: "onbekend" } }), 404);
    await expectProblem(
      await call(getRecommendation, "/recommendations/x%00", { token, params: { id: "x\u0000" } }),
      404,
    );
    await expectProblem(await unknownRoute(), 404);
  });
});

describe("API writes", () => {
  it("adds progress as the form does: 201, the new version, the journal and the audit event by the token's user", async () => {
    const actor = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "CONTRIBUTOR",
      emailPrefix: "api",
    });
    const token = await tokenFor(actor);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const response = await postJson(postProgress, action.id, token, {
      version: 1,
      text: "Via de API.",
      status: "IN_PROGRESS",
      percentDone: 20,
    });
    const body = await expectShape(response, S.RecordedProgressSchema);
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ status: "IN_PROGRESS", percentDone: 20, version: 2 });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "ActionItem", entityId: action.id },
    });
    expect(events.map((event) => event.actorId)).toEqual(events.map(() => actor.id));
    expect(events.length).toBeGreaterThan(0);
  });

  it("changes the status through the transition table, with the version", async () => {
    const token = await tokenFor(
      await createTestUser(database.prisma, { organisation: "ADSB", role: "COORDINATOR", emailPrefix: "api" }),
    );
    const action = await createTestActionItem(database.prisma, { organisation: "FIN" });
    const response = await postJson(postStatus, action.id, token, { version: 1, status: "IN_PROGRESS" });
    expect((await expectShape(response, S.RecordedProgressSchema)).status).toBe("IN_PROGRESS");
    // Not a transition of the table (Niet gestart is behind it now): 422, not a 500.
    await expectProblem(await postJson(postStatus, action.id, token, { version: 2, status: "NOT_STARTED" }), 422);
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const actor = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "CONTRIBUTOR",
      emailPrefix: "api",
    });
    const token = await tokenFor(actor);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await postJson(postProgress, action.id, token, { version: 1, text: "Eerst." });
    const eventsBefore = await database.prisma.auditEvent.count({ where: { entityId: action.id } });
    const before = await database.prisma.actionItem.findUniqueOrThrow({
      where: { id: action.id },
      include: { _count: { select: { progressUpdates: true } } },
    });
    const problem = await expectProblem(
      await postJson(postProgress, action.id, token, { version: 1, text: "Te laat.", status: "DELAYED" }),
      409,
    );
    expect(problem).toMatchObject({ conflict: { changedBy: actor.name } });
    const statusProblem = await postJson(postStatus, action.id, token, { version: 1, status: "DELAYED" });
    await expectProblem(statusProblem, 409);
    const after = await database.prisma.actionItem.findUniqueOrThrow({
      where: { id: action.id },
      include: { _count: { select: { progressUpdates: true } } },
    });
    expect(after).toEqual(before);
    expect(await database.prisma.auditEvent.count({ where: { entityId: action.id } })).toBe(eventsBefore);
  });

  it("never does more than its user: another organisation's action, or after the user's role changed, is 403 and audited", async () => {
    const actor = await createTestUser(database.prisma, {
      organisation: "ADSB",
      role: "CONTRIBUTOR",
      emailPrefix: "api",
    });
    const token = await tokenFor(actor);
    const other = await createTestActionItem(database.prisma, { organisation: "FIN" });
    const refusals = () =>
      database.prisma.auditEvent.count({ where: { actorId: actor.id, kind: "PERMISSION_REFUSED" } });
    const before = await refusals();
    const body = await expectProblem(
      await postJson(postProgress, other.id, token, { version: 1, text: "Niet van mij." }),
      403,
    );
    expect(body.detail).toBe("U heeft geen toestemming voor deze handeling.");
    expect(await refusals()).toBe(before + 1);

    const own = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await database.prisma.user.update({ where: { id: actor.id }, data: { role: "READER" } });
    await expectProblem(await postJson(postProgress, own.id, token, { version: 1, text: "Nu Lezer." }), 403);
    expect((await database.prisma.actionItem.findUniqueOrThrow({ where: { id: own.id } })).version).toBe(1);
  });

  it("answers bad input with its 4xx, never a 500, and changes nothing", async () => {
    const token = await tokenFor(
      await createTestUser(database.prisma, { organisation: "ADSB", role: "COORDINATOR", emailPrefix: "api" }),
    );
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const post = (body: BodyInit, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
      call(postProgress, `/actions/${action.id}/progress`, {
        token,
        method: "POST",
        body,
        headers,
        params: { id: action.id },
      });

    expect((await expectProblem(await post("{ version: 1", undefined), 400)).title).toBe("Ongeldige JSON");
    await expectProblem(await post(""), 400);
    await expectProblem(await post(new Uint8Array([0x7b, 0xff, 0x7d])), 400);
    await expectProblem(await post(JSON.stringify({ version: 1, text: "x" }), { "Content-Type": "text/plain" }), 415);
    await expectProblem(
      await post(JSON.stringify({ version: 1, text: "x" }), { "Content-Type": "application/x-www-form-urlencoded" }),
      415,
    );
    await expectProblem(await post(JSON.stringify({ version: 1, text: "x" }), {}), 415);
    await expectProblem(await post(JSON.stringify({ version: 1, text: "x".repeat(API_BODY_LIMIT_BYTES) })), 413);
    // Without a Content-Length: the stream is cut off at the limit.
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk);
      },
    });
    await expectProblem(await post(endless as unknown as BodyInit), 413);

    const invalid = await expectProblem(
      await post(JSON.stringify({ version: "oud", text: "", percentDone: 140, status: "KLAAR" })),
      422,
    );
    expect(invalid.errors?.map((error) => error.field).sort()).toEqual(["percentDone", "status", "text", "version"]);
    await expectProblem(await post(JSON.stringify([1, 2])), 422);
    await expectProblem(await post("null"), 422);
    const controlled = await expectProblem(await post(JSON.stringify({ version: 1, text: "nul\u0000teken" })), 422);
    expect(controlled.errors).toEqual([{ field: "text", message: expect.stringContaining("stuurtekens") }]);
    // 50,000 nested arrays (100 kB): refused on their depth, where a recursive walk overflowed the stack.
    const deep = await expectProblem(await post("[".repeat(50_000) + "]".repeat(50_000)), 400);
    expect(deep.detail).toMatch(/^De JSON is te diep genest/);

    expect((await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(1);
    expect(await database.prisma.progressUpdate.count({ where: { actionItemId: action.id } })).toBe(0);
  });
});
