// Rows for the JSON API (/api/v1) and the API token forms on /profiel. Each API row makes a
// fresh token for the matrix's actor and calls the route handler with it, as another system
// would: the token acts with the user's role and organisation, so the expectation per role ×
// organisation is the permission table's, as for the UI's server actions. A refused API call
// is a 403 (classified "refused" by the matrix); a refused change leaves PERMISSION_REFUSED.
import { idle } from "@/lib/actions/action-result";
import { newApiTokenSecret } from "@/lib/api-tokens/api-token-secret";
import type { PrismaClient } from "@/lib/db-client";
import type { MatrixContext, MatrixRow, MatrixRows } from "./matrix";

/** A valid token of the user, written directly: the matrix's actors hold more tokens than the form allows. */
async function insertToken(prisma: PrismaClient, userId: string): Promise<{ id: string; token: string }> {
  const { token, tokenHash, prefix } = newApiTokenSecret();
  const row = await prisma.apiToken.create({
    data: { userId, name: "Matrix", tokenHash, prefix, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { id: row.id, token };
}

async function bearer(ctx: MatrixContext): Promise<string> {
  return `Bearer ${(await insertToken(ctx.prisma, ctx.actor.id)).token}`;
}

async function get(ctx: MatrixContext, path: string, params: Record<string, string> = {}): Promise<unknown[]> {
  const request = new Request(`http://localhost/api/v1${path}`, { headers: { Authorization: await bearer(ctx) } });
  return [request, { params: Promise.resolve(params) }];
}

async function post(
  ctx: MatrixContext,
  path: string,
  params: Record<string, string>,
  body: unknown,
): Promise<unknown[]> {
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: "POST",
    headers: { Authorization: await bearer(ctx), "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return [request, { params: Promise.resolve(params) }];
}

async function actionOf(ctx: MatrixContext) {
  const recommendation = await ctx.prisma.recommendation.findFirstOrThrow();
  return ctx.prisma.actionItem.create({
    data: {
      recommendationId: recommendation.id,
      title: "Matrix API",
      description: "Matrix API",
      ownerOrganisationId: ctx.organisation.id,
      dueDate: new Date("2023-06-30"),
    },
  });
}

/** A read every role may do (recommendations:read, letters:read): allowed for all, refusals not audited. */
function read(
  target: string,
  prepare: MatrixRow["prepare"],
  permission: MatrixRow["permission"] = "recommendations:read",
): MatrixRow {
  return { target, permission, scoped: false, auditsRefusal: false, prepare };
}

export const matrix: MatrixRows = {
  exemptions: [
    {
      target: "app/api/v1/openapi.json/route.ts#GET",
      reason: "Het OpenAPI-document: beschrijft de API, bevat geen gegevens, op te halen zonder token.",
    },
    ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => ({
      target: `app/api/v1/[...path]/route.ts#${method}`,
      reason: "Onbekende API-route: altijd 404 (problem+json), zonder gegevens.",
    })),
  ],
  rows: [
    read("app/api/v1/evaluations/route.ts#GET", (ctx) => get(ctx, "/evaluations")),
    read("app/api/v1/recommendations/route.ts#GET", (ctx) => get(ctx, "/recommendations")),
    read("app/api/v1/recommendations/[id]/route.ts#GET", async (ctx) => {
      const recommendation = await ctx.prisma.recommendation.findFirstOrThrow();
      return get(ctx, `/recommendations/${recommendation.id}`, { id: recommendation.id });
    }),
    read("app/api/v1/actions/route.ts#GET", (ctx) => get(ctx, `/actions?organisatie=${ctx.organisation.code}`)),
    read("app/api/v1/actions/[id]/route.ts#GET", async (ctx) => {
      const action = await actionOf(ctx);
      return get(ctx, `/actions/${action.id}`, { id: action.id });
    }),
    read("app/api/v1/commitments/route.ts#GET", (ctx) => get(ctx, "/commitments")),
    read("app/api/v1/letters/route.ts#GET", (ctx) => get(ctx, "/letters"), "letters:read"),
    read("app/api/v1/indicators/route.ts#GET", (ctx) => get(ctx, "/indicators")),
    {
      target: "app/api/v1/actions/[id]/progress/route.ts#POST",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async (ctx) => {
        const action = await actionOf(ctx);
        return post(
          ctx,
          `/actions/${action.id}/progress`,
          { id: action.id },
          { version: 1, text: "Voortgang via de API (matrix)." },
        );
      },
    },
    {
      target: "app/api/v1/actions/[id]/status/route.ts#POST",
      permission: "actions:update",
      scoped: true,
      auditsRefusal: true,
      prepare: async (ctx) => {
        const action = await actionOf(ctx);
        return post(ctx, `/actions/${action.id}/status`, { id: action.id }, { version: 1, status: "IN_PROGRESS" });
      },
    },
    {
      // Every signed-in user makes tokens of their own (recommendations:read: every role).
      target: "app/(app)/profiel/api-token-actions.ts#createApiTokenAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => {
        // Room under the limit of valid tokens: the matrix's earlier rows made many.
        await prisma.apiToken.updateMany({
          where: { userId: actor.id, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        return [idle, form({ name: "Matrix", expiry: "30" })];
      },
    },
    {
      // Every signed-in user revokes their own tokens; another's is refused for every role (lib/api/api.test.ts).
      target: "app/(app)/profiel/api-token-actions.ts#revokeApiTokenAction",
      permission: "recommendations:read",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, actor, form }) => [idle, form({ tokenId: (await insertToken(prisma, actor.id)).id })],
    },
  ],
};
