import { describe, expect, it } from "vitest";
import { administrativeSection } from "@/test/builders/view-models/administrative";
import { complete, OTHER, partial, PRACTICE } from "@/test/builders/view-models/common";
import { render } from "@/test/builders/view-models/render";
import { AdministrativeSection } from "./administrative";

describe("AdministrativeSection", () => {
  it("shows each item as a key–value row, tagging a source other than the own practice", () => {
    const base = administrativeSection();
    const items = base.items.map((i) => (i.id === "nhs-number-status" ? { ...i, source: OTHER } : i));
    const { text } = render(<AdministrativeSection section={{ ...base, items }} />);
    expect(text).toContain("Complete: 2 items");
    expect(text).toContain(
      "Registered GP practice Riverside Surgery (Y90001) NHS number status Number present and verified Another GP practice",
    );
  });

  it("marks the section as not retrieved when the source could not supply it, as the mapping does", () => {
    const section = administrativeSection({ completeness: partial({ shown: 2, sourceUnavailable: true }) });
    const { text } = render(<AdministrativeSection section={section} practice={PRACTICE} />);
    expect(text).toContain("Incomplete: 2 items shown");
    expect(text).toContain("Administrative items could not be fetched from Riverside Surgery (Y90001)");
  });

  it("has an honest empty state", () => {
    expect(render(<AdministrativeSection section={{ completeness: complete(0), items: [] }} />).text).toContain(
      "No administrative items recorded",
    );
  });
});
