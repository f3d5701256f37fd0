// The database for app code: one PrismaClient per server process.
import "server-only";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import { createPrismaClient } from "./client";

// Cached on globalThis because Next.js dev re-evaluates modules on every edit; a new client each time would
// open a second PGlite on the same folder (silent divergence, STACK.md trap 4) or leak PostgreSQL pools.
const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  cache.__gatewayPrisma ??= createPrismaClient();
  return cache.__gatewayPrisma;
}

/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = Prisma.TransactionClient;
export type { PrismaClient };
export * from "../../../generated/prisma/enums";
