import { describe, expect, it } from "vitest";
import { buildSummary, type SummaryInput } from "@/lib/domain/record/summary";

import { allergiesSection } from "@/test/builders/view-models/allergies";
import { encountersSection, problemsSection, risksSection } from "@/test/builders/view-models/clinical";
import { complete, partial } from "@/test/builders/view-models/common";
import { emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { buildCompleteness } from "@/lib/domain/record/completeness";
import { medicationsSection } from "@/test/builders/view-models/medications";
import { render } from "@/test/builders/view-models/render";
import { finding, safetyReport } from "@/test/builders/view-models/safety";
import { SummarySection } from "./summary";

function sections(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    medications: medicationsSection(),
    allergies: allergiesSection(),
    problems: problemsSection(),
    encounters: encountersSection(),
    risksAndWarnings: risksSection(),
    endOfLife: endOfLifeSection(),
    ...over,
  };
}
const summaryOf = (s: SummaryInput, extra: { recordHref?: string } = {}) => render(<SummarySection summary={buildSummary(s)} {...extra} />);

describe("SummarySection", () => {
  it("puts what urgent care needs first: allergies, current repeat, acute, the safety panel (counted above them), then the rest [HZ-EVID:summary-order-allergies-medication-first]", () => {
    const safety = safetyReport({
      findings: [finding({ id: "f1", kind: "interaction", severity: "severe", title: "Oral anticoagulant with an NSAID" })],
    });
    const { text } = render(<SummarySection summary={buildSummary(sections())} safety={safety} recordHref="/patients/9000000009" />);
    const at = (fragment: string) => {
      const i = text.indexOf(fragment);
      expect(i, fragment).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at("Summary Medication safety: 1 severe (after the current medication)"),
      at("Allergies"),
      at("Penicillin High risk"),
      at("Current repeat medication"),
      at("Acute medication (last 12 months)"),
      at("Important: Medication safety: 1 severe"),
      at("Care wishes"),
      at("Active problems"),
      at("Risks and warnings"),
      at("Recent encounters"),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("adds the care wishes the banner does not show (ADRT, preferred places) after the medication, linked to the full plan", () => {
    const { html, text } = summaryOf(sections(), { recordHref: "/patients/9000000009" });
    expect(html).toContain('data-end-of-life="true"');
    expect(text).toContain(
      "Care wishes Read the full plan before making treatment decisions Resuscitation and care wishes: DNACPR — 02-May-2026",
    );
    expect(text).toContain("Advance decision to refuse treatment (ADRT) recorded");
    expect(text).toContain("Preferred place of death: Home");
    expect(html).toContain('href="/patients/9000000009/end-of-life"');
    expect(text.indexOf("Current repeat medication")).toBeLessThan(text.indexOf("DNACPR — 02-May-2026"));
    expect(text.indexOf("DNACPR — 02-May-2026")).toBeLessThan(text.indexOf("Risks and warnings"));
  });

  it("says end of life could not be retrieved, never 'no decision recorded', when the section is unavailable", () => {
    const unavailable = { ...emptyEndOfLife(), completeness: buildCompleteness({ shown: 0, sourceUnavailable: true }) };
    const { html, text } = summaryOf(sections({ endOfLife: unavailable }));
    expect(html).toContain('data-care-wishes-panel="unavailable"');
    expect(text).toContain("End-of-life information could not be retrieved — phone the practice");
    expect(text).toContain("This summary is incomplete");
    expect(text).not.toContain("No CPR decision recorded");
  });

  it("leaves 'No CPR decision recorded' to the banner for a whole, empty section, so allergies come next", () => {
    const { html, text } = summaryOf(sections({ endOfLife: emptyEndOfLife() }));
    expect(html).not.toContain("data-care-wishes-panel");
    expect(text).not.toContain("No CPR decision recorded");
    expect(text).toMatch(/^Summary Allergies/);
  });

  it("shows active problems, current medication, allergies and active warnings only", () => {
    const { text } = summaryOf(sections());
    expect(text).toContain("Type 2 diabetes mellitus Major");
    expect(text).toContain("metformin 500mg tablets");
    expect(text).toContain("morphine sulfate 10mg/5ml oral solution One tablet twice a day Controlled drug (Schedule 2) Out of hours");
    expect(text).toContain("Penicillin High risk");
    expect(text).toContain("Lives alone; at risk of falls");
    expect(text).not.toContain("Dog at the property");
    expect(text).not.toContain("Fractured left wrist");
  });

  it("has no end of life flag when there is no dataset", () => {
    const { html } = summaryOf(sections({ endOfLife: null }));
    expect(html).not.toContain("data-end-of-life");
  });

  it("says a part was not included rather than 'none recorded' (e.g. for a restricted role)", () => {
    const { text } = summaryOf(sections({ problems: null, medications: null }));
    expect(text).toContain("Active problems Not included in this view.");
    expect(text).not.toContain("No active problems recorded");
  });

  it("says the summary is incomplete when a source section is", () => {
    const s = sections({ allergies: allergiesSection({ active: [], resolved: [], completeness: partial({ shown: 0, withheld: true }) }) });
    const { text } = summaryOf(s);
    expect(text).toContain("This summary is incomplete");
    expect(text).toContain("some items were withheld");
    expect(text).toContain("No allergies shown");
  });

  it("shows 'No known allergies' as a finding and empty parts honestly", () => {
    const s = sections({
      allergies: allergiesSection({ active: [], resolved: [], noKnownAllergies: true }),
      risksAndWarnings: { completeness: complete(0), items: [] },
    });
    const { text } = summaryOf(s);
    expect(text).toContain("Allergies No known allergies");
    expect(text).toContain("No active risks or warnings recorded");
  });

  it("includes medication safety warnings when there are any", () => {
    const s = sections();
    const safety = safetyReport({
      findings: [finding({ id: "f1", kind: "allergy-conflict", severity: "severe", title: "Amoxicillin with a penicillin allergy" })],
    });
    const { text } = render(<SummarySection summary={buildSummary(s)} safety={safety} />);
    expect(text).toContain("Medication safety: 1 severe");
    expect(text).toContain("Amoxicillin with a penicillin allergy");
  });
});
