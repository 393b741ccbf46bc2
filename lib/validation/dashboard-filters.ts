// The dashboard's filters, read from the URL (a GET form): ?organisatie=ADSB&evaluatie=<id>.
// A value that does not parse falls back to "all", so a shared link never ends on an error.
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";

export type DashboardFilters = {
  organisationCode?: string;
  evaluationId?: string;
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const DashboardFiltersSchema = z.object({
  organisatie: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9]{1,16}$/)
      .transform((code) => code.toUpperCase()),
  ),
  evaluatie: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
});

export function parseDashboardFilters(
  searchParams: Record<string, string | readonly string[] | undefined>,
): DashboardFilters {
  const parsed = DashboardFiltersSchema.parse(searchParams);
  return { organisationCode: parsed.organisatie, evaluationId: parsed.evaluatie };
}

/** The /acties parameters that narrow the list the same way as these dashboard filters. */
export function actionListHrefFor(
  filters: DashboardFilters,
  extra: readonly (readonly [string, string])[] = [],
): string {
  const params = new URLSearchParams();
  if (filters.evaluationId) params.set("evaluatie", filters.evaluationId);
  if (filters.organisationCode) params.set("organisatie", filters.organisationCode);
  for (const [key, value] of extra) params.append(key, value);
  const query = params.toString();
  return query ? `/acties?${query}` : "/acties";
}

/** GET /dashboard.xlsx under the same filters as the page. */
export function dashboardExportHref(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  if (filters.organisationCode) params.set("organisatie", filters.organisationCode);
  if (filters.evaluationId) params.set("evaluatie", filters.evaluationId);
  const query = params.toString();
  return query ? `/dashboard.xlsx?${query}` : "/dashboard.xlsx";
}
