import "server-only";
// Reachability of the app's dependencies. Says what is wrong in general words; no patient data, no raw errors.
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { logger } from "@/lib/server/log/logger";

export type DependencyHealth = { ok: boolean; latencyMs: number; problem?: string };
export type Health = {
  status: "ok" | "degraded";
  checkedAt: string;
  app: { ok: true; version: string };
  database: DependencyHealth;
  mig: DependencyHealth;
};

async function timed(check: () => Promise<string | undefined>): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    const problem = await check();
    return { ok: problem === undefined, latencyMs: Math.round(performance.now() - started), ...(problem ? { problem } : {}) };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, latencyMs: Math.round(performance.now() - started), problem: timedOut ? "timed out" : "unreachable" };
  }
}

export async function checkHealth(): Promise<Health> {
  const env = serverEnv();
  const [database, mig] = await Promise.all([
    timed(async () => {
      const prisma = getPrisma();
      await prisma.$queryRaw`SELECT 1`;
      return undefined;
    }),
    timed(async () => {
      const response = await fetch(`${env.MIG_URL}/metadata`, { signal: AbortSignal.timeout(2000), cache: "no-store" });
      return response.ok ? undefined : `answered HTTP ${response.status}`;
    }),
  ]);
  if (!database.ok || !mig.ok) logger.warn({ database, mig }, "health check degraded");
  return {
    status: database.ok && mig.ok ? "ok" : "degraded",
    checkedAt: new Date().toISOString(),
    app: { ok: true, version: serverEnv().npm_package_version },
    database,
    mig,
  };
}
