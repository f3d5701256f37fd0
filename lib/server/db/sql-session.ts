// One plain connection for work Prisma's query API cannot do: multi-statement migration scripts and
// session-level advisory locks (a pool could run the lock and the unlock on different connections).
import pg from "pg";
import { openPGlite } from "./pglite-adapter";
import type { DatabaseTarget } from "./target";

export interface SqlSession {
  /** Runs one or more statements as a single simple query (no parameters). */
  exec(script: string): Promise<void>;
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function openSqlSession(target: DatabaseTarget): Promise<SqlSession> {
  if (target.kind === "pglite") {
    const db = await openPGlite(target.dataDir);
    return {
      exec: async (script) => void (await db.exec(script)),
      rows: async <T extends Record<string, unknown>>(sql: string) => (await db.query<T>(sql)).rows,
      close: () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    exec: async (script) => void (await client.query(script)),
    rows: async <T extends Record<string, unknown>>(sql: string) => (await client.query<T>(sql)).rows,
    close: () => client.end(),
  };
}

/** A SQL string literal for values this code builds itself (ids, checksums, folder names). */
export function sqlLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
