// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() / unauthorized() in pages: the wrong role gets a real 403 page.
  experimental: { authInterrupts: true },
  // PGlite ships wasm and must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
};

module.exports = nextConfig;
