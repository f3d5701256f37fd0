// PGlite behind Prisma's driver-adapter interface, opened lazily and closed on dispose.
// Lazy because an open PGlite can keep the Node event loop alive: the Prisma CLI builds the factory just to
// print its name (`prisma -v`, `prisma generate` in postinstall) and must not open a database (docs/stack-notes.md, "PGlite").
import { mkdirSync } from "node:fs";
import { PGlite, messages, type Results } from "@electric-sql/pglite";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { DelegatingAdapter, toDriverError } from "./delegating-adapter";

export type PGliteAdapterOptions = {
  /**
   * The schema engine sends multi-statement SQL through argument-less executeRaw; PGlite's query() uses the
   * extended protocol, which refuses several commands in one statement (docs/stack-notes.md, "Prisma 6 offline"). Only the CLI needs this.
   */
  readonly argumentlessRawThroughExec?: boolean;
};

class PGliteDriverAdapter extends DelegatingAdapter {
  constructor(
    inner: SqlDriverAdapter,
    private readonly db: PGlite,
    private readonly options: PGliteAdapterOptions,
    afterDispose: () => Promise<void>,
  ) {
    super(inner, afterDispose);
  }

  // pglite-prisma-adapter passes PGlite's errors through raw, which Prisma reports as "Message: undefined";
  // mapped, a refused statement (e.g. the audit table's append-only trigger) says why, as it does on pg.
  override queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return mapErrors(() => this.inner.queryRaw(query));
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = await mapErrors(() => this.inner.startTransaction(isolationLevel));
    return new Proxy(tx, {
      get(target, property, receiver) {
        if (property === "queryRaw" || property === "executeRaw") {
          return (query: SqlQuery) => mapErrors(() => target[property](query) as Promise<never>);
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  override async executeRaw(query: SqlQuery): Promise<number> {
    if (!this.options.argumentlessRawThroughExec || query.args.length > 0) return mapErrors(() => this.inner.executeRaw(query));
    const results = await this.exec(query.sql);
    return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
  }

  // pglite-prisma-adapter 0.6.1 does not await exec(), so a failing migration script would pass as applied.
  override async executeScript(script: string): Promise<void> {
    await this.exec(script);
  }

  private exec(sql: string): Promise<Results[]> {
    return mapErrors(() => this.db.exec(sql));
  }
}

async function mapErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toDriverError(error, messages.DatabaseError);
  }
}

async function wrap(db: PGlite, options: PGliteAdapterOptions, afterDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(db).connect();
  return new PGliteDriverAdapter(inner, db, options, afterDispose);
}

// Reopening an existing folder arms PostgreSQL's startup-progress timer (every 10 s, never cancelled in PGlite's
// single-user mode), which keeps Node alive. The Prisma CLI never disposes its adapter, so without this
// `migrate deploy` / `migrate status` on an existing folder finish their work and then hang. (A one-shot 10 s
// statistics timer remains: the CLI exits about 10 s after its work. Scripts close PGlite, which clears it.)
const START_PARAMS = [...PGlite.defaultStartParams, "-c", "log_startup_progress_interval=0"];

/** Opens (creating if missing) the PGlite database in dataDir. Close it when done. */
export async function openPGlite(dataDir: string): Promise<PGlite> {
  mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir, { startParams: START_PARAMS });
}

export class LazyPGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private db: Promise<PGlite> | undefined;
  private openDb: PGlite | undefined;
  private users = 0;

  constructor(
    private readonly dataDir: string,
    private readonly options: PGliteAdapterOptions = {},
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    // One PGlite per folder per process, shared by every adapter: PGlite has no lock, and a second instance
    // on the folder would silently diverge (trap 4). Closed when the last adapter is disposed.
    this.db ??= openPGlite(this.dataDir);
    const db = await this.db;
    this.users += 1;
    this.openDb = db;
    return wrap(db, this.options, () => this.release(db));
  }

  /** The database while an adapter of this factory has it open (direct statements share it: one PGlite per folder). */
  opened(): PGlite | undefined {
    return this.openDb && !this.openDb.closed ? this.openDb : undefined;
  }

  // In memory and closed on dispose (the library's own shadow database is never closed and keeps the CLI alive).
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await PGlite.create({ startParams: START_PARAMS });
    return wrap(shadow, this.options, () => shadow.close());
  }

  private async release(db: PGlite): Promise<void> {
    this.users -= 1;
    if (this.users > 0) return;
    this.db = undefined;
    if (this.openDb === db) this.openDb = undefined;
    if (!db.closed) await db.close();
  }
}
