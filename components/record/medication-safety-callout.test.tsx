import { describe, expect, it } from "vitest";
import { finding, safetyReport } from "@/test/builders/view-models/safety";
import { render } from "@/test/builders/view-models/render";
import { MedicationSafetyCallout } from "./medication-safety-callout";

const duplicate = finding({
  id: "d1",
  kind: "duplicate-drug",
  severity: "moderate",
  title: "Omeprazole from two sources",
  explanation: "omeprazole 20mg capsules from Riverside Surgery (own GP practice), last issued 01-Nov-2026, and from Harbour Out of Hours (out of hours), issued 20-Nov-2026.",
});
const interaction = finding({ id: "i1", kind: "interaction", severity: "severe", title: "Warfarin with ibuprofen", explanation: "Raised risk of bleeding." });
const allergy = finding({ id: "a1", kind: "allergy-conflict", severity: "severe", title: "Amoxicillin with a penicillin allergy" });

describe("MedicationSafetyCallout", () => {
  it("lists findings most severe first, allergy conflicts before interactions, whatever the input order", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport({ findings: [duplicate, interaction, allergy] })} />);
    expect(text).toContain("Important: Medication safety: 3 warnings");
    const order = ["Amoxicillin with a penicillin allergy", "Warfarin with ibuprofen", "Omeprazole from two sources"].map((t) => text.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain("Severe Allergy conflict");
    expect(text).toContain("Moderate Same drug from more than one source");
  });

  it("names the drugs, sources and dates from the explanation", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport({ findings: [duplicate] })} />);
    expect(text).toContain("Harbour Out of Hours (out of hours), issued 20-Nov-2026");
    expect(text).toContain("Checked 4 current medications against Synthetic interactions list (version 1.0.0).");
  });

  it("does not reassure when the checks saw an incomplete record", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport({ inputIncomplete: ["source-unavailable", "items-withheld"] })} />);
    expect(text).toContain("No medication safety warnings found");
    expect(text).toContain("These checks could not see everything: part of the record could not be fetched; some items were withheld. Absence of a warning is not reassurance.");
  });

  it("states a clean result with what was checked", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport()} />);
    expect(text).toBe("No medication safety warnings found Checked 4 current medications against Synthetic interactions list (version 1.0.0).");
  });
});
