// What the authorization matrix and the fuzzing tests call: every module under app/ that can
// hold a server action or a route handler, and the matrix's rows for them.
import type { MatrixRows } from "./matrix";

// Every module that can hold a server action or a route handler (actions.ts, or
// <area>-actions.ts beside it, e.g. the action page's evidence-actions.ts).
export const targets = import.meta.glob<Record<string, unknown>>([
  "/app/**/actions.ts",
  "/app/**/*-actions.ts",
  "/app/**/route.ts",
]);

const rowFiles = import.meta.glob<{ matrix: MatrixRows }>("./*.rows.ts", { eager: true });
export const rows = Object.values(rowFiles).flatMap((file) => file.matrix.rows ?? []);
export const exemptions = Object.values(rowFiles).flatMap((file) => file.matrix.exemptions ?? []);

/** The exported function a row's target names ("<file under app/>#<export>"). */
export async function loadTarget(target: string): Promise<(...args: unknown[]) => Promise<unknown>> {
  const [path, name] = target.split("#") as [string, string];
  const exports = await targets[`/${path}`]!();
  return exports[name] as (...args: unknown[]) => Promise<unknown>;
}

export { RedirectSignal } from "./request-stubs";

export function toFormData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
