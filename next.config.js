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
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pg and the embedded PostgreSQL are server-side Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
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
          { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
        ],
      },
    ];
  },
};

export default nextConfig;
