// The Content Security Policy of every response, with a fresh nonce per request. Next.js
// reads the nonce from the request's Content-Security-Policy header (set by proxy.ts) and
// puts it on its own scripts and styles; nothing else may run or style the page.

export type ContentSecurityPolicyOptions = {
  /** Base64 nonce, new for every request. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
  /** The OpenID Connect issuer, when configured: the sign-in form's POST redirects there. */
  oidcIssuer?: string;
};

/** 128 random bits, base64: unguessable, and in the character set Next's nonce parser accepts. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy({ nonce, development, oidcIssuer }: ContentSecurityPolicyOptions): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("CSP-nonce moet base64 zijn");
  const nonceSource = `'nonce-${nonce}'`;
  // Browsers apply form-action to the redirects that follow a form submission: the OIDC
  // button posts to our /api/auth/signin/oidc, which redirects to the identity provider.
  const formAction = ["'self'", ...(oidcIssuer ? [new URL(oidcIssuer).origin] : [])];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': scripts loaded by a nonced script (Next's chunks) are trusted too.
    // 'unsafe-eval' only in development, where React uses eval for its debugging stacks;
    // production React and Next never call eval.
    "script-src": ["'self'", nonceSource, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // No 'unsafe-inline': style="" attributes are blocked too (style-src-attr falls back to
    // style-src), so the app styles everything through classes in stylesheets. Except in
    // development: Next's dev overlay injects <style> elements without a nonce (its bundle
    // sets __webpack_nonce__ to undefined; vercel/next.js#86188), and a nonce in the list
    // would make browsers ignore 'unsafe-inline'. The e2e tests run the production build
    // under the strict policy, so a style="" slipping into the app is still caught there.
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", nonceSource],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": formAction,
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
