// The data an OECD Working Group on Bribery follow-up report is generated from, frozen at
// its peildatum like a Kamerbrief's (lib/letters/letter-snapshot.ts, decision 015): one
// evaluation, every recommendation of it with its English texts beside the Dutch, the rule or
// the coordinator's reason behind its status, and each action with its latest progress.
// Recommendations and actions extend the Kamerbrief's shapes, so "Wat is er veranderd"
// compares two of these with the same code.
import { z } from "zod";
import { isoDate, SnapshotActionSchema, SnapshotRecommendationSchema } from "@/lib/letters/letter-snapshot";

const OecdActionSchema = SnapshotActionSchema.extend({
  description: z.string(),
  titleEn: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  /** The newest progress update on or before the peildatum, with its English text if given. */
  latestProgress: z
    .object({ id: z.string(), date: isoDate, text: z.string(), textEn: z.string().nullable() })
    .nullable(),
});

const OecdRecommendationSchema = SnapshotRecommendationSchema.extend({
  titleEn: z.string().nullable(),
  textEn: z.string().nullable(),
  /** The coordinator's reason when the status was set by hand (statusOverridden). */
  statusOverrideReason: z.string().nullable(),
  actions: z.array(OecdActionSchema),
});

export const OecdSnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal("OECD_WGB"),
  peildatum: isoDate,
  evaluation: z.object({
    id: z.string(),
    title: z.string(),
    evaluator: z.string(),
    /** The day the Working Group adopted the evaluation (5 November 2020 for Phase 4). */
    reportDate: isoDate.nullable(),
  }),
  /** The newest sent report of this kind on the same evaluation: what "Wat is er veranderd" compares with. */
  previousReport: z.object({ letterDraftId: z.string(), sentOn: isoDate }).nullable(),
  /** Every recommendation of the evaluation, by number. */
  recommendations: z.array(OecdRecommendationSchema),
});

export type OecdSnapshot = z.infer<typeof OecdSnapshotSchema>;
export type OecdRecommendation = z.infer<typeof OecdRecommendationSchema>;
export type OecdAction = z.infer<typeof OecdActionSchema>;

export function isOecdSnapshotData(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { kind?: unknown }).kind === "OECD_WGB";
}

export function parseOecdSnapshot(data: unknown): OecdSnapshot {
  return OecdSnapshotSchema.parse(data);
}
