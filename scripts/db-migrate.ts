// npm run db:migrate — brings the database the environment selects (DATABASE_OWNER_URL, else DATABASE_URL, else
// PGlite in PGLITE_DIR) up to date with prisma/migrations. Safe to run again: applied migrations are skipped.
// On PostgreSQL, migrations run as the schema's owner (DATABASE_OWNER_URL) and the app as its runtime role
// (DATABASE_URL), which may only INSERT and SELECT on the audit trail: see docs/postgres.md.
import path from "node:path";
import { applyMigrations } from "../lib/server/db/migrate";
import { describeDatabaseTarget, resolveDatabaseTarget } from "../lib/server/db/target";

async function main(): Promise<void> {
  const owner = process.env.DATABASE_OWNER_URL?.trim();
  const target = resolveDatabaseTarget(owner ? { ...process.env, DATABASE_URL: owner } : process.env);
  const report = await applyMigrations(target, path.resolve("prisma", "migrations"));
  for (const warning of report.warnings) console.warn(`db:migrate warning: ${warning}`);
  const applied = report.applied.length > 0 ? `applied ${report.applied.join(", ")}` : "nothing to apply";
  console.log(`db:migrate ${describeDatabaseTarget(target)}: ${applied} (${report.alreadyApplied} already applied)`);
}

main().catch((error: unknown) => {
  console.error("db:migrate failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
