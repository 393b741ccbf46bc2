// The one place tests make data of their own: users, recommendations (each in a fresh
// evaluation), actions and letters, with plain defaults that a test overrides where the
// value matters to it. Organisations come from the seed (FIN, BZ, ADSB).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus, CabinetResponse, Role } from "@/lib/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { fromCalendarDate } from "@/lib/calendar-date";
import { insertLetterDraft } from "./letter-fixture.ts";

export type OrganisationCode = "FIN" | "BZ" | "ADSB";

async function organisationId(prisma: PrismaClient, code: OrganisationCode): Promise<string> {
  return (await prisma.organisation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

/** A user of their own (a fresh e-mail address), as the actor domain functions expect. */
export async function createTestUser(
  prisma: PrismaClient,
  options: { organisation: OrganisationCode; role?: Role; name?: string; emailPrefix?: string; passwordHash?: string },
): Promise<Actor> {
  const user = await prisma.user.create({
    data: {
      email: `${options.emailPrefix ?? "test"}-${randomUUID()}@test.opvolging.nl`,
      name: options.name ?? `Test ${options.role ?? "READER"} ${options.organisation}`,
      role: options.role ?? "READER",
      organisationId: await organisationId(prisma, options.organisation),
      passwordHash: options.passwordHash,
    },
    include: { organisation: true },
  });
  return toActor(user);
}

/** A recommendation of its own: number 1 (or `number`) of a fresh evaluation. */
export async function createTestRecommendation(
  prisma: PrismaClient,
  options: {
    organisation?: OrganisationCode;
    number?: number;
    title?: string;
    text?: string;
    theme?: string;
    cabinetResponse?: CabinetResponse;
    data?: Partial<Prisma.RecommendationUncheckedCreateInput>;
  } = {},
) {
  const evaluation = await prisma.evaluation.create({
    data: { title: `Evaluatie ${randomUUID()}`, periodEvaluated: "2023", evaluator: "Test", source: "Test" },
  });
  return prisma.recommendation.create({
    data: {
      evaluationId: evaluation.id,
      number: options.number ?? 1,
      title: options.title ?? "Testaanbeveling",
      text: options.text ?? "Tekst",
      theme: options.theme ?? "Thema",
      cabinetResponse: options.cabinetResponse ?? "ADOPTED",
      leadOrganisationId: await organisationId(prisma, options.organisation ?? "FIN"),
      ...options.data,
    },
  });
}

/**
 * An action of its own, under the seed's first recommendation unless one is given, due
 * 30 June 2023. Dates are calendar dates ("YYYY-MM-DD").
 */
export async function createTestActionItem(
  prisma: PrismaClient,
  options: {
    organisation?: OrganisationCode;
    organisationId?: string;
    recommendationId?: string;
    title?: string;
    description?: string;
    status?: ActionStatus;
    startDate?: string;
    dueDate?: string;
    contactUserId?: string;
    /** The owner organisation's first active user (by e-mail address) as contact person. */
    withContact?: boolean;
    data?: Partial<Prisma.ActionItemUncheckedCreateInput>;
  } = {},
) {
  const ownerOrganisationId = options.organisationId ?? (await organisationId(prisma, options.organisation ?? "ADSB"));
  const contactUserId =
    options.contactUserId ??
    (options.withContact
      ? (
          await prisma.user.findFirstOrThrow({
            where: { organisationId: ownerOrganisationId, active: true },
            orderBy: { email: "asc" },
            select: { id: true },
          })
        ).id
      : undefined);
  const recommendationId =
    options.recommendationId ??
    (await prisma.recommendation.findFirstOrThrow({ orderBy: { number: "asc" }, select: { id: true } })).id;
  return prisma.actionItem.create({
    data: {
      recommendationId,
      title: options.title ?? "Testactie",
      description: options.description ?? "Voor de test",
      ownerOrganisationId,
      contactUserId,
      startDate: options.startDate ? fromCalendarDate(options.startDate) : null,
      dueDate: fromCalendarDate(options.dueDate ?? "2023-06-30"),
      status: options.status ?? "NOT_STARTED",
      ...options.data,
    },
  });
}

/** A Kamerbrief with one generated version and its snapshot (see letter-fixture.ts); its id. */
export async function createTestLetter(
  prisma: PrismaClient,
  options: Parameters<typeof insertLetterDraft>[1] = {},
): Promise<string> {
  return (await insertLetterDraft(prisma, options)).letterId;
}
