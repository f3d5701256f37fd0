// Sign-in lock-out rules, kept pure so they can be tested without a database. The database side
// (lib/server/auth/sign-in.ts) counts every attempt atomically BEFORE the password is checked, and these rules
// decide from the number it wrote, so concurrent attempts can never share one count.
import { addMinutes } from "date-fns";

export type LockoutPolicy = {
  /** Consecutive failures that lock the account. */
  maxFailures: number;
  /** How long the account stays locked. */
  lockMinutes: number;
};

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

/**
 * What to do with attempt number `attempt` (1 = the first since the last success or expired lock), as written
 * by the atomic counter. Attempts beyond the allowance are refused without looking at the password: they can
 * only exist when earlier attempts are still being checked concurrently, or have failed.
 */
export function decideAttempt(attempt: number, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): "check-password" | "over-limit" {
  return attempt > policy.maxFailures ? "over-limit" : "check-password";
}

export type WrongPasswordDecision = { outcome: "locked-now" } | { outcome: "wrong-password"; attemptsLeft: number };

/** A wrong password on attempt number `attempt`: the last allowed one locks the account. */
export function decideWrongPassword(attempt: number, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): WrongPasswordDecision {
  if (attempt >= policy.maxFailures) return { outcome: "locked-now" };
  return { outcome: "wrong-password", attemptsLeft: policy.maxFailures - attempt };
}

/** When a lock taken now ends. A lock is never extended while it holds (see sign-in.ts). */
export function lockedUntil(now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): Date {
  return addMinutes(now, policy.lockMinutes);
}
