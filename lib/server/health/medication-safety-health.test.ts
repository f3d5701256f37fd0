import { afterEach, describe, expect, it } from "vitest";
import { recordSafetyFailure, resetSafetyStatus } from "@/lib/domain/medication-safety/safety-status";
import manifest from "@/lib/domain/medication-safety/rules/manifest.json";
import { medicationSafetyHealth } from "./check-health";

describe("medication safety in /api/health", () => {
  afterEach(() => resetSafetyStatus());

  it("is ok with the rule base version and review date when nothing has failed", () => {
    const h = medicationSafetyHealth(new Date("2026-12-03T12:00:00Z"));
    expect(h).toMatchObject({
      ok: true,
      ruleBase: { loads: true, version: manifest.version, reviewOverdue: false },
      failuresSinceStart: 0,
      lastFailure: null,
    });
  });

  it("reports a recent failure, then keeps counting it once it is old [HZ-EVID:med-fail-health]", () => {
    recordSafetyFailure("interactions", new TypeError("x"), new Date("2026-12-03T12:00:00Z"));
    expect(medicationSafetyHealth(new Date("2026-12-03T12:05:00Z"))).toMatchObject({
      ok: false,
      failuresSinceStart: 1,
      lastFailure: { check: "interactions", errorName: "TypeError" },
    });
    expect(medicationSafetyHealth(new Date("2026-12-03T13:00:00Z"))).toMatchObject({ ok: true, failuresSinceStart: 1 });
  });

  it("is not ok once the rule base's review date has passed [HZ-EVID:med-rule-base-overdue]", () => {
    expect(medicationSafetyHealth(new Date("2027-07-01T00:00:00Z"))).toMatchObject({
      ok: false,
      problem: "rule base review date has passed",
      ruleBase: { reviewOverdue: true },
    });
  });
});
