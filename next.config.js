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
  // A patient's record opens on the Summary. Redirected before anything renders: the record layout fetches (and
  // audits) the care-wishes line, which a redirect from the page itself would throw away unseen.
  async redirects() {
    return [{ source: "/patients/:nhsNumber", destination: "/patients/:nhsNumber/summary", permanent: false }];
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
