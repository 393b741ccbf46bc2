// Running for real, on the build the global set-up made: more production
// servers next to the global one, on the same database. A user signs in on one and works
// on another; a change through one is seen through the other; the sign-in throttle counts
// across both; the daily reminder job runs once; the health endpoints answer with the
// database up, down and behind; SIGTERM during a slow request; the JSON request log.
import http from "node:http";
import net from "node:net";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createUser, expect, signIn, test, withAppDatabase } from "./fixtures";
import { startProductionApp, type ProductionApp } from "../scripts/lib/production-app.ts";
import { DEMO_TODAY } from "../prisma/seed-data.ts";
import { nl } from "../lib/i18n/nl.ts";

test.describe.configure({ mode: "serial" });

type Server = { app: ProductionApp; output: () => string; lines: () => Record<string, unknown>[] };

/** A TCP relay to PostgreSQL that the test can cut and restore: "the database is down". */
async function startDatabaseRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const port = (relay.address() as net.AddressInfo).port;
  return {
    port,
    down: () =>
      new Promise<void>((resolve) => {
        relay.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    up: () => new Promise<void>((resolve) => relay.listen(port, "127.0.0.1", resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (relay.listening) relay.close(() => resolve());
        else resolve();
      }),
  };
}

async function startServer(databaseUrl: string, env: Record<string, string>): Promise<Server> {
  let output = "";
  const app = await startProductionApp({
    databaseUrl,
    env: { AUTH_SECRET: process.env.E2E_AUTH_SECRET!, APP_TODAY: DEMO_TODAY, LOG_LEVEL: "info", ...env },
    onOutput: (text) => (output += text),
  });
  const lines = () =>
    output
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { app, output: () => output, lines };
}

async function withAdminDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let relay: Awaited<ReturnType<typeof startDatabaseRelay>>;
let second: Server;
let third: Server;
let serversStartedAt = 0;
const jobs = { REMINDERS_JOB: "true", REMINDERS_CRON: "* * * * *" };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const databaseUrl = new URL(process.env.E2E_DATABASE_URL!);
  relay = await startDatabaseRelay(databaseUrl);
  const relayed = new URL(databaseUrl);
  relayed.port = String(relay.port);
  // Both with the daily job, due every minute here: the job must still run once per due time.
  serversStartedAt = Date.now();
  [second, third] = await Promise.all([
    startServer(relayed.toString(), jobs),
    startServer(databaseUrl.toString(), jobs),
  ]);
});

test.afterAll(async () => {
  await Promise.all([second?.app.stop(), third?.app.stop()]);
  await relay?.close();
});

test(
  "ingelogd op de ene server, verder op de andere; een wijziging via de een is meteen zichtbaar via de ander",
  { tag: "@thorough" },
  async ({ page, baseURL }) => {
    const user = await createUser({ role: "CONTRIBUTOR", organisation: "FIN" });
    const id = `e2e-prod-${randomUUID()}`;
    await withAppDatabase((client) =>
      client.query(
        `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Twee servers.', o.id, DATE '2023-04-01', DATE '2023-06-30', now()
         FROM "Organisation" o WHERE o.code = 'FIN'`,
        [id, `Twee servers ${id.slice(-8)}`],
      ),
    );

    await page.goto(`${baseURL}/inloggen`);
    await signIn(page, user.email, user.password);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    // The session is a signed token checked against the database: the other server knows it.
    await page.goto(`${second.app.baseUrl}/acties/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: `Twee servers ${id.slice(-8)}` })).toBeVisible();
    const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
    await progress.getByLabel("Voortgang", { exact: true }).fill("Via de tweede server toegevoegd.");
    await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De voortgang is toegevoegd." })).toBeVisible();

    await page.goto(`${baseURL}/acties/${id}`);
    await expect(page.locator("section[aria-labelledby=logboek-voortgang]")).toContainText(
      "Via de tweede server toegevoegd.",
    );
    // Signed in as this user on the second server too: its log lines name the user, never the e-mail address.
    await expect
      .poll(() => second.lines().some((line) => line.msg === "request" && line.userId === user.id))
      .toBe(true);
    expect(second.output()).not.toContain(user.email);
  },
);

test("de inlogdrempel telt over beide servers", { tag: "@thorough" }, async ({ browser, baseURL }) => {
  const user = await createUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // Five wrong passwords, three on one server and two on the other…
    for (const base of [baseURL!, baseURL!, baseURL!, second.app.baseUrl, second.app.baseUrl]) {
      await page.goto(`${base}/inloggen`);
      await signIn(page, user.email, "verkeerd-wachtwoord");
      await expect(page.getByText(nl.signIn.invalidCredentials)).toBeVisible();
    }
    // …and the right one is refused on the first: the counter lives in PostgreSQL.
    await page.goto(`${baseURL}/inloggen`);
    await signIn(page, user.email, user.password);
    await expect(page.getByText(nl.signIn.throttled)).toBeVisible();
  } finally {
    await context.close();
  }
});

test(
  "de dagelijkse herinneringstaak draait één keer per keer dat hij aan de beurt is, niet op elke server",
  { tag: "@thorough" },
  async () => {
    test.setTimeout(90_000);
    const jobsOf = (name: string) =>
      withAdminDatabase(
        async (client) =>
          (
            await client.query<{ state: string; singleton_on: Date | null }>(
              `SELECT state, singleton_on FROM pgboss.job WHERE name = $1`,
              [name],
            )
          ).rows,
      );
    // Both servers look for due schedules every 10 s; the first due minute is sent once.
    await expect
      .poll(async () => (await jobsOf("herinneringen")).some((job) => job.state === "completed"), {
        timeout: 40_000,
        intervals: [1_000],
      })
      .toBe(true);
    // Long enough for the other server's checks, which must add no run of their own.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    // One send per due minute (pg-boss's singleton per schedule and minute), one run per send.
    // The two tables are read one after the other while the schedule keeps ticking, so wait
    // for a moment when every send has been handled (a send of the next minute may just have come).
    let sent: Awaited<ReturnType<typeof jobsOf>> = [];
    let runs: Awaited<ReturnType<typeof jobsOf>> = [];
    await expect
      .poll(
        async () => {
          sent = await jobsOf("__pgboss__send-it");
          runs = await jobsOf("herinneringen");
          return sent.every((job) => job.state === "completed") && runs.length === sent.length;
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(true);
    const minutes = sent.map((job) => job.singleton_on?.toISOString());
    expect(new Set(minutes).size).toBe(minutes.length);
    expect(runs).toHaveLength(sent.length);
    // This schedule is due every minute: at most one run per minute the servers have been up.
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(Math.ceil((Date.now() - serversStartedAt) / 60_000) + 1);
    expect(runs.filter((job) => job.state === "failed")).toEqual([]);
  },
);

test(
  "één JSON-regel per verzoek met het verzoek-id, zonder wachtwoord of token, ook bij mislukt inloggen",
  { tag: "@thorough" },
  async ({ browser }) => {
    const user = await createUser();
    const password = `Geheim-${randomUUID()}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${second.app.baseUrl}/inloggen`);
      const posted = page.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/inloggen",
      );
      await signIn(page, user.email, password);
      const response = await posted;
      await expect(page.getByText(nl.signIn.invalidCredentials)).toBeVisible();
      const requestId = response.headers()["x-request-id"]!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

      // Every line is JSON (JSON.parse throws otherwise); the sign-in post has exactly one.
      await expect
        .poll(() => second.lines().filter((line) => line.msg === "request" && line.reqId === requestId))
        .toHaveLength(1);
      const line = second.lines().find((entry) => entry.msg === "request" && entry.reqId === requestId)!;
      expect(line).toMatchObject({ level: "info", method: "POST", route: "/inloggen", status: 200 });
      expect(line.durationMs).toEqual(expect.any(Number));
      const cookies = (await context.cookies()).map((cookie) => cookie.value).filter((value) => value.length > 8);
      for (const secret of [password, user.email, process.env.E2E_AUTH_SECRET!, ...cookies])
        expect(second.output()).not.toContain(secret);
      expect(second.lines().filter((entry) => entry.level === "error" && entry.reqId === requestId)).toEqual([]);
    } finally {
      await context.close();
    }
  },
);

test(
  "gezondheid: live en ready zonder sessie; ready 503 met de database weg of achter op de migraties",
  { tag: "@thorough" },
  async ({ request }) => {
    const base = second.app.baseUrl;
    const live = await request.get(`${base}/api/health/live`, { maxRedirects: 0 });
    expect(live.status()).toBe(200);
    expect(live.headers()["cache-control"]).toBe("no-store");
    expect(await live.json()).toEqual({ status: "ok" });

    const ready = await request.get(`${base}/api/health/ready`, { maxRedirects: 0 });
    expect(ready.status()).toBe(200);
    expect(ready.headers()["cache-control"]).toBe("no-store");
    expect(await ready.json()).toEqual({ status: "ok", checks: { database: "ok", migrations: "ok", jobs: "ok" } });

    await relay.down();
    try {
      const down = await request.get(`${base}/api/health/ready`);
      expect(down.status()).toBe(503);
      expect(await down.json()).toMatchObject({ status: "unavailable", checks: { database: "unreachable" } });
      // The process itself is fine: the platform must not restart it for the database.
      expect((await request.get(`${base}/api/health/live`)).status()).toBe(200);
    } finally {
      await relay.up();
    }
    await expect
      .poll(async () => (await request.get(`${base}/api/health/ready`)).status(), { timeout: 15_000 })
      .toBe(200);

    const [last] = await withAdminDatabase(
      async (client) =>
        (await client.query(`SELECT * FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`)).rows,
    );
    await withAdminDatabase((client) => client.query(`DELETE FROM _prisma_migrations WHERE id = $1`, [last.id]));
    try {
      const behind = await request.get(`${base}/api/health/ready`);
      expect(behind.status()).toBe(503);
      expect(await behind.json()).toEqual({
        status: "unavailable",
        checks: { database: "ok", migrations: "behind", jobs: "ok" },
        missingMigrations: 1,
      });
    } finally {
      await withAdminDatabase((client) =>
        client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            last.id,
            last.checksum,
            last.finished_at,
            last.migration_name,
            last.logs,
            last.rolled_back_at,
            last.started_at,
            last.applied_steps_count,
          ],
        ),
      );
    }
    expect((await request.get(`${base}/api/health/ready`)).status()).toBe(200);
  },
);

test(
  "SIGTERM tijdens een traag verzoek: het verzoek wordt afgemaakt, de server stopt met 0, geen fout in het log",
  { tag: "@thorough" },
  async ({ browser, baseURL }) => {
    test.setTimeout(60_000);
    const user = await createUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const admin = new pg.Client({ connectionString: process.env.E2E_ADMIN_DATABASE_URL });
    await admin.connect();
    try {
      await page.goto(`${baseURL}/inloggen`);
      await signIn(page, user.email, user.password);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

      // /kengetallen reads the indicators: while this lock holds, the request waits.
      await admin.query("BEGIN");
      await admin.query(`LOCK TABLE "Indicator" IN ACCESS EXCLUSIVE MODE`);
      const slow = context.request.get(`${third.app.baseUrl}/kengetallen`, { maxRedirects: 0, timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(third.lines().some((line) => line.route === "/kengetallen")).toBe(false);

      process.kill(third.app.pid, "SIGTERM");
      await expect.poll(() => third.output()).toContain("Stoppen: geen nieuwe verzoeken");
      // No new connections once stopping (a socket of its own: a pooled keep-alive one would
      // be an old connection, which the server answers with Connection: close)…
      await expect(getOnNewConnection(`${third.app.baseUrl}/api/health/live`)).rejects.toThrow();
      await admin.query("COMMIT");
      // …but the one in flight completes.
      const response = await slow;
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain("Kengetallen");
      expect(await third.app.exited).toEqual({ code: 0, signal: null });
      const lines = third.lines();
      expect(lines.filter((line) => line.level === "error" || line.level === "fatal")).toEqual([]);
      expect(lines.at(-1)).toMatchObject({ msg: "Gestopt." });
    } finally {
      await admin.query("ROLLBACK").catch(() => {});
      await admin.end();
      await context.close();
    }
  },
);

/** A GET on a connection of its own (no agent, so no pooled keep-alive socket). */
function getOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on("error", reject);
  });
}
