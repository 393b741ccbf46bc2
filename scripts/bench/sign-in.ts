// Signing in as a browser would, through Auth.js's HTTP endpoints (CSRF token, then the
// credentials callback), so that the load runs with a real session cookie.

/** Cookies as a browser would keep them: name → value, from Set-Cookie headers. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0\b/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  names(): string[] {
    return [...this.cookies.keys()];
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Returns the Cookie header of the signed-in session, once /aanbevelingen answers 200 with it. */
export async function signIn(baseUrl: string, email: string, password: string, signal: AbortSignal): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { signal });
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf gaf status ${csrfResponse.status}`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gaf geen csrfToken");

  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/aanbevelingen` }),
    signal,
  });
  await callback.body?.cancel();
  jar.take(callback);
  if (!jar.names().some((name) => name.includes("authjs.session-token"))) {
    throw new Error(
      `Inloggen als ${email} gaf geen sessiecookie (status ${callback.status}, naar ${callback.headers.get("location") ?? "-"})`,
    );
  }

  // Proof of a real session: the signed-in page itself, without a redirect to /inloggen.
  const check = await fetch(`${baseUrl}/aanbevelingen`, {
    redirect: "manual",
    headers: { cookie: jar.header() },
    signal,
  });
  await check.body?.cancel();
  if (check.status !== 200) {
    throw new Error(
      `Na het inloggen gaf /aanbevelingen status ${check.status}${check.headers.get("location") ? ` naar ${check.headers.get("location")}` : ""}`,
    );
  }
  return jar.header();
}
