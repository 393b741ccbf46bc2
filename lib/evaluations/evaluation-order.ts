// The order evaluations are listed in, everywhere: the most recent first, by the day the
// report went to the Kamer or else its report date; evaluations without either last, in
// the order they were registered.
type Dated = { id: string; reportDate: Date | null; sentToParliamentOn: Date | null; createdAt: Date };

export function compareEvaluations(a: Dated, b: Dated): number {
  const dayOf = (evaluation: Dated) =>
    (evaluation.sentToParliamentOn ?? evaluation.reportDate)?.getTime() ?? Number.NEGATIVE_INFINITY;
  return dayOf(b) - dayOf(a) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}
