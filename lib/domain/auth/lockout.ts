// Sign-in lock-out rules, kept pure so they can be tested without a database.
import { addMinutes, isAfter } from "date-fns";

export type LockoutPolicy = {
  /** Consecutive failures that lock the account. */
  maxFailures: number;
  /** How long the account stays locked. */
  lockMinutes: number;
};

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export type SignInState = { failedSignInCount: number; lockedUntil: Date | null };

export type SignInDecision =
  | { outcome: "success"; next: SignInState }
  | { outcome: "wrong-password"; next: SignInState; attemptsLeft: number }
  | { outcome: "locked-now"; next: SignInState }
  | { outcome: "still-locked"; next: SignInState; lockedUntil: Date };

export function isLocked(state: SignInState, now: Date): boolean {
  return state.lockedUntil !== null && isAfter(state.lockedUntil, now);
}

/**
 * Decide the outcome of one attempt. While locked, even the right password is refused (and the
 * lock is not extended, so a stranger cannot keep a colleague locked out for ever by hammering it).
 * An expired lock starts a fresh count.
 */
export function decideSignIn(
  state: SignInState,
  passwordMatches: boolean,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): SignInDecision {
  if (isLocked(state, now)) {
    return { outcome: "still-locked", next: state, lockedUntil: state.lockedUntil as Date };
  }
  const failuresSoFar = state.lockedUntil === null ? state.failedSignInCount : 0;
  if (passwordMatches) return { outcome: "success", next: { failedSignInCount: 0, lockedUntil: null } };

  const failures = failuresSoFar + 1;
  if (failures >= policy.maxFailures) {
    return { outcome: "locked-now", next: { failedSignInCount: failures, lockedUntil: addMinutes(now, policy.lockMinutes) } };
  }
  return {
    outcome: "wrong-password",
    next: { failedSignInCount: failures, lockedUntil: null },
    attemptsLeft: policy.maxFailures - failures,
  };
}
