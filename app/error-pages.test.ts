// The error boundaries rendered to HTML, as the server would send them: a Dutch message,
// the reference code, a way back, and nothing of the error itself. e2e/error-pages.spec.ts
// triggers the public one and the global one for real; the signed-in one (app/(app)/error.tsx)
// sits below the signed-in layout, which fails first when the database is down, so it is proven here.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import GlobalError from "./global-error";
import SignedInErrorPage from "./(app)/error";
import PublicErrorPage from "./(public)/error";

type Boundary = ComponentType<{ error: unknown; retry: () => void }>;

function serverError(): Error & { digest: string } {
  const error = new Error("connect ECONNREFUSED 10.0.0.5:5432 (gebruiker opvolging, wachtwoord geheim)") as Error & {
    digest: string;
  };
  error.digest = "2848699184";
  return error;
}

function render(boundary: Boundary, error: unknown): string {
  return renderToStaticMarkup(createElement(boundary, { error, retry: () => {} }));
}

const boundaries: [string, Boundary, string][] = [
  ["app/global-error.tsx", GlobalError, "/"],
  ["app/(app)/error.tsx", SignedInErrorPage, "/aanbevelingen"],
  ["app/(public)/error.tsx", PublicErrorPage, "/inloggen"],
];

describe.each(boundaries)("%s", (_name, boundary, backHref) => {
  it("shows a Dutch message, the reference code and a way back", () => {
    const html = render(boundary, serverError());
    expect(html).toContain('<h1 class="utrecht-heading-1">Er ging iets mis</h1>');
    expect(html).toContain("Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.");
    expect(html).toMatch(/Foutcode: <code[^>]*>2848699184<\/code>/);
    expect(html).toContain(`href="${backHref}"`);
    expect(html).toContain("Opnieuw proberen");
  });

  it("never shows the error's message or stack", () => {
    const error = serverError();
    const html = render(boundary, error);
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).not.toContain("geheim");
    expect(html).not.toContain(error.stack!.split("\n")[1]!.trim());
  });

  it("shows no code for an error without one (thrown in the browser), and no made-up one", () => {
    expect(render(boundary, new Error("kapot"))).not.toContain("Foutcode");
    expect(render(boundary, "een string")).not.toContain("Foutcode");
    const odd = Object.assign(new Error("x"), { digest: "<script>alert(1)</script>" });
    expect(render(boundary, odd)).not.toContain("Foutcode");
  });
});

describe("app/global-error.tsx", () => {
  it("renders its own Dutch document with the app's theme classes, so it has the app's font", () => {
    const html = render(GlobalError, serverError());
    expect(html).toMatch(
      /^<html lang="nl">.*<body class="voorbeeld-theme utrecht-document utrecht-document--surface">/,
    );
    expect(html).toContain("<title>Er ging iets mis — Opvolging</title>");
  });
});
