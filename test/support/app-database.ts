// Points the app's getPrisma() at a test database for the enclosing describe block (server modules use the
// process-wide client cached on globalThis; tests swap it).
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { createPrismaClient } from "../../lib/server/db/client";
import { useDatabase, type Backend, type TestDatabase } from "../db/databases";

const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };

export function setUpAppDatabase(backend: Backend): () => { db: TestDatabase; prisma: PrismaClient } {
  const database = useDatabase(backend, { migrated: true });
  let prisma: PrismaClient | undefined;
  beforeAll(() => {
    prisma = createPrismaClient(database().target);
    cache.__gatewayPrisma = prisma;
  });
  afterAll(async () => {
    if (cache.__gatewayPrisma === prisma) delete cache.__gatewayPrisma;
    await prisma?.$disconnect();
  });
  return () => {
    if (!prisma) throw new Error("the app database is not ready");
    return { db: database(), prisma };
  };
}
