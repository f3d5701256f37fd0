// The one place that decides how the app and scripts reach the database (see target.ts).
// No "server-only" here: tsx scripts, tests and the Prisma CLI import this too; app code uses ./index.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { LazyPGliteAdapterFactory } from "./pglite-adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export function createAdapterFactory(target: DatabaseTarget = resolveDatabaseTarget()): SqlMigrationAwareDriverAdapterFactory {
  switch (target.kind) {
    case "postgres":
      return new PrismaPg({ connectionString: target.url });
    case "pglite":
      return new LazyPGliteAdapterFactory(target.dataDir);
  }
}
