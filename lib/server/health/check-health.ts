import "server-only";
// Reachability of the app's dependencies. Says what is wrong in general words; no patient data, no raw errors.
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { logger } from "@/lib/server/log/logger";
import { ruleBaseInfo } from "@/lib/domain/medication-safety/check-medication-safety";
import { defaultKnowledgeBase } from "@/lib/domain/medication-safety/knowledge-base";
import { safetyStatus, type SafetyFailure } from "@/lib/domain/medication-safety/safety-status";

export type DependencyHealth = { ok: boolean; latencyMs: number; problem?: string };
export type Health = {
  status: "ok" | "degraded";
  checkedAt: string;
  app: { ok: true; version: string };
  database: DependencyHealth;
  mig: DependencyHealth;
  medicationSafety: MedicationSafetyHealth;
};

export type MedicationSafetyHealth = {
  ok: boolean;
  /** The rule base loads and validates; its version and whether its review date has passed. */
  ruleBase: { loads: boolean; version?: string; reviewDue?: string; reviewOverdue?: boolean };
  /** Checks that could not run since this process started (the record was still shown). */
  failuresSinceStart: number;
  lastFailure: SafetyFailure | null;
  problem?: string;
};

/** A failure this recent makes the safety checks "not ok"; an older one is still counted. */
const RECENT_FAILURE_MS = 15 * 60_000;

export function medicationSafetyHealth(now: Date = new Date()): MedicationSafetyHealth {
  const status = safetyStatus();
  const recent = status.lastFailure !== null && now.getTime() - new Date(status.lastFailure.at).getTime() < RECENT_FAILURE_MS;
  try {
    const info = ruleBaseInfo(defaultKnowledgeBase(), now);
    const problem = recent
      ? "medication safety checks could not run recently"
      : info.reviewOverdue
        ? "rule base review date has passed"
        : undefined;
    return {
      ok: !recent && !info.reviewOverdue,
      ruleBase: { loads: true, version: info.version, reviewDue: info.reviewDue, reviewOverdue: info.reviewOverdue },
      failuresSinceStart: status.failures,
      lastFailure: status.lastFailure,
      ...(problem ? { problem } : {}),
    };
  } catch {
    return {
      ok: false,
      ruleBase: { loads: false },
      failuresSinceStart: status.failures,
      lastFailure: status.lastFailure,
      problem: "rule base could not be loaded",
    };
  }
}

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
  const medicationSafety = medicationSafetyHealth();
  if (!database.ok || !mig.ok || !medicationSafety.ok)
    logger.warn(
      { database, mig, medicationSafety: { ok: medicationSafety.ok, problem: medicationSafety.problem } },
      "health check degraded",
    );
  return {
    status: database.ok && mig.ok && medicationSafety.ok ? "ok" : "degraded",
    checkedAt: new Date().toISOString(),
    app: { ok: true, version: serverEnv().npm_package_version },
    database,
    mig,
    medicationSafety,
  };
}
