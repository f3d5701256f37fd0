import { describe, expect, it } from "vitest";
import { finding, safetyReport } from "@/test/builders/view-models/safety";
import { render } from "@/test/builders/view-models/render";
import { COULD_NOT_RUN, MedicationSafetyCallout, MedicationSafetyPointer } from "./medication-safety-callout";

const duplicate = finding({
  id: "d1",
  kind: "duplicate-drug",
  severity: "moderate",
  title: "Omeprazole in 2 current prescriptions",
  explanation:
    "omeprazole 20mg capsules from Riverside Surgery (own GP practice), last issued 01-Nov-2026, and from Harbour Out of Hours (out of hours), issued 20-Nov-2026.",
});
const interaction = finding({
  id: "i1",
  kind: "interaction",
  severity: "severe",
  title: "Oral anticoagulant with an NSAID",
  explanation: "Raised risk of bleeding.",
  references: [{ body: "PRIMIS, University of Nottingham", title: "National PINCER Dataset", date: "2019-01-16", url: null }],
});
const allergy = finding({ id: "a1", kind: "allergy-conflict", severity: "severe", title: "Amoxicillin with a penicillin allergy" });
const mild = finding({ id: "m1", kind: "interaction", severity: "mild", title: "ACE inhibitor with spironolactone" });

describe("MedicationSafetyCallout", () => {
  it("counts by severity, opens the most severe and lists the rest one line each, most severe first", () => {
    const { text, html } = render(<MedicationSafetyCallout report={safetyReport({ findings: [duplicate, mild, interaction, allergy] })} />);
    expect(text).toContain("Important: Medication safety: 2 severe, 1 moderate, 1 mild");
    const order = [
      "Amoxicillin with a penicillin allergy",
      "Oral anticoagulant with an NSAID",
      "Omeprazole in 2",
      "ACE inhibitor with spironolactone",
    ].map((t) => text.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.split("<details").length - 1).toBe(3);
    expect(text).toContain("Severe Allergy: Amoxicillin");
    expect(text).toContain("Mild — monitor Interaction: ACE inhibitor");
  });

  it("tells severe, moderate and mild apart without colour: a word, a mark and a different badge each [HZ-EVID:safety-severity-not-colour-only]", () => {
    const { html } = render(<MedicationSafetyCallout report={safetyReport({ findings: [allergy, duplicate, mild] })} />);
    const badge = (severity: string) => {
      const match = new RegExp(`<strong data-severity="${severity}" class="([^"]*)">(.*?)</strong>`).exec(html);
      expect(match, severity).not.toBeNull();
      return { className: match![1]!, inner: match![2]! };
    };
    const [severe, moderate, mildBadge] = [badge("severe"), badge("moderate"), badge("mild")];
    expect(severe.inner).toContain("!!</span>Severe");
    expect(moderate.inner).toContain("!</span>Moderate");
    expect(mildBadge.inner).toBe("Mild — monitor");
    // Solid, outlined and dashed: different in greyscale and print, not only in hue.
    expect(severe.className).toContain("bg-nhs-red text-white");
    expect(moderate.className).toContain("border-2 border-nhs-black");
    expect(mildBadge.className).toContain("border-dashed");
    expect(new Set([severe.className, moderate.className, mildBadge.className]).size).toBe(3);
  });

  it("points from above the medication lists down to the panel, with the counts", () => {
    const { text, html } = render(<MedicationSafetyPointer report={safetyReport({ findings: [allergy, duplicate] })} />);
    expect(text).toBe("Medication safety: 1 severe, 1 moderate (after the current medication)");
    expect(html).toContain('href="#medication-safety-title"');
    expect(render(<MedicationSafetyPointer report={safetyReport()} />).html).toBe("");
  });

  it("shows the action and the checkable reference", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport({ findings: [interaction] })} />);
    expect(text).toContain("What to do: Check with the patient.");
    expect(text).toContain("Source: PRIMIS, University of Nottingham, National PINCER Dataset (2019-01-16)");
  });

  it("never claims completeness when there are no warnings [HZ-EVID:med-no-false-reassurance]", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport()} />);
    expect(text).toBe("No warnings from 110 rules (version 2.0.0, 03-Dec-2026). This is not a complete interaction check.");
  });

  it("does not reassure when the checks saw an incomplete record [HZ-EVID:med-no-false-reassurance]", () => {
    const { text } = render(
      <MedicationSafetyCallout report={safetyReport({ inputIncomplete: ["source-unavailable", "items-withheld"] })} />,
    );
    expect(text).toContain(
      "These checks could not see everything: part of the record could not be fetched; some items were withheld. Absence of a warning is not reassurance.",
    );
  });

  it("lists every medicine that could not be identified, and dormant repeats [HZ-EVID:med-not-checked-listed]", () => {
    const { text } = render(
      <MedicationSafetyCallout
        report={safetyReport({
          notChecked: [
            { medicationId: "x", name: "Mystery cream", reason: "not-identified", detail: null },
            { medicationId: "y", name: "ZANTOPRIL 5mg tablets", reason: "not-identified", detail: null },
            {
              medicationId: "z",
              name: "naproxen 500mg tablets",
              reason: "dormant",
              detail: "dormant repeat — not issued since 01-Mar-2022",
            },
          ],
        })}
      />,
    );
    expect(text).toContain("2 medicines could not be checked: Mystery cream; ZANTOPRIL 5mg tablets.");
    expect(text).toContain("Not checked as current: naproxen 500mg tablets (dormant repeat — not issued since 01-Mar-2022).");
  });

  it("says when the checks could not run [HZ-EVID:med-fail-soft]", () => {
    const { text } = render(<MedicationSafetyCallout report={safetyReport({ status: "could-not-run", ruleBase: null })} />);
    expect(text).toContain(COULD_NOT_RUN);
  });

  it("warns when the rule base's review date has passed [HZ-EVID:med-rule-base-overdue]", () => {
    const { text } = render(
      <MedicationSafetyCallout
        report={safetyReport({
          ruleBase: { version: "2.0.0", reviewed: "03-Dec-2026", reviewDue: "01-Jun-2027", reviewOverdue: true, ruleCount: 110 },
        })}
      />,
    );
    expect(text).toContain("The rule base was due for review on 01-Jun-2027: its rules may be out of date.");
  });
});
