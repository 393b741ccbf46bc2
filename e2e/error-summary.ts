// The error summary above an invalid form (components/forms/error-summary.tsx): it has focus
// after the submit, and its link to a field moves focus to that field.
import { expect, type Locator, type Page } from "@playwright/test";

export function errorSummary(scope: Page | Locator): Locator {
  return scope.getByRole("alert", { name: "Er is een probleem" });
}

export async function expectErrorSummaryLeadsTo(scope: Page | Locator, message: string | RegExp, field: Locator) {
  const summary = errorSummary(scope);
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: message }).click();
  await expect(field).toBeFocused();
}
