// Parameterised SQL on the very connection pool (pg) or database (PGlite) that a PrismaClient's driver adapter uses,
// for the few statements every request makes (session check, access episode, audit append): Prisma's query planning,
// argument and result mapping cost more than the statement itself there (BENCHMARKS.md, "Per-request breakdown
// after the s6 changes"). Everything else stays on Prisma. No "server-only": client.ts, used by scripts and tests,
// builds these factories.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { DelegatingAdapter } from "./delegating-adapter";
import { LazyPGliteAdapterFactory } from "./pglite-adapter";
import type { DatabaseTarget } from "./target";

/** One parameterised statement ($1, $2, …) on the client's own connections; rows as the driver parses them. */
export interface DirectSql {
  query<T extends Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

/** A database failure on the direct path: errors.ts treats it as Prisma's (DATABASE_UNAVAILABLE), audit as a write failure. */
export class DirectSqlError extends Error {
  readonly code: string | undefined;
  constructor(cause: unknown) {
    const e = cause as { message?: unknown; code?: unknown };
    super(typeof e?.message === "string" ? e.message : "database statement failed", { cause });
    this.name = "DirectSqlError";
    this.code = typeof e?.code === "string" ? e.code : undefined;
  }
}

export type StatementHook = () => void;

/** Counts every statement an adapter runs (transactions: BEGIN and COMMIT/ROLLBACK too) when a hook is given. */
class CountingAdapter extends DelegatingAdapter {
  constructor(
    inner: SqlDriverAdapter,
    private readonly onStatement: StatementHook,
  ) {
    super(inner);
  }
  override queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    this.onStatement();
    return super.queryRaw(query);
  }
  override executeRaw(query: SqlQuery): Promise<number> {
    this.onStatement();
    return super.executeRaw(query);
  }
  override async startTransaction(...args: Parameters<SqlDriverAdapter["startTransaction"]>): Promise<Transaction> {
    this.onStatement();
    const tx = await super.startTransaction(...args);
    const count = this.onStatement;
    return new Proxy(tx, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        if (["queryRaw", "executeRaw", "commit", "rollback"].includes(String(property)))
          return (...a: unknown[]) => {
            count();
            return (value as (...x: unknown[]) => unknown).apply(target, a);
          };
        return (value as (...x: unknown[]) => unknown).bind(target);
      },
    });
  }
}

/** PostgreSQL through @prisma/adapter-pg on a pool this factory owns, so direct statements share it. */
class PgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  pool: pg.Pool | undefined;

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const pool = (this.pool ??= idleErrorsHandled(new pg.Pool({ connectionString: this.url })));
    const inner = await new PrismaPg(pool).connect();
    return new DelegatingAdapter(inner, async () => {
      if (this.pool === pool) this.pool = undefined;
      await pool.end();
    });
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPg({ connectionString: this.url }).connectToShadowDb();
  }
}

/**
 * An idle pooled connection that the server ends (a restart, a dropped database) makes the pool emit 'error'; with no
 * listener that is an uncaught exception. The pool drops that connection; the next statement opens a new one or fails
 * as a database error. Prisma's adapter listens only while it is connected, and this pool can outlive that.
 */
function idleErrorsHandled(pool: pg.Pool): pg.Pool {
  pool.on("error", () => undefined);
  return pool;
}

export type ClientFactory = {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Direct statements; `connect` opens the client's adapter when nothing is open yet (Prisma connects lazily). */
  direct(connect: () => Promise<void>): DirectSql;
};

function counting(factory: SqlMigrationAwareDriverAdapterFactory, onStatement: StatementHook | undefined) {
  if (!onStatement) return factory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new CountingAdapter(await factory.connect(), onStatement),
    connectToShadowDb: () => factory.connectToShadowDb(),
  } satisfies SqlMigrationAwareDriverAdapterFactory;
}

export function createClientFactory(target: DatabaseTarget, onStatement?: StatementHook): ClientFactory {
  if (target.kind === "postgres") {
    const factory = new PgFactory(target.url);
    return {
      adapter: counting(factory, onStatement),
      direct: (connect) => ({
        async query<T extends Record<string, unknown>>(sql: string, params: readonly unknown[]) {
          if (!factory.pool) await connect();
          onStatement?.();
          try {
            return (await factory.pool!.query<T>(sql, params as unknown[])).rows;
          } catch (error) {
            throw new DirectSqlError(error);
          }
        },
      }),
    };
  }
  const factory = new LazyPGliteAdapterFactory(target.dataDir);
  return {
    adapter: counting(factory, onStatement),
    direct: (connect) => ({
      async query<T extends Record<string, unknown>>(sql: string, params: readonly unknown[]) {
        let db: PGlite | undefined = factory.opened();
        if (!db) {
          await connect();
          db = factory.opened();
        }
        onStatement?.();
        try {
          if (!db) throw new Error("database is not open");
          return (await db.query<T>(sql, params as unknown[])).rows;
        } catch (error) {
          throw new DirectSqlError(error);
        }
      },
    }),
  };
}
