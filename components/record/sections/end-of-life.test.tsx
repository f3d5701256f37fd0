import { describe, expect, it } from "vitest";
import { partial, PRACTICE } from "@/test/builders/view-models/common";
import { cprDecision, emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { dateView } from "@/test/builders/view-models/common";
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
    expect(text).toContain(
      "Peter Jones Lasting power of attorney (health and welfare) (Son) Registered; covers decisions about life-sustaining treatment Phone: 07700 900123",
    );
    expect(html).toContain('href="tel:07700900123"');
    expect(text).toContain("Where they are kept: Locked box in the kitchen");
    expect(text).toContain("morphine sulfate 10mg/1ml solution for injection Controlled drug");
    expect(text).toContain("Susan Jones Main carer (Daughter) Phone: Not recorded");
    expect(text).toContain("Key safe by the front door");
  });

  it("says plainly when no resuscitation decision is recorded", () => {
    const { text } = render(<EndOfLifeSection section={endOfLifeSection({ cpr: null })} />);
    expect(text).toContain("No CPR decision recorded in the GP record");
  });

  it("lists older CPR decisions beneath the current one, never merged, and says when the review date has passed", () => {
    const s = endOfLifeSection({
      cpr: cprDecision({ id: "new", decision: "for-resuscitation", display: "For attempted CPR", reviewOverdue: true }),
      cprOlder: [cprDecision({ id: "old", display: "Not for resuscitation", date: dateView("2024-01-05") })],
      cprVoided: 1,
    });
    const { html, text } = render(<EndOfLifeSection section={s} />);
    expect(html).toContain('data-cpr-decision="for-resuscitation"');
    expect(text).toContain("2 CPR decisions recorded; the most recent is shown first");
    expect(text).toContain("Review date 02-Nov-2026 Review date passed");
    expect(text).toContain("Older CPR decisions (not the current decision) 05-Jan-2024: Not for resuscitation");
    expect(html).toContain('data-older-cpr-decision="not-for-resuscitation"');
    expect(text).toContain("1 CPR entry was entered in error or cancelled and is not shown as a decision.");
  });

  it("an unclear decision says so and is never styled as DNACPR or for CPR", () => {
    const { html, text } = render(<EndOfLifeSection section={endOfLifeSection({ cprUnclear: "same-day-conflict" })} />);
    expect(html).toContain('data-cpr-decision="unclear"');
    expect(text).toContain("Decision unclear — read the form");
    expect(text).not.toContain("Do not attempt CPR");
  });

  it("shows the medicines in the home with dose range, 24-hour maximum, issue date and where they are kept", () => {
    const { text } = render(<EndOfLifeSection section={endOfLifeSection()} />);
    expect(text).toContain("Medicines in the home (just in case) Where they are kept: Locked box in the kitchen");
    expect(text).toContain("Dose range: 2.5 mg to 5 mg Maximum in 24 hours: 30 mg in 24 hours Issued: 03-May-2026");
    expect(text).toContain("Ceiling of treatment Ward-based care: not for intensive care");
    expect(text).toContain("Preferred place of care Home (second choice: Hospice)");
  });

  it("has a printable one-page handover sheet with the decision, wishes, whom to call and the medicines", () => {
    const { html, text } = render(<EndOfLifeSection section={endOfLifeSection()} />);
    expect(text).toContain("Print care-wishes handover sheet");
    expect(html).toContain('data-handover-sheet="true"');
    expect(text).toContain("Care wishes handover CPR DNACPR — 02-May-2026");
    expect(text).toContain("Whom to call Peter Jones (Lasting power of attorney (health and welfare), Son): 07700 900123");
  });

  it("has an honest empty state, and does not claim 'none' when the source failed", () => {
    expect(render(<EndOfLifeSection section={emptyEndOfLife()} />).text).toContain(
      "No end of life or supportive care information recorded",
    );
    const failed = { ...emptyEndOfLife(), completeness: partial({ shown: 0, sourceUnavailable: true }) };
    const { text } = render(<EndOfLifeSection section={failed} practice={PRACTICE} />);
    expect(text).toContain("could not be fetched from Riverside Surgery");
    expect(text).not.toContain("information recorded");
  });
});
