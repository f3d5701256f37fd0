import "server-only";
// Per-request step timings for measuring the server path (BENCHMARKS.md, "Per-request breakdown after the s6
// changes"). OFF unless REQUEST_TIMING=1: then each API request wrapped by route() logs one line with the
// milliseconds each named step took and how many database statements it made. Step names and numbers only:
// never a path, parameter, identifier or any record content.
import { AsyncLocalStorage } from "node:async_hooks";
import { serverEnv } from "@/lib/server/config/env";
import { logger } from "@/lib/server/log/logger";

type Timing = { steps: Record<string, number>; statements: number; statementsBefore: number; started: number };

// On globalThis: Next.js bundles instrumentation (which may create the database client, and so the statement hook) and
// each route handler with their own copy of this module.
const shared = globalThis as typeof globalThis & { __requestTimingStore?: AsyncLocalStorage<Timing> };
const store = (shared.__requestTimingStore ??= new AsyncLocalStorage<Timing>());
// Also counted process-wide: Prisma may run a statement outside the request's async context, so one request's count
// at c=1 is the difference of this counter across the request (what the log line's `statementsInProcess` gives).
const counter = globalThis as typeof globalThis & { __requestTimingStatements?: number };

export function requestTimingEnabled(): boolean {
  return serverEnv().REQUEST_TIMING;
}

/** Runs a request with timing on (when enabled) and logs its steps when it ends. */
export async function withRequestTiming<T>(kind: string, run: () => Promise<T>): Promise<T> {
  if (!requestTimingEnabled()) return run();
  const timing: Timing = { steps: {}, statements: 0, statementsBefore: counter.__requestTimingStatements ?? 0, started: performance.now() };
  try {
    return await store.run(timing, run);
  } finally {
    const total = performance.now() - timing.started;
    const steps = Object.fromEntries(Object.entries(timing.steps).map(([k, v]) => [k, Math.round(v * 100) / 100]));
    const inProcess = (counter.__requestTimingStatements ?? 0) - timing.statementsBefore;
    logger.info(
      {
        requestTiming: { kind, total: Math.round(total * 100) / 100, statements: timing.statements, statementsInProcess: inProcess, steps },
      },
      "request timing",
    );
  }
}

/** Adds the time `run` takes to the current request's step (nothing when timing is off or outside a request). */
export async function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  const timing = store.getStore();
  if (!timing) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    timing.steps[step] = (timing.steps[step] ?? 0) + performance.now() - started;
  }
}

/** The synchronous twin of timed(). */
export function timedSync<T>(step: string, run: () => T): T {
  const timing = store.getStore();
  if (!timing) return run();
  const started = performance.now();
  try {
    return run();
  } finally {
    timing.steps[step] = (timing.steps[step] ?? 0) + performance.now() - started;
  }
}

/** Counts one database statement against the current request (timing on only). */
export function countStatement(): void {
  counter.__requestTimingStatements = (counter.__requestTimingStatements ?? 0) + 1;
  const timing = store.getStore();
  if (timing) timing.statements += 1;
}
