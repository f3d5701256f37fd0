import { describe, expect, it } from "vitest";
import { nhsNumberFromPrefix } from "@/lib/domain/nhs-number";
import { AppError } from "@/lib/server/errors";
import { lookUpPatientNames, NAME_LOOKUP_CONCURRENCY, namedPatients, patientNameOf } from "./patient-names";

// Synthetic, valid NHS numbers.
const A = "9681174003";
const B = "9663944528";
const C = "9680494063";

describe("lookUpPatientNames", () => {
  it("looks each distinct patient up once, however many rows name them, and skips blanks and invalid numbers", async () => {
    const calls: string[] = [];
    const names = await lookUpPatientNames([A, A, null, B, "1234567890", A, undefined, B], async (n) => {
      calls.push(n);
      return n === A ? "SMITH, Richard" : null;
    });
    expect(calls.sort()).toEqual([A, B].sort());
    expect(names.get(A)).toEqual({ nhsNumber: A, name: "SMITH, Richard", unavailable: null });
    expect(names.get(B)).toEqual({ nhsNumber: B, name: null, unavailable: "notFound" });
    expect(namedPatients(names)).toEqual([A]);
  });

  it("has no more than a few lookups in flight at once", async () => {
    let inFlight = 0;
    let most = 0;
    const numbers = Array.from({ length: 40 }, (_, i) => nhsNumberFromPrefix(968117400 + i * 7));
    expect(new Set(numbers).size).toBe(40);
    await lookUpPatientNames(numbers, async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
      return "DOE, Jane";
    });
    expect(most).toBeLessThanOrEqual(NAME_LOOKUP_CONCURRENCY);
    expect(most).toBeGreaterThan(1);
  });

  it("stops asking once the gateway is unreachable, and keeps every NHS number with the reason", async () => {
    let calls = 0;
    const names = await lookUpPatientNames([A, B, C], async () => {
      calls++;
      throw new AppError("MIG_UNAVAILABLE");
    });
    expect(calls).toBeLessThanOrEqual(Math.min(3, NAME_LOOKUP_CONCURRENCY));
    expect([...names.values()].map((p) => [p.nhsNumber, p.unavailable]).sort()).toEqual([A, B, C].map((n) => [n, "unreachable"]).sort());
    expect(namedPatients(names)).toEqual([]);
  });

  it("starts no lookup once the time budget is spent: the rest say the gateway was too slow", async () => {
    const names = await lookUpPatientNames(
      Array.from({ length: 20 }, (_, i) => nhsNumberFromPrefix(968117400 + i * 7)),
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return "DOE, Jane";
      },
      10,
    );
    const reasons = [...names.values()].map((p) => p.unavailable);
    expect(reasons.filter((r) => r === null)).toHaveLength(NAME_LOOKUP_CONCURRENCY);
    expect(reasons.filter((r) => r === "slow")).toHaveLength(20 - NAME_LOOKUP_CONCURRENCY);
  });

  it("a refusal or an unexpected failure leaves that patient unnamed, never a wrong name", async () => {
    const names = await lookUpPatientNames([A, B], async (n) => {
      if (n === A) throw new AppError("FORBIDDEN");
      throw new Error("boom");
    });
    expect(names.get(A)?.unavailable).toBe("refused");
    expect(names.get(B)?.unavailable).toBe("refused");
    expect(patientNameOf(names, null)).toBeNull();
    expect(patientNameOf(names, C)).toEqual({ nhsNumber: C, name: null, unavailable: "notFound" });
  });
});
