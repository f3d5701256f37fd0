// Applies prisma/migrations in-process, recording them in _prisma_migrations exactly as `prisma migrate deploy`
// does (same table, same sha256 checksum, same advisory lock key), so the Prisma CLI and this agree.
// Chosen over spawning the CLI: no wasm engine, no adapter workarounds, no 10 s linger per run on PGlite,
// and each migration plus its bookkeeping row commit in one transaction (a failed one leaves nothing behind).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openSqlSession, sqlLiteral, type SqlSession } from "./sql-session";
import type { DatabaseTarget } from "./target";

// Prisma's own key: holding it serialises this with a concurrent `prisma migrate deploy` or another instance.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type LocalMigration = { readonly name: string; readonly sql: string; readonly checksum: string };
export type MigrationReport = { readonly applied: string[]; readonly alreadyApplied: number; readonly warnings: string[] };

type AppliedRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

export function readMigrations(migrationsDir: string): LocalMigration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function applyOne(session: SqlSession, migration: LocalMigration): Promise<void> {
  const record = `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
VALUES (${sqlLiteral(randomUUID())}, ${sqlLiteral(migration.checksum)}, ${sqlLiteral(migration.name)}, now(), clock_timestamp(), 1)`;
  try {
    // Newlines around the script: it may end in a comment or without a semicolon.
    await session.exec(`BEGIN;\n${migration.sql}\n;\n${record};\nCOMMIT;`);
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

export async function applyMigrations(target: DatabaseTarget, migrationsDir: string): Promise<MigrationReport> {
  const local = readMigrations(migrationsDir);
  const session = await openSqlSession(target);
  try {
    await session.exec(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.rows<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    // A migration the Prisma CLI started but did not finish needs a person (`prisma migrate resolve`), as with P3009.
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) throw new Error(`Migration ${failed.migration_name} failed earlier; resolve it before migrating (prisma migrate resolve).`);

    const applied = new Map(
      rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]),
    );
    const warnings: string[] = [];
    for (const migration of local) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined && checksum !== migration.checksum) warnings.push(`${migration.name} was edited after it was applied`);
    }
    const localNames = new Set(local.map((migration) => migration.name));
    for (const name of applied.keys()) if (!localNames.has(name)) warnings.push(`${name} is applied but missing from ${migrationsDir}`);

    const pending = local.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) await applyOne(session, migration);
    return { applied: pending.map((migration) => migration.name), alreadyApplied: local.length - pending.length, warnings };
  } finally {
    // Closing the session also releases the advisory lock.
    await session.close();
  }
}
