// The page number of a paginated list, from the URL's `pagina`. Anything that is not a
// whole number from 1 up (a typo, a hand-edited link) shows the first page, not an error.
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";

export const PageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Which rows one page of a list shows, and how many pages there are. A page past the end shows the last. */
export function pageWindow(requested: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
