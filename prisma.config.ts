// Prisma CLI configuration: the wasm schema engine with the same driver adapter the app uses,
// so generate / migrate work offline against PGlite (default) or PostgreSQL (DATABASE_URL).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./lib/server/db/cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => cliAdapterFactory(),
});
