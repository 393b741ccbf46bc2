// What the Coördinator's commitment forms choose from: the registered parliamentary
// documents (newest first) and the recommendations grouped by evaluation.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { documentLabel } from "@/lib/parliamentary-documents/register-parliamentary-document";
import { formatCalendarDate } from "@/lib/clock";

export type CommitmentFormOptions = {
  documents: { value: string; label: string }[];
  evaluations: { id: string; title: string; recommendations: { id: string; label: string }[] }[];
};

export async function getCommitmentFormOptions({ actor }: { actor: Actor }): Promise<CommitmentFormOptions> {
  assertCan(actor, "commitments:manage");
  const [documents, evaluations] = await Promise.all([
    db().parliamentaryDocument.findMany({
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: 500,
      select: { id: true, dossier: true, number: true, title: true, date: true },
    }),
    db().evaluation.findMany({
      orderBy: [{ title: "asc" }],
      select: {
        id: true,
        title: true,
        recommendations: { orderBy: { number: "asc" }, take: 500, select: { id: true, number: true, title: true } },
      },
    }),
  ]);
  return {
    documents: documents.map((document) => ({
      value: document.id,
      label: `${documentLabel(document)}${document.dossier ? ` — ${document.title}` : ""} (${formatCalendarDate(document.date)})`,
    })),
    evaluations: evaluations
      .filter((evaluation) => evaluation.recommendations.length > 0)
      .map((evaluation) => ({
        id: evaluation.id,
        title: evaluation.title,
        recommendations: evaluation.recommendations.map((recommendation) => ({
          id: recommendation.id,
          label: `${recommendation.number}. ${recommendation.title}`,
        })),
      })),
  };
}
