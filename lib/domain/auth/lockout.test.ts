import { describe, expect, it } from "vitest";
import { decideAttempt, decideWrongPassword, lockedUntil } from "./lockout";

const policy = { maxFailures: 3, lockMinutes: 15 };

describe("sign-in lock-out", () => {
  it("checks the password for attempts within the allowance and refuses any beyond it unchecked", () => {
    expect([1, 2, 3].map((n) => decideAttempt(n, policy))).toEqual(["check-password", "check-password", "check-password"]);
    expect([4, 24].map((n) => decideAttempt(n, policy))).toEqual(["over-limit", "over-limit"]);
  });

  it("counts failures and says how many attempts are left", () => {
    expect(decideWrongPassword(1, policy)).toEqual({ outcome: "wrong-password", attemptsLeft: 2 });
    expect(decideWrongPassword(2, policy)).toEqual({ outcome: "wrong-password", attemptsLeft: 1 });
  });

  it("locks on the last allowed failure for the policy's minutes", () => {
    expect(decideWrongPassword(3, policy)).toEqual({ outcome: "locked-now" });
    expect(lockedUntil(new Date("2026-11-25T10:00:00Z"), policy)).toEqual(new Date("2026-11-25T10:15:00Z"));
  });
});
