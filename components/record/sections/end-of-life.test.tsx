import { describe, expect, it } from "vitest";
import { partial, PRACTICE } from "@/test/builders/view-models/common";
import { emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { render } from "@/test/builders/view-models/render";
import { EndOfLifeSection } from "./end-of-life";

describe("EndOfLifeSection", () => {
  it("puts the resuscitation decision first, with date, review, who decided and where the form is", () => {
    const { html, text } = render(<EndOfLifeSection section={endOfLifeSection()} />);
    expect(html).toContain('data-cpr-decision="not-for-resuscitation"');
    expect(text).toContain(
      "Resuscitation decision: Not for resuscitation Do not attempt CPR Form ReSPECT form Date of decision 02-May-2026 Review date 02-Nov-2026 Decided by Dr Asha Patel Where the original form is kept In the patient's home, on the fridge",
    );
    expect(text.indexOf("Resuscitation decision")).toBeLessThan(text.indexOf("Preferred place of care"));
  });

  it("shows preferences, ADRT, LPA, anticipatory medicines, contacts and home access", () => {
    const { html, text } = render(<EndOfLifeSection section={endOfLifeSection()} />);
    expect(text).toContain("Palliative care register On the register since 01-May-2026");
    expect(text).toContain("Prognosis Weeks to months");
    expect(text).toContain("Preferred place of death Home");
    expect(text).toContain("Family's wishes Not recorded");
    expect(text).toContain("Treatments not wanted Intensive care; Ventilation");
    expect(text).toContain("Refuses Artificial ventilation");
    expect(text).toContain("Peter Jones Lasting power of attorney (health and welfare) (Son) Phone: 07700 900123");
    expect(html).toContain('href="tel:07700900123"');
    expect(text).toContain("Where they are kept: Locked box in the kitchen");
    expect(text).toContain("morphine sulfate 10mg/1ml solution for injection Controlled drug");
    expect(text).toContain("Susan Jones Main carer (Daughter) Phone: Not recorded");
    expect(text).toContain("Key safe by the front door");
  });

  it("says plainly when no resuscitation decision is recorded", () => {
    const { text } = render(<EndOfLifeSection section={endOfLifeSection({ cpr: null })} />);
    expect(text).toContain("No resuscitation decision recorded");
  });

  it("has an honest empty state, and does not claim 'none' when the source failed", () => {
    expect(render(<EndOfLifeSection section={emptyEndOfLife()} />).text).toContain("No end of life or supportive care information recorded");
    const failed = { ...emptyEndOfLife(), completeness: partial({ shown: 0, sourceUnavailable: true }) };
    const { text } = render(<EndOfLifeSection section={failed} practice={PRACTICE} />);
    expect(text).toContain("could not be fetched from Riverside Surgery");
    expect(text).not.toContain("information recorded");
  });
});
