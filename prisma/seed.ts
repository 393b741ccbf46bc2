// Seeds the case's data. Idempotent and never destructive: facts are matched on their
// stable `seedKey` (never on a title a user can edit), created when missing and never
// overwritten; the illustrative recommendations, actions and demo accounts are added once,
// to a database without recommendations, which then carries the demo marker.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import type { Prisma } from "../lib/generated/prisma/client.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { recordAuditEvent } from "../lib/audit/record-audit-event.ts";
import * as data from "./seed-data.ts";

type Tx = Prisma.TransactionClient;
export type SeedResult = { created: boolean; counts: Record<string, number> };

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

async function ensureDocument(tx: Tx, document: (typeof data.documents)[keyof typeof data.documents]) {
  return tx.parliamentaryDocument.upsert({
    where: { seedKey: document.seedKey },
    create: { ...document, date: day(document.date) },
    update: {},
  });
}

async function seedFacts(tx: Tx) {
  const organisations = new Map<string, string>();
  for (const organisation of data.organisations) {
    const row = await tx.organisation.upsert({ where: { code: organisation.code }, create: organisation, update: {} });
    organisations.set(row.code, row.id);
  }

  await ensureDocument(tx, data.documents.policyLetter2019);
  const evaluationLetter = await ensureDocument(tx, data.documents.evaluationLetter);
  const planOfAction = await ensureDocument(tx, data.documents.planOfAction);
  await ensureDocument(tx, data.documents.annualReport2022);
  await ensureDocument(tx, data.documents.oecdProgressLetter);
  await ensureDocument(tx, data.documents.oecdFollowUpLetter);

  const evaluation = await tx.evaluation.upsert({
    where: { seedKey: data.evaluation.seedKey },
    create: {
      ...data.evaluation,
      sentToParliamentOn: day(data.evaluation.sentToParliamentOn),
      documentId: evaluationLetter.id,
    },
    update: {},
  });
  const oecdEvaluation = await tx.evaluation.upsert({
    where: { seedKey: data.oecdEvaluation.seedKey },
    create: { ...data.oecdEvaluation, reportDate: day(data.oecdEvaluation.reportDate) },
    update: {},
  });

  const commitmentIds: string[] = [];
  for (const commitment of [data.commitments.planOfAction, data.commitments.implementationLetter]) {
    const isPlan = commitment === data.commitments.planOfAction;
    const row = await tx.commitment.upsert({
      where: { seedKey: commitment.seedKey },
      create: {
        ...commitment,
        dueDate: day(commitment.dueDate),
        origin: "PARLIAMENTARY_DOCUMENT",
        originDocumentId: isPlan ? evaluationLetter.id : planOfAction.id,
        fulfilledByDocumentId: isPlan ? planOfAction.id : null,
      },
      update: {},
    });
    commitmentIds.push(row.id);
  }

  for (const indicator of data.indicators) {
    const { values, ...fields } = indicator;
    const row = await tx.indicator.upsert({ where: { key: indicator.key }, create: fields, update: {} });
    for (const { year, value } of values) {
      await tx.indicatorValue.upsert({
        where: { indicatorId_year: { indicatorId: row.id, year } },
        create: { indicatorId: row.id, year, value, source: indicator.source },
        update: {},
      });
    }
  }

  return {
    organisations,
    evaluationId: evaluation.id,
    oecdEvaluationId: oecdEvaluation.id,
    implementationCommitmentId: commitmentIds[1]!,
  };
}

async function seedDemoUsers(tx: Tx, organisations: Map<string, string>, passwordHash: string) {
  const users = new Map<string, { id: string; organisation: string; role: string }>();
  for (const user of data.demoUsers) {
    const row = await tx.user.upsert({
      where: { email: user.email },
      create: {
        email: user.email,
        name: user.name,
        role: user.role,
        organisationId: organisations.get(user.organisation)!,
        passwordHash,
      },
      update: {},
    });
    users.set(user.name, { id: row.id, organisation: user.organisation, role: user.role });
  }
  return users;
}

/**
 * One evaluation's illustrative recommendations with their actions and journals; linked to
 * `commitmentId` when the commitment is about them (the ekv letter is; the OECD's are not).
 */
async function seedIllustrativeWork(
  tx: Tx,
  {
    organisations,
    evaluationId,
    commitmentId,
  }: { organisations: Map<string, string>; evaluationId: string; commitmentId: string | null },
  recommendations: typeof data.illustrativeRecommendations,
  users: Map<string, { id: string; organisation: string; role: string }>,
) {
  const contributorOf = (organisation: string) =>
    [...users.values()].find((user) => user.organisation === organisation && user.role === "CONTRIBUTOR")!.id;

  for (const recommendation of recommendations) {
    const { actions, lead, ...fields } = recommendation;
    const row = await tx.recommendation.create({
      data: { ...fields, evaluationId, leadOrganisationId: organisations.get(lead)!, isIllustrative: true },
    });
    if (commitmentId) await tx.commitmentRecommendation.create({ data: { commitmentId, recommendationId: row.id } });

    for (const [index, action] of actions.entries()) {
      const created = await tx.actionItem.create({
        data: {
          recommendationId: row.id,
          reference: `${row.number}.${index + 1}`,
          title: action.title,
          titleEn: action.titleEn ?? null,
          description: action.description,
          ownerOrganisationId: organisations.get(action.owner)!,
          contactUserId: users.get(action.contact)?.id ?? null,
          startDate: day(action.start),
          dueDate: day(action.due),
          status: action.status,
          percentDone: action.percent,
          cancelReason: action.cancelReason ?? null,
          completedOn: action.status === "DONE" ? day(action.updates.at(-1)?.on ?? action.due) : null,
          isIllustrative: true,
        },
      });
      let statusBefore: (typeof action.updates)[number]["status"] = "NOT_STARTED";
      for (const update of action.updates) {
        const authorId = users.get(action.contact)?.id ?? contributorOf(update.by);
        await tx.progressUpdate.create({
          data: {
            actionItemId: created.id,
            authorId,
            text: update.text,
            textEn: update.textEn ?? null,
            statusBefore,
            statusAfter: update.status,
            percentDone: update.percent,
            occurredOn: day(update.on),
            createdAt: new Date(`${update.on}T10:00:00.000Z`),
            isIllustrative: true,
          },
        });
        statusBefore = update.status;
      }
    }
  }
}

/**
 * Seeds the facts always, and with `demo` the demo accounts and illustrative work: once,
 * into a database without recommendations, which then carries the demo marker. Demo
 * accounts share a published password, so callers pass `demo` only for the embedded
 * database or one that already carries the marker (scripts/lib/demo-marker.ts).
 */
export async function seedDatabase(prisma: PrismaClient, { demo }: { demo: boolean }): Promise<SeedResult> {
  // Hash outside the transaction: it is deliberately slow.
  const passwordHash = demo ? await hashPassword(data.DEMO_PASSWORD) : "";

  const created = await prisma.$transaction(
    async (tx) => {
      const ids = await seedFacts(tx);
      if (!demo) return false;
      if ((await tx.demoMarker.count()) > 0 || (await tx.recommendation.count()) > 0) return false;
      const users = await seedDemoUsers(tx, ids.organisations, passwordHash);
      await seedIllustrativeWork(
        tx,
        {
          organisations: ids.organisations,
          evaluationId: ids.evaluationId,
          commitmentId: ids.implementationCommitmentId,
        },
        data.illustrativeRecommendations,
        users,
      );
      await seedIllustrativeWork(
        tx,
        { organisations: ids.organisations, evaluationId: ids.oecdEvaluationId, commitmentId: null },
        data.illustrativeOecdRecommendations,
        users,
      );
      await tx.demoMarker.create({ data: {} });
      await recordAuditEvent(tx, {
        actorId: null,
        entityType: "Database",
        entityId: "seed",
        kind: "SEED_DEMO",
        after: { demoUsers: data.demoUsers.length },
      });
      return true;
    },
    { timeout: 60_000 },
  );

  const counts = {
    organisations: await prisma.organisation.count(),
    users: await prisma.user.count(),
    evaluations: await prisma.evaluation.count(),
    recommendations: await prisma.recommendation.count(),
    actionItems: await prisma.actionItem.count(),
    progressUpdates: await prisma.progressUpdate.count(),
    commitments: await prisma.commitment.count(),
    documents: await prisma.parliamentaryDocument.count(),
  };
  return { created, counts };
}
