import { describe, expect, it } from "vitest";
import { patientHeading, patientLabel, surnameFirst } from "./patient-name";

describe("patient names on the governance screens", () => {
  it("shows SURNAME, Given with the NHS number, without the banner's title", () => {
    expect(surnameFirst("SMITH, Richard (Mr)")).toBe("SMITH, Richard");
    expect(surnameFirst("O'NEILL, Mary-Ann")).toBe("O'NEILL, Mary-Ann");
    const named = { nhsNumber: "9434765919", name: "SMITH, Richard", unavailable: null } as const;
    expect(patientLabel(named)).toBe("SMITH, Richard (943 476 5919)");
    expect(patientHeading(named)).toBe("SMITH, Richard (943 476 5919)");
  });

  it("keeps the NHS number and says why when the name is not available", () => {
    const missing = { nhsNumber: "9434765919", name: null, unavailable: "unreachable" } as const;
    expect(patientLabel(missing)).toBe("943 476 5919 — name not available — gateway unreachable");
    expect(patientHeading(missing)).toBe("943 476 5919");
  });
});
