// A PrismaClient on the database the environment selects, for scripts and tests (no "server-only").
// Call $disconnect() when done: on PGlite that closes the database, which otherwise keeps Node running.
import { PrismaClient } from "../../../generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget()): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(target) });
}
