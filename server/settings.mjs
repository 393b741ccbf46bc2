// @ts-check
// The settings of `npm start`'s server wrapper, read from the environment before Next.js
// loads (the app's own settings are checked by lib/env.ts). Each problem is one sentence.

/**
 * @typedef {{
 *   port: number,
 *   host: string,
 *   shutdownTimeoutMs: number,
 *   keepAliveTimeoutMs: number,
 *   headersTimeoutMs: number,
 *   trustedProxies: number,
 * }} ServerSettings
 */

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ settings: ServerSettings, problem?: undefined } | { problem: string, settings?: undefined }}
 */
export function readServerSettings(env) {
  const text = (/** @type {string} */ name, /** @type {string} */ fallback) => (env[name] ?? "").trim() || fallback;

  const portSetting = text("PORT", "3000");
  const port = Number(portSetting);
  if (!/^\d+$/.test(portSetting) || port < 1 || port > 65535)
    return { problem: `PORT "${portSetting}" is geen poortnummer (1–65535).` };

  const shutdown = seconds(text("SHUTDOWN_TIMEOUT_SECONDS", "25"));
  if (shutdown === undefined || shutdown < 1)
    return {
      problem: `SHUTDOWN_TIMEOUT_SECONDS "${text("SHUTDOWN_TIMEOUT_SECONDS", "25")}" moet een geheel aantal seconden zijn, minstens 1.`,
    };

  const keepAliveSetting = text("KEEP_ALIVE_TIMEOUT_SECONDS", "65");
  const keepAlive = seconds(keepAliveSetting);
  if (keepAlive === undefined || keepAlive < 1)
    return {
      problem: `KEEP_ALIVE_TIMEOUT_SECONDS "${keepAliveSetting}" moet een geheel aantal seconden zijn, minstens 1.`,
    };

  const headersSetting = text("HEADERS_TIMEOUT_SECONDS", String(keepAlive + 1));
  const headers = seconds(headersSetting);
  if (headers === undefined || headers <= keepAlive)
    return {
      problem: `HEADERS_TIMEOUT_SECONDS "${headersSetting}" moet een geheel aantal seconden zijn, groter dan KEEP_ALIVE_TIMEOUT_SECONDS (${keepAlive}).`,
    };

  const trustSetting = text("TRUST_PROXY", "0");
  const trustedProxies =
    trustSetting === "false" ? 0 : trustSetting === "true" ? 1 : /^\d$/.test(trustSetting) ? Number(trustSetting) : -1;
  if (trustedProxies < 0)
    return {
      problem: `TRUST_PROXY "${trustSetting}": gebruik 0 of false (geen proxy), true of 1 (één proxy), of het aantal proxy's (2–9).`,
    };

  return {
    settings: {
      port,
      host: text("HOST", "0.0.0.0"),
      shutdownTimeoutMs: shutdown * 1000,
      keepAliveTimeoutMs: keepAlive * 1000,
      headersTimeoutMs: headers * 1000,
      trustedProxies,
    },
  };
}

/** @param {string} value */
function seconds(value) {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}
