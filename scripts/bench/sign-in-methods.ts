// Passkey sign-in beside password sign-in, on their own: `npx tsx scripts/bench/sign-in-methods.ts`
// (BENCH_SKIP_BUILD=1 reuses .next/; BENCH_SIGN_INS rounds, default 20). The same set-up as
// heavy-work-alone.ts without the large data set (a sign-in reads one user): a throwaway
// embedded PostgreSQL with the demo data and a production build under `npm start`.
//
// Both run as a browser would, over HTTP, one at a time, alternating:
// - password: Auth.js's CSRF token, the credentials callback (scrypt), /aanbevelingen;
// - passkey: the CSRF token, the sign-in page's options action (a stored challenge), the
//   answer signed in this process with a software key (test/passkeys/software-authenticator.ts)
//   for a passkey inserted for the same demo user, the passkey callback, /aanbevelingen.
// The figure is the passkey's median as a ratio to the password's, as the other bench
// figures are ratios to a baseline.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPublicKey } from "node:crypto";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { runAlone, startBenchApp, startBenchDatabase, type AloneContext } from "./alone.ts";
import { STANDALONE_DIR } from "../lib/production-app.ts";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed-data.ts";
import { encodeCbor, SoftwareAuthenticator } from "../../test/passkeys/software-authenticator.ts";
import { CookieJar, signIn } from "./sign-in.ts";

const ROUNDS = Number(process.env.BENCH_SIGN_INS ?? 20);

/** The server action's id for the sign-in page's "options" action, from the build's manifest. */
async function optionsActionId(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(STANDALONE_DIR, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.filename === "app/(public)/inloggen/passkey-actions.ts" &&
      entry.exportedName === "passkeySignInOptionsAction",
  );
  if (!found) throw new Error("passkeySignInOptionsAction staat niet in server-reference-manifest.json");
  return found[0];
}

/** A passkey of the user's in the database, whose private key only this process holds. */
async function insertPasskey(ownerUrl: string, email: string, origin: string): Promise<SoftwareAuthenticator> {
  const authenticator = new SoftwareAuthenticator(origin);
  // register() makes the key pair and keeps it; its answer is not needed, the row is written here.
  return withDatabaseClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = rows[0]!.id;
    authenticator.register({ challenge: "bench", user: { id: Buffer.from(userId).toString("base64url") } });
    const passkey = authenticator.passkeys[0]!;
    const jwk = createPublicKey(passkey.privateKey).export({ format: "jwk" });
    const cose = encodeCbor(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
    await client.query(
      `INSERT INTO "Passkey" (id, "credentialId", "userId", name, "publicKey", counter, transports, "deviceType", "backedUp")
       VALUES ('bench-passkey', $1, $2, 'Meting', $3, 0, '{internal}', 'singleDevice', false)`,
      [passkey.credentialId.toString("base64url"), userId, cose],
    );
    return authenticator;
  });
}

async function signInWithPasskey(
  baseUrl: string,
  actionId: string,
  authenticator: SoftwareAuthenticator,
  signal: AbortSignal,
): Promise<void> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { signal });
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const options = await fetch(`${baseUrl}/inloggen`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
    },
    body: "[]",
    signal,
  });
  const challenge = /"challenge":"([A-Za-z0-9_-]+)"/.exec(await options.text())?.[1];
  if (!challenge) throw new Error(`De opties voor een passkey gaven geen challenge (status ${options.status})`);
  const response = JSON.stringify(authenticator.authenticate(challenge));
  const callback = await fetch(`${baseUrl}/api/auth/callback/passkey`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, response, callbackUrl: `${baseUrl}/aanbevelingen` }),
    signal,
  });
  await callback.body?.cancel();
  jar.take(callback);
  if (!jar.names().some((name) => name.includes("authjs.session-token"))) {
    throw new Error(`Inloggen met de passkey gaf geen sessiecookie (status ${callback.status})`);
  }
  const check = await fetch(`${baseUrl}/aanbevelingen`, {
    redirect: "manual",
    headers: { cookie: jar.header() },
    signal,
  });
  await check.body?.cancel();
  if (check.status !== 200) throw new Error(`Na het inloggen met de passkey gaf /aanbevelingen status ${check.status}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main({ signal, cleanups }: AloneContext): Promise<number> {
  const { ownerUrl, appUrl } = await startBenchDatabase("opvolging-sign-in-", cleanups);
  const coordinator = demoUsers.find((user) => user.role === "COORDINATOR")!;
  const app = await startBenchApp(appUrl, { signal, cleanups });
  const actionId = await optionsActionId();
  const authenticator = await insertPasskey(ownerUrl, coordinator.email, app.baseUrl);
  // Every sign-in of the same address is counted by the password throttle; not what is measured.
  const clearThrottle = () => withDatabaseClient(ownerUrl, (client) => client.query(`DELETE FROM "SignInThrottle"`));
  const password = () => signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD, signal);
  const passkey = () => signInWithPasskey(app.baseUrl, actionId, authenticator, signal);

  // Warm-up: the first requests compile and load the routes.
  for (let round = 0; round < 3; round++) {
    await clearThrottle();
    await password();
    await passkey();
  }
  const times = { password: [] as number[], passkey: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    await clearThrottle();
    times.password.push(await timed(password));
    times.passkey.push(await timed(passkey));
  }
  const passwordMs = median(times.password);
  const passkeyMs = median(times.passkey);
  console.log(`Inloggen, ${ROUNDS} keer elk, na elkaar (mediaan):`);
  console.log(`  wachtwoord: ${passwordMs.toFixed(0)} ms`);
  console.log(`  passkey:    ${passkeyMs.toFixed(0)} ms`);
  console.log(`  passkey / wachtwoord: ${(passkeyMs / passwordMs).toFixed(2)}×`);
  return 0;
}

runAlone(main);
