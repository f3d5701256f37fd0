// @ts-check
/** @type {import('next').NextConfig} */

// Headers every response carries (pages and API). The Content-Security-Policy, which needs a per-request
// nonce, is added by proxy.ts. Checked by lib/domain/security/security-headers.test.ts.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() / unauthorized() in pages: the wrong role gets a real 403 page.
  experimental: { authInterrupts: true },
  // PGlite ships wasm and must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
module.exports.SECURITY_HEADERS = SECURITY_HEADERS;
