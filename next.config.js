// @ts-check

// Browser features the app never uses, switched off for the app and anything it might embed.
// Only names Chromium knows: an unknown one is logged as a console error on every page.
const DISABLED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // .next/standalone: the server's code with only the packages it uses, runnable on its
  // own (a container image needs nothing else); `npm run build` completes it and
  // `npm start` runs it through server/main.mjs (docs/decisions/017).
  output: "standalone",
  // pg, pg-boss, nodemailer and pino are server-side Node packages; keep them out of the
  // bundle (pino must share the one instance the server wrapper creates). playwright-core
  // and @sparticuz/chromium print PDFs; the latter finds its Chromium archives next to its
  // own files, which a bundle would move.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "pg-boss",
    "nodemailer",
    "pino",
    "playwright-core",
    "@sparticuz/chromium",
  ],
  experimental: {
    // forbidden() from next/navigation: a page the actor may not use answers 403 with the one
    // refusal of app/(app)/forbidden.tsx (lib/auth/require-page-permission.ts).
    authInterrupts: true,
    // Evidence files are at most 10 MB (lib/evidence/); the form around one adds a little.
    // The domain function refuses anything over 10 MB with a Dutch message; these limits
    // only stop a body too large to be a single piece of evidence. proxy.ts buffers the
    // body for the action, so its limit must be as large, or the file arrives cut short.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // Kamerbrieven became one kind of report under /rapportages (docs/decisions/041-report-kinds.md):
  // old links and bookmarks keep working, permanently redirected.
  async redirects() {
    return [
      { source: "/kamerbrieven", destination: "/rapportages", permanent: true },
      { source: "/kamerbrieven/:path*", destination: "/rapportages/:path*", permanent: true },
    ];
  },
  // The fixed security headers, for every response including static files. The ones that
  // depend on the request or the runtime configuration (CSP with its nonce, HSTS) are set
  // by proxy.ts through lib/security/security-headers.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            // Passkeys (docs/decisions/035-passkeys.md): this origin only, never a frame of another.
            value: [
              ...DISABLED_FEATURES.map((feature) => `${feature}=()`),
              "publickey-credentials-get=(self)",
              "publickey-credentials-create=(self)",
            ].join(", "),
          },
        ],
      },
    ];
  },
};

export default nextConfig;
