// The one place that reads process.env: every setting is parsed and checked here.
// Parsed lazily, on first use, so that `next build` needs no database or secret.
import path from "node:path";
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

/** "true"/"1" or "false"/"0"; undefined when not set, so each use picks its own default. */
function booleanSetting(message: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === "") return undefined;
      if (value === "true" || value === "1") return true;
      if (value === "false" || value === "0") return false;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

/** A comma-separated list; unset or empty: an empty list. */
const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );

/** A whole number from `min` to `max`; unset or empty: `fallback`. */
function wholeNumberSetting(fallback: number, min: number, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === "") return fallback;
      if (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max) return Number(value);
      context.addIssue({
        code: "custom",
        message: `moet een geheel getal zijn van ${min} tot en met ${max}, bijvoorbeeld ${fallback}`,
      });
      return z.NEVER;
    });
}

const authUrl = z.string().url("moet een URL zijn, bijvoorbeeld https://opvolging.example.nl").optional();

// E-mail settings (lib/mail/), a group of their own so that `npm run reminders` can check
// them without the app's sign-in secret (readMailSettings below). Without SMTP_HOST,
// development, tests and a local demo write each mail as an .eml file to .data/mail/;
// a real production deployment then sends no reminders (lib/mail/transport.ts).
const mailFields = {
  SMTP_HOST: optionalText,
  SMTP_PORT: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === "") return 587;
      const port = Number(value);
      if (/^\d+$/.test(value) && port >= 1 && port <= 65535) return port;
      context.addIssue({ code: "custom", message: "moet een poortnummer zijn (1–65535), bijvoorbeeld 587" });
      return z.NEVER;
    }),
  SMTP_SECURE: booleanSetting(
    "gebruik true (TLS vanaf het begin, meestal poort 465) of false (STARTTLS, meestal poort 587)",
  ),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: z
    .string()
    .trim()
    .default("Opvolging <noreply@opvolging.localhost>")
    .refine(
      (value) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value),
      "moet een afzender zijn, bijvoorbeeld Opvolging <noreply@opvolging.example.nl>",
    ),
  // Base of the links in e-mails when AUTH_URL is not set.
  APP_BASE_URL: z.string().url("moet een URL zijn, bijvoorbeeld https://opvolging.example.nl").optional(),
  // The daily reminder job inside the running app (lib/jobs/); off: only `npm run reminders`.
  REMINDERS_JOB: booleanSetting(
    "gebruik true (de app verstuurt dagelijks herinneringen) of false (alleen via npm run reminders)",
  ),
  // When that job runs (cron, Europe/Amsterdam): five fields, minute first.
  REMINDERS_CRON: z
    .string()
    .trim()
    .default("0 7 * * *")
    .refine(
      (value) => /^\S+( \S+){4}$/.test(value),
      "moet een cron-uitdrukking van vijf velden zijn, bijvoorbeeld 0 7 * * *",
    ),
};

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const smtpLoginComplete = (env: { SMTP_USER?: string; SMTP_PASSWORD?: string }) =>
  Boolean(env.SMTP_USER) === Boolean(env.SMTP_PASSWORD);
const smtpLoginMessage = { message: "zet SMTP_USER en SMTP_PASSWORD allebei, of geen van beide", path: ["SMTP_USER"] };

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({
        error: "ontbreekt; geef de PostgreSQL-URL op (npm run dev start zonder DATABASE_URL een ingebouwde database)",
      })
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
    AUTH_URL: authUrl,
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
        context.addIssue({
          code: "custom",
          message: "gebruik 0 of false (geen proxy), true of 1 (één proxy), of het aantal proxy's (2–9)",
        });
        return z.NEVER;
      }),
    // Connections of this instance's database pool (the job queue keeps 2 more of its own).
    DATABASE_POOL_MAX: wholeNumberSetting(10, 1, 200),
    // How long a new calendar address (feed) works, in days from when it is made (decision 045).
    CALENDAR_FEED_VALID_DAYS: wholeNumberSetting(365, 1, 3650),
    // Sign-in switches (docs/decisions/036-sign-in-switches.md). A passkey for every password
    // account: after a password, the person confirms with a passkey or registers one first.
    REQUIRE_SECOND_FACTOR: booleanSetting(
      "gebruik true (na het wachtwoord ook een passkey) of false (een wachtwoord is genoeg)",
    ),
    // false: only the identity provider (OIDC) signs in; e-mail and password, and passkeys, are off.
    PASSWORD_SIGN_IN: booleanSetting(
      "gebruik true (inloggen met e-mailadres en wachtwoord kan) of false (alleen via de identiteitsprovider)",
    ),
    // The assurance an ID token must carry (ASVS 6.8.4): acr one of the listed values, and amr
    // every listed value. Comma-separated; empty: not checked.
    OIDC_REQUIRED_ACR: commaList,
    OIDC_REQUIRED_AMR: commaList,
    // Minimum level of the log lines on stdout (server/main.mjs and lib/log/logger.ts).
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `kies uit ${LOG_LEVELS.join(", ")}` }).optional(),
    ...mailFields,
  })
  .refine(
    (env) => {
      const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
      return set === 0 || set === 3;
    },
    {
      message: "zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie, of geen ervan",
      path: ["OIDC_ISSUER"],
    },
  )
  .refine(smtpLoginComplete, smtpLoginMessage)
  .refine((env) => env.PASSWORD_SIGN_IN !== false || isOidcConfigured(env), {
    message:
      "PASSWORD_SIGN_IN=false laat alleen de identiteitsprovider over: zet dan ook OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET",
    path: ["PASSWORD_SIGN_IN"],
  })
  .refine((env) => !productionGuardsApply(env) || env.AUTH_URL?.startsWith("https://"), {
    message: "moet in productie een https-adres zijn, bijvoorbeeld https://opvolging.example.nl",
    path: ["AUTH_URL"],
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

function formatProblems(error: z.ZodError): Error {
  const problems = error.issues.map((issue) => `  ${issue.path.join(".") || "omgeving"}: ${issue.message}`);
  return new Error(`Ongeldige configuratie:\n${problems.join("\n")}`);
}

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw formatProblems(parsed.error);
  cached = parsed.data;
  return cached;
}

/** The log level and NODE_ENV alone, for the logger (which must work before, and without, the rest). */
export function getLogLevel(): { level?: (typeof LOG_LEVELS)[number]; nodeEnv?: string } {
  const value = process.env.LOG_LEVEL?.trim();
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  return { level, nodeEnv: process.env.NODE_ENV };
}

/** The pinned "today", read without requiring the rest of the configuration. */
export function getPinnedToday(): string | undefined {
  const value = process.env.APP_TODAY;
  if (!value) return undefined;
  const parsed = calendarDate.safeParse(value);
  if (!parsed.success) throw new Error(`Ongeldige configuratie: APP_TODAY: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const CHROMIUM_SOURCES = ["auto", "system", "npm"] as const;

const ChromiumSettingsSchema = z.object({
  // A Chromium of the operator's choice; when set and missing, nothing else is tried.
  CHROMIUM_PATH: optionalText,
  // auto: CHROMIUM_PATH, else the system's (/usr/bin/chromium), else the npm package's;
  // system: never the npm package's; npm: always the npm package's (how CI proves that path).
  CHROMIUM_SOURCE: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" || value === undefined ? "auto" : value))
    .pipe(z.enum(CHROMIUM_SOURCES, { error: `kies uit ${CHROMIUM_SOURCES.join(", ")}` })),
  // Where the npm package's Chromium is unpacked, once per version.
  CHROMIUM_CACHE_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || path.join("node_modules", ".cache", "opvolging-chromium")),
});

export type ChromiumSettings = { path?: string; source: (typeof CHROMIUM_SOURCES)[number]; cacheDir: string };

/**
 * Which Chromium the PDF printer and the end-to-end tests start (lib/browser/find-chromium.ts).
 * Read alone, like APP_TODAY: the Playwright config and the scripts need it without the app's
 * secrets, and whether the file exists is the finder's question.
 */
export function readChromiumSettings(source: Record<string, string | undefined> = process.env): ChromiumSettings {
  const parsed = ChromiumSettingsSchema.safeParse(source);
  if (!parsed.success) throw formatProblems(parsed.error);
  return {
    path: parsed.data.CHROMIUM_PATH,
    source: parsed.data.CHROMIUM_SOURCE,
    cacheDir: parsed.data.CHROMIUM_CACHE_DIR,
  };
}

/** Whether e-mail and password (and passkeys) sign in: PASSWORD_SIGN_IN, on unless set to false. */
export function isPasswordSignInEnabled(env: { PASSWORD_SIGN_IN?: boolean } = getEnv()): boolean {
  return env.PASSWORD_SIGN_IN !== false;
}

export function isOidcConfigured(
  env: { OIDC_ISSUER?: string; OIDC_CLIENT_ID?: string; OIDC_CLIENT_SECRET?: string } = getEnv(),
): boolean {
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

/** The absolute base of links in e-mails: AUTH_URL, else APP_BASE_URL, else the local address; no trailing slash. */
export function appBaseUrl(env: { AUTH_URL?: string; APP_BASE_URL?: string } = getEnv()): string {
  return (env.AUTH_URL ?? env.APP_BASE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

const MailSettingsSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().default(""),
    APP_TODAY: calendarDate.optional(),
    AUTH_URL: authUrl,
    ...mailFields,
  })
  .refine(smtpLoginComplete, smtpLoginMessage);

export type MailSettings = z.infer<typeof MailSettingsSchema>;

/**
 * The mail settings alone, for `npm run reminders` (a scheduler's job that needs the
 * database and a mail server, not the app's sign-in secret). Same rules as getEnv.
 */
export function readMailSettings(source: Record<string, string | undefined> = process.env): MailSettings {
  const parsed = MailSettingsSchema.safeParse(source);
  if (!parsed.success) throw formatProblems(parsed.error);
  return parsed.data;
}
