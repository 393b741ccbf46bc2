// One page of the recommendations list: at most RECOMMENDATIONS_PER_PAGE rows, still grouped
// by evaluation. The work of a long list is in rendering it, not in reading it (the bench:
// 172 recommendations were 708 kB of HTML and RSC data per view), so the list is read whole
// and shown a page at a time. Evaluations without recommendations stay on the first page,
// so that a Coördinator sees where to add the first one.
import { pageWindow } from "@/lib/validation/pagination";

export const RECOMMENDATIONS_PER_PAGE = 50;

type Group<T> = { recommendations: T[] };

export type GroupsPage<G> = { groups: G[]; page: number; pageCount: number; total: number; from: number; to: number };

export function pageOfGroups<T, G extends Group<T>>(
  groups: readonly G[],
  requestedPage: number,
  pageSize = RECOMMENDATIONS_PER_PAGE,
): GroupsPage<G> {
  const total = groups.reduce((sum, group) => sum + group.recommendations.length, 0);
  const { page, pageCount, skip, take } = pageWindow(requestedPage, total, pageSize);
  const shown: G[] = [];
  let offset = 0;
  for (const group of groups) {
    const start = Math.max(skip - offset, 0);
    const end = Math.min(skip + take - offset, group.recommendations.length);
    if (group.recommendations.length === 0 ? page === 1 : start < end) {
      shown.push({ ...group, recommendations: group.recommendations.slice(start, end) });
    }
    offset += group.recommendations.length;
  }
  return { groups: shown, page, pageCount, total, from: total === 0 ? 0 : skip + 1, to: Math.min(skip + take, total) };
}
