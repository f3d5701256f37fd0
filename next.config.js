// @ts-check
// Next.js loads this file as CommonJS, so the shared header list is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SECURITY_HEADERS = require("./lib/domain/security/security-headers.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() / unauthorized() in pages: the wrong role gets a real 403 page.
  experimental: { authInterrupts: true },
  // PGlite ships wasm and must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  // No redirect from /patients/:nhsNumber: that page shows the section the role lands on, decided on the server with
  // the care wishes the layout fetched for the banner (lib/server/record/landing-section.ts, issue 18).
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
