// The driver adapter for the Prisma CLI (prisma.config.ts): the app's choice of database plus the fixes the
// wasm schema engine needs to run `migrate deploy` / `migrate dev` through adapters (docs/stack-notes.md, "Prisma 6 offline").
// Imported only by the CLI config and scripts; never bundled into the app.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { DelegatingAdapter, toDriverError } from "./delegating-adapter";
import { LazyPGliteAdapterFactory } from "./pglite-adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

const TEXT_OID = 25;
// `name` (19) and `"char"` (18) fill the catalog queries the schema engine runs; adapter-pg 6.19.3 cannot
// deserialize them (prisma/orm#27403). Both arrive as plain text on the wire, so reporting them as text is exact.
const CATALOG_TEXT_OIDS = new Set([18, 19]);

type RowDescription = { fields: Array<{ dataTypeID: number }> };

function isRowDescription(message: unknown): message is RowDescription {
  return typeof message === "object" && message !== null && Array.isArray((message as { fields?: unknown }).fields);
}

class CatalogTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Prepended so the types change before pg hands the description to the running query.
    this.connection.prependListener("rowDescription", (message: unknown) => {
      if (!isRowDescription(message)) return;
      for (const field of message.fields) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    });
  }
}

class CliPgAdapter extends DelegatingAdapter {
  constructor(
    inner: SqlDriverAdapter,
    private readonly pool: pg.Pool,
    afterDispose?: () => Promise<void>,
  ) {
    super(inner, afterDispose);
  }

  // adapter-pg splits scripts on every ";", which breaks dollar-quoted bodies and string literals. One simple
  // query runs the whole migration as PostgreSQL's native engine would, in one implicit transaction.
  override async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (error) {
      throw toDriverError(error, pg.DatabaseError);
    }
  }
}

async function connectPg(url: string, afterDispose?: () => Promise<void>): Promise<CliPgAdapter> {
  // allowExitOnIdle: the CLI never disposes its adapter; idle clients would hold it open for 10 s.
  const pool = new pg.Pool({ connectionString: url, Client: CatalogTextClient, max: 2, allowExitOnIdle: true });
  const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  return new CliPgAdapter(inner, pool, afterDispose);
}

class CliPgAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly url: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return connectPg(this.url);
  }

  // adapter-pg's own shadow database is the real one when configured with a connection string, and it drops
  // the shadow before closing the pool on it (trap 7). Here: a URL naming the shadow, pool closed, then drop.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = await connectPg(this.url);
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    return connectPg(shadowUrl.toString(), async () => {
      try {
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.dispose();
      }
    });
  }
}

export function cliAdapterFactory(target: DatabaseTarget = resolveDatabaseTarget()): SqlMigrationAwareDriverAdapterFactory {
  switch (target.kind) {
    case "postgres":
      return new CliPgAdapterFactory(target.url);
    case "pglite":
      return new LazyPGliteAdapterFactory(target.dataDir, { argumentlessRawThroughExec: true });
  }
}
