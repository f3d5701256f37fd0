// Process-wide record of medication-safety failures, for logging and /api/health. Kept on globalThis so
// every bundle of the server (route handlers are bundled separately) shares one record. No patient data:
// only which check failed, the error's class name, and when.

export interface SafetyFailure {
  check: string;
  errorName: string;
  at: string;
}

export interface SafetyStatus {
  failures: number;
  lastFailure: SafetyFailure | null;
}

type Listener = (failure: SafetyFailure) => void;
interface Registry {
  status: SafetyStatus;
  listeners: Set<Listener>;
}

const KEY = Symbol.for("gateway-viewer.medication-safety-status");

function registry(): Registry {
  const g = globalThis as typeof globalThis & { [KEY]?: Registry };
  g[KEY] ??= { status: { failures: 0, lastFailure: null }, listeners: new Set() };
  return g[KEY];
}

export function recordSafetyFailure(check: string, error: unknown, now: Date = new Date()): SafetyFailure {
  const failure: SafetyFailure = { check, errorName: error instanceof Error ? error.name : typeof error, at: now.toISOString() };
  const r = registry();
  r.status = { failures: r.status.failures + 1, lastFailure: failure };
  for (const listener of r.listeners) {
    try {
      listener(failure);
    } catch {
      // A broken logger must not turn a soft failure into a hard one.
    }
  }
  return failure;
}

export function safetyStatus(): SafetyStatus {
  return registry().status;
}

/** Subscribe (e.g. the server logger); returns an unsubscribe function. */
export function onSafetyFailure(listener: Listener): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}

/** For tests only. */
export function resetSafetyStatus(): void {
  registry().status = { failures: 0, lastFailure: null };
}
