import { describe, expect, it } from "vitest";
import { formatMedicationName } from "./medication-name";

describe("formatMedicationName", () => {
  it("lower-cases generic names but keeps names like D3 and B12", () => {
    expect(formatMedicationName({ name: "Amoxicillin 500mg capsules", kind: "generic" })).toBe("amoxicillin 500mg capsules");
    expect(formatMedicationName({ name: "Colecalciferol (Vitamin D3) 800unit tablets", kind: "generic" })).toBe(
      "colecalciferol (vitamin D3) 800unit tablets",
    );
  });

  it("capitalises the brand and only the brand", () => {
    expect(formatMedicationName({ name: "Zoton FasTab 30mg orodispersible tablets", kind: "brand" })).toBe(
      "ZOTON FASTAB 30mg orodispersible tablets",
    );
    expect(formatMedicationName({ name: "Oramorph 10mg/5ml oral solution", kind: "brand", brandName: "Oramorph" })).toBe(
      "ORAMORPH 10mg/5ml oral solution",
    );
    expect(formatMedicationName({ name: "Sinemet Plus 25mg/100mg tablets", kind: "brand", brandName: "Sinemet Plus" })).toBe(
      "SINEMET PLUS 25mg/100mg tablets",
    );
    expect(formatMedicationName({ name: "Ventolin Evohaler", kind: "brand" })).toBe("VENTOLIN EVOHALER");
  });

  it("falls back to the word heuristic when the brand name does not match the start", () => {
    expect(formatMedicationName({ name: "Nurofen 200mg tablets", kind: "brand", brandName: "Other" })).toBe("NUROFEN 200mg tablets");
  });

  it("leaves unknown kinds as recorded and reports a missing name", () => {
    expect(formatMedicationName({ name: "Paracetamol  500mg Tablets", kind: "unknown" })).toBe("Paracetamol 500mg Tablets");
    expect(formatMedicationName({ name: undefined, kind: "generic" })).toBe("Medication name not recorded");
  });
});
