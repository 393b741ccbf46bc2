// Collects what a visitor would see in the browser's console: Content Security Policy
// violations, console errors, uncaught exceptions and failed requests (e.g. a missing
// favicon). Start it before the first navigation.
import type { Page } from "@playwright/test";

export type BrowserProblems = {
  /** Everything seen so far, except failed requests to the given URLs (an expected 404 page). */
  list(options?: { expectedFailures?: RegExp }): string[];
};

export async function watchBrowserProblems(page: Page): Promise<BrowserProblems> {
  const problems: { text: string; url?: string }[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push({ text: `CSP: ${text}` }));
  // Init scripts run through the DevTools protocol, outside the page's own CSP.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push({ text: `console.${message.type()}: ${message.text()}`, url: message.location().url });
  });
  page.on("pageerror", (error) => problems.push({ text: `uncaught: ${error.message}` }));
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push({ text: `HTTP ${response.status()} ${response.url()}`, url: response.url() });
  });
  page.on("requestfailed", (request) => {
    // A request cut off because the page navigated on (Next's prefetches, a form post followed
    // by a redirect): nothing a visitor sees. A missing or refused file fails otherwise.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push({ text: `failed: ${request.url()} ${request.failure()?.errorText}`, url: request.url() });
  });

  return {
    list: ({ expectedFailures } = {}) =>
      problems
        .filter(
          ({ text, url }) =>
            !(expectedFailures && url && expectedFailures.test(url) && /HTTP \d+|status of \d+/.test(text)),
        )
        .map(({ text }) => text),
  };
}
