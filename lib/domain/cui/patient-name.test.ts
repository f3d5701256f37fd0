import { describe, expect, it } from "vitest";
import { formatPatientName } from "./patient-name";

describe("formatPatientName", () => {
  it("renders FAMILY, Given (Title)", () => {
    expect(formatPatientName({ family: "Smith", given: ["Richard"], prefix: ["Mr"] })).toBe("SMITH, Richard (Mr)");
    expect(formatPatientName({ family: "O'Brien-Hughes", given: ["Mary", "Anne"], prefix: ["Dr"] })).toBe("O'BRIEN-HUGHES, Mary Anne (Dr)");
  });

  it("leaves out missing parts rather than showing blanks or stray commas", () => {
    expect(formatPatientName({ family: "Smith", given: [] })).toBe("SMITH");
    expect(formatPatientName({ given: ["Richard"], prefix: ["Mr"] })).toBe("Richard (Mr)");
    expect(formatPatientName({ family: "  smith ", given: ["  ", "Jo"], prefix: [""] })).toBe("SMITH, Jo");
  });

  it("says so when there is no name at all", () => {
    expect(formatPatientName(undefined)).toBe("Name not recorded");
    expect(formatPatientName({ prefix: ["Mrs"] })).toBe("Name not recorded");
  });
});
