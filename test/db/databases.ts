// Empty, throw-away databases for integration tests: a temp PGlite folder each, and on the PostgreSQL server
// named by TEST_POSTGRES_URL a uniquely named database, dropped afterwards.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "../../lib/server/db/migrate";
import type { DatabaseTarget } from "../../lib/server/db/target";

export const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/migrations");

export type TestDatabase = { readonly target: DatabaseTarget; drop(): Promise<void> };

export type Backend = {
  readonly name: string;
  /** Why this backend cannot run here, shown in the test title; undefined when it can. */
  readonly skipReason: string | undefined;
  create(): Promise<TestDatabase>;
};

async function createPGliteDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "viewer-pglite-"));
  return { target: { kind: "pglite", dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `viewer_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    // FORCE: a pool a failed test left open must not keep the database alive (PostgreSQL 13+).
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

const serverUrl = process.env.TEST_POSTGRES_URL?.trim();

export const BACKENDS: readonly Backend[] = [
  { name: "PGlite", skipReason: undefined, create: createPGliteDatabase },
  {
    name: "PostgreSQL",
    skipReason: serverUrl ? undefined : "TEST_POSTGRES_URL is not set (see docs/postgres.md)",
    create: () => {
      if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set");
      return createPostgresDatabase(serverUrl);
    },
  },
];

export function backendTitle(backend: Backend): string {
  return backend.skipReason ? `${backend.name} — skipped: ${backend.skipReason}` : backend.name;
}

/** A fresh database for the enclosing describe block, optionally migrated, dropped after it. */
export function useDatabase(backend: Backend, options: { readonly migrated: boolean }): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await backend.create();
    if (options.migrated) await applyMigrations(database.target, MIGRATIONS_DIR);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("the test database is not ready");
    return database;
  };
}
