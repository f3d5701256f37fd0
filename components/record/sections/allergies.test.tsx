import { describe, expect, it } from "vitest";
import { allergiesSection, allergy } from "@/test/builders/view-models/allergies";
import { dateView } from "@/test/builders/view-models/common";
import { complete, partial } from "@/test/builders/view-models/common";
import { count, render } from "@/test/builders/view-models/render";
import { WITHHELD_TITLE } from "../section-status";
import { AllergiesSection } from "./allergies";

describe("AllergiesSection", () => {
  it("lists active and ended allergies with reactions and a high-risk tag", () => {
    const { html, text } = render(<AllergiesSection section={allergiesSection()} />);
    expect(count(html, "<table")).toBe(2);
    expect(count(html, 'scope="row"')).toBe(3);
    expect(text).toContain("Penicillin High risk Medication allergy Anaphylaxis");
    expect(text).toContain("Peanut Food allergy Urticaria");
    expect(text).toContain("Elastoplast Environmental intolerance");
    expect(text).toContain("01-Aug-2022");
  });

  it("says 'No allergies recorded' when nothing is recorded and the section is complete", () => {
    const { text } = render(<AllergiesSection section={allergiesSection({ active: [], resolved: [], completeness: complete(0) })} />);
    expect(text).toContain("No allergies recorded");
    expect(text).toContain("No ended allergies recorded");
    expect(text).not.toContain("No known allergies");
  });

  it("shows a positively recorded 'No known allergies' differently from an empty list", () => {
    const { text } = render(
      <AllergiesSection section={allergiesSection({ active: [], resolved: [], noKnownAllergies: true, completeness: complete(1) })} />,
    );
    expect(text).toContain("No known allergies");
    expect(text).toContain("The practice has recorded that the patient has no known allergies.");
    expect(text).not.toContain("No allergies recorded");
  });

  it("warns that withheld items may include allergies", () => {
    const section = allergiesSection({ active: [], resolved: [], completeness: partial({ shown: 0, withheld: 1 }) });
    const { text } = render(<AllergiesSection section={section} />);
    expect(text).toContain(WITHHELD_TITLE);
    expect(text).toContain("No allergies shown");
    expect(text).not.toContain("No allergies recorded");
  });
});

describe("a recorded negation is shown as it says", () => {
  it("'No known drug allergy' is not shown as 'No known allergies'", () => {
    const section = { ...allergiesSection({ active: [], noKnownAllergies: true }), noKnownAllergiesText: "No known drug allergy" };
    const { text } = render(<AllergiesSection section={section} />);
    expect(text).toContain("No known drug allergy (as recorded)");
    expect(text).not.toContain("No known allergies");
  });
});

describe("statuses that change what an allergy means", () => {
  it("warns when a recorded negation contradicts recorded allergies, keeps refuted apart, and counts entered-in-error only", () => {
    const section = allergiesSection({
      noKnownAllergiesConflict: "No known drug allergy",
      refuted: [allergy({ id: "r1", substance: "Codeine", verification: "refuted" })],
      enteredInError: 1,
      active: [allergy({ id: "u1", substance: "Latex", category: "environment", verification: "unconfirmed" })],
    });
    const { text } = render(<AllergiesSection section={section} />);
    expect(text).toContain("The record contradicts itself about allergies");
    expect(text).toContain("Latex Unconfirmed");
    expect(text).toContain("Recorded, then found not to be allergies (refuted)");
    expect(text).toContain("1 entry marked by the practice as entered in error is not shown");
  });

  it("shows why an allergy ended", () => {
    const ended = allergy({
      id: "e1",
      substance: "Aspirin",
      status: "resolved",
      ended: { date: dateView("2020-02-03"), reason: "Tolerated" },
    });
    const { text } = render(<AllergiesSection section={allergiesSection({ resolved: [ended] })} />);
    expect(text).toContain("Reason: Tolerated");
  });
});
