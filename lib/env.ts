// The one place that reads process.env: every setting is parsed and checked here.
// Parsed lazily, on first use, so that `next build` needs no database or secret.
import { z } from "zod";
import { isLocalDatabaseUrl } from "@/lib/local-database-url";

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "gebruik de vorm JJJJ-MM-DD")
  // Date.parse rolls some impossible dates over (2023-02-30 becomes 2 March): a date exists
  // only when it survives the round trip unchanged.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "deze datum bestaat niet (let op maand 01–12 en het aantal dagen in de maand)");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "ontbreekt; geef de PostgreSQL-URL op (npm run dev start zonder DATABASE_URL een ingebouwde database)" })
      .url("moet een URL zijn, bijvoorbeeld postgresql://user:pass@host:5432/opvolging")
      .refine((value) => /^postgres(ql)?:\/\//.test(value), "moet met postgresql:// beginnen"),
    AUTH_SECRET: z
      .string({ error: "ontbreekt; maak er een met bijvoorbeeld: openssl rand -base64 32" })
      .min(32, "moet minstens 32 tekens lang zijn"),
    APP_TODAY: calendarDate.optional(),
    OIDC_ISSUER: z.string().url("moet een URL zijn, bijvoorbeeld https://login.example.nl/realms/rijk").optional(),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: optionalText,
    // Public URL of the app (Auth.js reads it too); must be https outside a local demo.
    AUTH_URL: z.string().url("moet een URL zijn, bijvoorbeeld https://opvolging.example.nl").optional(),
    // How many reverse proxies in front of the app may be believed about the client's
    // address (X-Forwarded-For). See clientAddressFrom in lib/auth/client-address.ts.
    TRUST_PROXY: z
      .string()
      .trim()
      .optional()
      .transform((value, context) => {
        if (value === undefined || value === "" || value === "false" || value === "0") return 0;
        if (value === "true") return 1;
        if (/^[1-9]$/.test(value)) return Number(value);
        context.addIssue({ code: "custom", message: "gebruik 0 of false (geen proxy), true of 1 (één proxy), of het aantal proxy's (2–9)" });
        return z.NEVER;
      }),
  })
  .refine(
    (env) => {
      const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
      return set === 0 || set === 3;
    },
    { message: "zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie, of geen ervan", path: ["OIDC_ISSUER"] },
  )
  .refine((env) => !productionGuardsApply(env) || env.AUTH_URL?.startsWith("https://"), {
    message: "moet in productie een https-adres zijn, bijvoorbeeld https://opvolging.example.nl",
    path: ["AUTH_URL"],
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "omgeving"}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The pinned "today", read without requiring the rest of the configuration. */
export function getPinnedToday(): string | undefined {
  const value = process.env.APP_TODAY;
  if (!value) return undefined;
  const parsed = calendarDate.safeParse(value);
  if (!parsed.success) throw new Error(`Ongeldige configuratie: APP_TODAY: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function isOidcConfigured(env: Env = getEnv()): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

/**
 * The production guards (AUTH_URL https, Secure cookies, no sign-in for demo accounts) hold
 * whenever NODE_ENV is production, except for a local demo: "today" pinned (APP_TODAY, shown
 * as the demo banner) and the database on a loopback address. A real deployment, with a
 * managed database on another host, can never fall under the exception.
 * See docs/decisions/004-production-guards-and-local-demo.md.
 */
export function productionGuardsApply(env: { NODE_ENV?: string; APP_TODAY?: string; DATABASE_URL: string }): boolean {
  if (env.NODE_ENV !== "production") return false;
  const localDemo = env.APP_TODAY !== undefined && isLocalDatabaseUrl(env.DATABASE_URL);
  return !localDemo;
}
