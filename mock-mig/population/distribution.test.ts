import { describe, expect, it } from "vitest";
import { CCGS } from "./places";
import { PRACTICES, PRACTICE_COUNT, TOTAL_PATIENTS, practiceOfIndex } from "./practices";
import { populationContext } from "./context";
import { demographicsOf } from "./demographics";
import { ageInYears } from "./days";

describe("population structure", () => {
  it("has 1,100,000 patients in 143 practices in 6 CCGs", () => {
    expect(PRACTICES).toHaveLength(PRACTICE_COUNT);
    expect(PRACTICE_COUNT).toBe(143);
    expect(PRACTICES.reduce((sum, p) => sum + p.size, 0)).toBe(TOTAL_PATIENTS);
    expect(TOTAL_PATIENTS).toBe(1_100_000);
    expect(new Set(PRACTICES.map((p) => p.ccgCode)).size).toBe(6);
    expect(CCGS).toHaveLength(6);
    expect(new Set(PRACTICES.map((p) => p.odsCode)).size).toBe(143);
  });

  it("has realistic, uneven practice sizes", () => {
    const sizes = PRACTICES.map((p) => p.size).sort((a, b) => a - b);
    const mean = TOTAL_PATIENTS / PRACTICE_COUNT;
    expect(sizes[0]).toBeGreaterThanOrEqual(1000);
    expect(sizes[0]).toBeLessThan(mean * 0.5);
    expect(sizes[sizes.length - 1]).toBeGreaterThan(mean * 2);
    expect(sizes[sizes.length - 1]).toBeLessThan(40_000);
  });

  it("places every index in exactly one practice, contiguously", () => {
    for (const p of PRACTICES) {
      expect(practiceOfIndex(p.start).index).toBe(p.index);
      expect(practiceOfIndex(p.start + p.size - 1).index).toBe(p.index);
    }
    expect(() => practiceOfIndex(TOTAL_PATIENTS)).toThrow();
  });

  it("has a realistic age and sex mix", () => {
    const ctx = populationContext();
    const n = 20_000;
    let over65 = 0;
    let children = 0;
    let female = 0;
    let smith = 0;
    for (let k = 0; k < n; k++) {
      const d = demographicsOf(ctx, (k * 54_983) % TOTAL_PATIENTS);
      const age = ageInYears(d.birthDay, ctx.referenceDay);
      if (age >= 65) over65++;
      if (age < 16) children++;
      if (d.sex === "female") female++;
      if (d.family === "Smith") smith++;
      expect(d.address.postcode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
    }
    expect(over65 / n).toBeGreaterThan(0.14);
    expect(over65 / n).toBeLessThan(0.26);
    expect(children / n).toBeGreaterThan(0.14);
    expect(children / n).toBeLessThan(0.23);
    expect(female / n).toBeGreaterThan(0.47);
    expect(female / n).toBeLessThan(0.55);
    expect(smith / n).toBeGreaterThan(0.005);
  });
});
