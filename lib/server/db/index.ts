// The database for app code: one PrismaClient per server process.
import "server-only";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import { serverEnv } from "@/lib/server/config/env";
import { countStatement, requestTimingEnabled } from "@/lib/server/http/request-timing";
import { createPrismaClient, directSql } from "./client";
import type { DirectSql } from "./direct-sql";
import { resolveDatabaseTarget } from "./target";

// Cached on globalThis because Next.js dev re-evaluates modules on every edit; a new client each time would
// open a second PGlite on the same folder (silent divergence, docs/stack-notes.md "PGlite") or leak PostgreSQL pools.
const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };

function databaseTarget() {
  const { DATABASE_URL, PGLITE_DIR } = serverEnv();
  return resolveDatabaseTarget({ DATABASE_URL, PGLITE_DIR });
}

export function getPrisma(): PrismaClient {
  cache.__gatewayPrisma ??= createPrismaClient(databaseTarget(), requestTimingEnabled() ? countStatement : undefined);
  return cache.__gatewayPrisma;
}

/**
 * Direct parameterised SQL on getPrisma()'s own connections, for the statements every request makes (session,
 * access episode, audit append). Everything else goes through Prisma.
 */
export function getDirectSql(): DirectSql {
  return directSql(getPrisma());
}

/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = Prisma.TransactionClient;
export type { PrismaClient };
export { directSql };
export * from "../../../generated/prisma/enums";
