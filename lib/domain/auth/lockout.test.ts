import { describe, expect, it } from "vitest";
import { decideSignIn, isLocked, type SignInState } from "./lockout";

const now = new Date("2026-11-25T10:00:00Z");
const fresh: SignInState = { failedSignInCount: 0, lockedUntil: null };
const policy = { maxFailures: 3, lockMinutes: 15 };

describe("sign-in lock-out", () => {
  it("resets the failure count on success", () => {
    const d = decideSignIn({ failedSignInCount: 2, lockedUntil: null }, true, now, policy);
    expect(d).toEqual({ outcome: "success", next: fresh });
  });

  it("counts failures and says how many attempts are left", () => {
    const d = decideSignIn(fresh, false, now, policy);
    expect(d).toMatchObject({ outcome: "wrong-password", attemptsLeft: 2, next: { failedSignInCount: 1 } });
  });

  it("locks on the last allowed failure for the policy's minutes", () => {
    const d = decideSignIn({ failedSignInCount: 2, lockedUntil: null }, false, now, policy);
    expect(d.outcome).toBe("locked-now");
    expect(d.next.lockedUntil).toEqual(new Date("2026-11-25T10:15:00Z"));
    expect(isLocked(d.next, now)).toBe(true);
  });

  it("refuses even the right password while locked, without extending the lock", () => {
    const locked = { failedSignInCount: 3, lockedUntil: new Date("2026-11-25T10:15:00Z") };
    const d = decideSignIn(locked, true, new Date("2026-11-25T10:14:59Z"), policy);
    expect(d).toMatchObject({ outcome: "still-locked", lockedUntil: locked.lockedUntil });
    expect(d.next).toBe(locked);
  });

  it("starts a fresh count once the lock has expired", () => {
    const expired = { failedSignInCount: 3, lockedUntil: new Date("2026-11-25T09:59:00Z") };
    expect(isLocked(expired, now)).toBe(false);
    expect(decideSignIn(expired, false, now, policy)).toMatchObject({ outcome: "wrong-password", attemptsLeft: 2 });
    expect(decideSignIn(expired, true, now, policy)).toEqual({ outcome: "success", next: fresh });
  });
});
