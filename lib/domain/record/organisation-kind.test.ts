import { describe, expect, it } from "vitest";
import { describeSource, organisationKindLabel, sourceKey } from "./organisation-kind";

describe("organisation kind", () => {
  it("labels every kind in words for tags and sentences", () => {
    expect(organisationKindLabel("out-of-hours")).toBe("out of hours");
    expect(organisationKindLabel("other-practice")).toBe("another GP practice");
    expect(describeSource({ name: "County Hospital", odsCode: "RXX", kind: "hospital" })).toBe("County Hospital (hospital)");
  });

  it("identifies a source by ODS code, else by name regardless of case", () => {
    expect(sourceKey({ name: "A", odsCode: "Y1", kind: "own-practice" })).toBe("Y1");
    expect(sourceKey({ name: " Riverside Surgery", odsCode: null, kind: "unknown" })).toBe(
      sourceKey({ name: "riverside surgery", odsCode: null, kind: "unknown" }),
    );
  });
});
