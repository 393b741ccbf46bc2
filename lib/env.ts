// The one place that reads process.env: every setting is parsed and checked here.
// Parsed lazily, on first use, so that `next build` needs no database or secret.
import { z } from "zod";

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
  })
  .refine(
    (env) => {
      const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
      return set === 0 || set === 3;
    },
    { message: "zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie, of geen ervan", path: ["OIDC_ISSUER"] },
  );

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
