import { describe, expect, it } from "vitest";
import { complete } from "@/test/builders/view-models/common";
import { medItem } from "@/test/builders/view-models/medications";
import { render } from "@/test/builders/view-models/render";
import { SummaryTypeNotRecorded, TYPE_NOT_RECORDED_TITLE } from "./summary-type-not-recorded";

describe("SummaryTypeNotRecorded", () => {
  it("lists current medication whose course type was not recorded, under its own heading", () => {
    const item = medItem({ id: "u1", name: "simvastatin 40mg tablets", prescriptionType: "unknown" });
    const { text } = render(<SummaryTypeNotRecorded items={[item]} completeness={complete(1)} />);
    expect(text).toContain(TYPE_NOT_RECORDED_TITLE);
    expect(text).toContain("simvastatin 40mg tablets");
  });

  it("says nothing when every current medicine has a course type", () => {
    const { text } = render(<SummaryTypeNotRecorded items={[]} completeness={complete(0)} />);
    expect(text).toBe("");
  });
});
