// What a practice's fault configuration does to one request. Randomness here is deliberate (error
// rates); rates of 0 and 1 make tests deterministic.

import type { PracticeFault } from "./fault-config";

export type FaultOutcome =
  | { kind: "none"; delayMs: number }
  | { kind: "offline"; delayMs: number }
  | { kind: "error"; delayMs: number }
  | { kind: "timeout"; delayMs: number }
  | { kind: "malformed"; delayMs: number }
  | { kind: "truncated"; delayMs: number };

export const DEFAULT_TIMEOUT_MS = 10_000;

export function decideFault(fault: PracticeFault | undefined, random: () => number = Math.random): FaultOutcome {
  if (!fault) return { kind: "none", delayMs: 0 };
  const latency = fault.latencyMs;
  const delayMs =
    latency === undefined
      ? 0
      : typeof latency === "number"
        ? latency
        : latency.min + Math.floor(random() * (latency.max - latency.min + 1));
  if (fault.offline) return { kind: "offline", delayMs };
  const roll = (rate?: number) => rate !== undefined && rate > 0 && random() < rate;
  if (roll(fault.timeoutRate)) return { kind: "timeout", delayMs: delayMs + (fault.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
  if (roll(fault.errorRate)) return { kind: "error", delayMs };
  if (roll(fault.malformedRate)) return { kind: "malformed", delayMs };
  if (roll(fault.truncatedRate)) return { kind: "truncated", delayMs };
  return { kind: "none", delayMs };
}
