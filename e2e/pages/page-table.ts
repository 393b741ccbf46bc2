// Every page of the app, with what each role gets there: the one table the page walks check
// against (e2e/every-page.spec.ts: status codes; e2e/every-page-look.spec.ts: axe, console,
// width). The list of pages itself is read from app/ (every page.tsx), so a new page
// without a row here fails the walk.
import { readdirSync } from "node:fs";
import path from "node:path";

export type Visitor = "COORDINATOR" | "CONTRIBUTOR" | "READER" | "ADMIN" | "anonymous";
export const VISITORS: readonly Visitor[] = ["COORDINATOR", "CONTRIBUTOR", "READER", "ADMIN", "anonymous"];

/** What a visitor gets: a status code, or the redirect to the sign-in page ("inloggen") or the dashboard ("/"). */
export type Outcome = 200 | 403 | 404 | "inloggen" | "dashboard";

/** The records the sample addresses point at (e2e/pages/page-fixtures.ts makes them). */
export type PageIds = {
  recommendation: string;
  action: string;
  commitment: string;
  letter: string;
  user: string;
  /** A finished import, started by the demo Coördinator. */
  importJob: string;
};

type Row = {
  /** A concrete address of the page. */
  path: (ids: PageIds) => string;
  /** Per visitor; the signed-in roles are the Bijdrager of ADSB, the Lezer of BZ, the demo Coördinator and Beheerder. */
  outcome: Record<Visitor, Outcome>;
  /** For an unknown or malformed id, where it differs from "404 where the page is open, else the refusal". */
  unknownId?: Record<Visitor, Outcome>;
};

const EVERYONE_SIGNED_IN: Record<Visitor, Outcome> = {
  COORDINATOR: 200,
  CONTRIBUTOR: 200,
  READER: 200,
  ADMIN: 200,
  anonymous: "inloggen",
};
const ONLY = (...allowed: Visitor[]): Record<Visitor, Outcome> => ({
  COORDINATOR: allowed.includes("COORDINATOR") ? 200 : 403,
  CONTRIBUTOR: allowed.includes("CONTRIBUTOR") ? 200 : 403,
  READER: allowed.includes("READER") ? 200 : 403,
  ADMIN: allowed.includes("ADMIN") ? 200 : 403,
  anonymous: "inloggen",
});
const PUBLIC: Record<Visitor, Outcome> = {
  COORDINATOR: 200,
  CONTRIBUTOR: 200,
  READER: 200,
  ADMIN: 200,
  anonymous: 200,
};

/** Keyed by the route as app/ spells it, without route groups. */
export const PAGE_TABLE: Record<string, Row> = {
  "/": { path: () => "/", outcome: EVERYONE_SIGNED_IN },
  "/inloggen": {
    path: () => "/inloggen",
    outcome: {
      COORDINATOR: "dashboard",
      CONTRIBUTOR: "dashboard",
      READER: "dashboard",
      ADMIN: "dashboard",
      anonymous: 200,
    },
  },
  // The second step of signing in (REQUIRE_SECOND_FACTOR, off here): a complete session goes on.
  "/inloggen/tweede-stap": {
    path: () => "/inloggen/tweede-stap",
    outcome: {
      COORDINATOR: "dashboard",
      CONTRIBUTOR: "dashboard",
      READER: "dashboard",
      ADMIN: "dashboard",
      anonymous: "inloggen",
    },
  },
  "/toegankelijkheid": { path: () => "/toegankelijkheid", outcome: PUBLIC },
  // The pages of the one-time links and the reset request: for people who cannot sign in (yet).
  // A token nobody has gets the page's own "Link werkt niet" (200), the same answer as for a
  // used, expired or revoked link.
  "/account/activeren/[token]": { path: () => `/account/activeren/${"A".repeat(43)}`, outcome: PUBLIC },
  "/account/herstellen/[token]": { path: () => `/account/herstellen/${"A".repeat(43)}`, outcome: PUBLIC },
  "/account/wachtwoord-vergeten": { path: () => "/account/wachtwoord-vergeten", outcome: PUBLIC },
  "/aanbevelingen": { path: () => "/aanbevelingen", outcome: EVERYONE_SIGNED_IN },
  "/aanbevelingen/[id]": { path: (ids) => `/aanbevelingen/${ids.recommendation}`, outcome: EVERYONE_SIGNED_IN },
  "/aanbevelingen/[id]/bewerken": {
    path: (ids) => `/aanbevelingen/${ids.recommendation}/bewerken`,
    outcome: ONLY("COORDINATOR"),
  },
  "/aanbevelingen/nieuw": { path: () => "/aanbevelingen/nieuw", outcome: ONLY("COORDINATOR") },
  "/aanbevelingen/evaluaties/nieuw": { path: () => "/aanbevelingen/evaluaties/nieuw", outcome: ONLY("COORDINATOR") },
  "/mijn-werk": { path: () => "/mijn-werk", outcome: EVERYONE_SIGNED_IN },
  "/meldingen": { path: () => "/meldingen", outcome: EVERYONE_SIGNED_IN },
  "/acties": { path: () => "/acties", outcome: EVERYONE_SIGNED_IN },
  "/acties/[id]": { path: (ids) => `/acties/${ids.action}`, outcome: EVERYONE_SIGNED_IN },
  "/acties/[id]/bewerken": { path: (ids) => `/acties/${ids.action}/bewerken`, outcome: ONLY("COORDINATOR") },
  "/acties/nieuw": { path: () => "/acties/nieuw", outcome: ONLY("COORDINATOR") },
  "/acties/deadlineverzoeken": { path: () => "/acties/deadlineverzoeken", outcome: EVERYONE_SIGNED_IN },
  "/acties/weergaven": { path: () => "/acties/weergaven", outcome: EVERYONE_SIGNED_IN },
  "/acties/toewijzen": { path: (ids) => `/acties/toewijzen?actie=${ids.action}:1`, outcome: ONLY("COORDINATOR") },
  "/toezeggingen": { path: () => "/toezeggingen", outcome: EVERYONE_SIGNED_IN },
  "/toezeggingen/[id]": { path: (ids) => `/toezeggingen/${ids.commitment}`, outcome: EVERYONE_SIGNED_IN },
  "/toezeggingen/[id]/bewerken": {
    path: (ids) => `/toezeggingen/${ids.commitment}/bewerken`,
    outcome: ONLY("COORDINATOR"),
  },
  "/toezeggingen/nieuw": { path: () => "/toezeggingen/nieuw", outcome: ONLY("COORDINATOR") },
  "/rapportages": { path: () => "/rapportages", outcome: EVERYONE_SIGNED_IN },
  "/rapportages/oeso": { path: () => "/rapportages/oeso", outcome: EVERYONE_SIGNED_IN },
  "/rapportages/[id]": { path: (ids) => `/rapportages/${ids.letter}`, outcome: EVERYONE_SIGNED_IN },
  "/rapportages/[id]/versies": { path: (ids) => `/rapportages/${ids.letter}/versies`, outcome: EVERYONE_SIGNED_IN },
  "/rapportages/[id]/wijzigingen": {
    path: (ids) => `/rapportages/${ids.letter}/wijzigingen`,
    outcome: EVERYONE_SIGNED_IN,
  },
  "/kengetallen": { path: () => "/kengetallen", outcome: EVERYONE_SIGNED_IN },
  "/logboek": { path: () => "/logboek", outcome: ONLY("COORDINATOR", "ADMIN") },
  "/profiel": { path: () => "/profiel", outcome: EVERYONE_SIGNED_IN },
  "/api": { path: () => "/api", outcome: EVERYONE_SIGNED_IN },
  "/beheer/back-up": { path: () => "/beheer/back-up", outcome: ONLY("ADMIN") },
  "/beheer/import": { path: () => "/beheer/import", outcome: ONLY("COORDINATOR") },
  // Only the one who started the import, or a Coördinator: every signed-in person may have
  // imports of their own, so an unknown id is simply not found.
  "/beheer/import/taak/[id]": {
    path: (ids) => `/beheer/import/taak/${ids.importJob}`,
    outcome: ONLY("COORDINATOR"),
    unknownId: { ...EVERYONE_SIGNED_IN, COORDINATOR: 404, CONTRIBUTOR: 404, READER: 404, ADMIN: 404 },
  },
  "/beheer/gebruikers": { path: () => "/beheer/gebruikers", outcome: ONLY("ADMIN") },
  "/beheer/gebruikers/[id]": { path: (ids) => `/beheer/gebruikers/${ids.user}`, outcome: ONLY("ADMIN") },
  "/beheer/gebruikers/nieuw": { path: () => "/beheer/gebruikers/nieuw", outcome: ONLY("ADMIN") },
};

/** An id no record has, and one no record could have (too long, odd characters). */
export const UNKNOWN_IDS = ["c0000000000000000000000000", "%20geen'id%3Cb%3E".padEnd(200, "x")];

/** Every page.tsx under app/, as its route: route groups left out, e.g. "/acties/[id]". */
export function routesInApp(appDirectory = path.join(process.cwd(), "app")): string[] {
  const routes: string[] = [];
  const walk = (directory: string, segments: string[]) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const inRoute = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
        walk(path.join(directory, entry.name), inRoute);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDirectory, []);
  return routes.sort();
}
