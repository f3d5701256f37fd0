// A PrismaClient on the database the environment selects, for scripts and tests (no "server-only").
// Call $disconnect() when done: on PGlite that closes the database, which otherwise keeps Node running.
import { PrismaClient } from "../../../generated/prisma/client";
import { createClientFactory, type DirectSql, type StatementHook } from "./direct-sql";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

// On globalThis: Next.js bundles instrumentation and each route handler with their own copy of this module, while the
// client itself is shared through globalThis (index.ts).
const shared = globalThis as typeof globalThis & { __gatewayDirectSql?: WeakMap<PrismaClient, DirectSql> };
const directOf = (shared.__gatewayDirectSql ??= new WeakMap());

export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget(), onStatement?: StatementHook): PrismaClient {
  const factory = createClientFactory(target, onStatement);
  const prisma = new PrismaClient({ adapter: factory.adapter });
  directOf.set(
    prisma,
    factory.direct(() => prisma.$connect()),
  );
  return prisma;
}

/** Direct parameterised SQL on this client's own connections (lib/server/db/direct-sql.ts); only for clients made here. */
export function directSql(prisma: PrismaClient): DirectSql {
  const direct = directOf.get(prisma);
  if (!direct) throw new Error("this PrismaClient was not made by createPrismaClient");
  return direct;
}
