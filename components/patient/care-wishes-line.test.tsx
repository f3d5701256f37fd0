import { describe, expect, it } from "vitest";
import { cprDecision, emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { render } from "@/test/builders/view-models/render";
import { careWishesStatus, unavailableStatus } from "@/lib/domain/record/end-of-life/care-wishes-status";
import { CareWishesLine } from "./care-wishes-line";

const NHS = "9000000009";

describe("CareWishesLine: the banner's resuscitation and care-wishes line", () => {
  it("decision recorded: says it in words, links to End of life, carries its audit event [HZ-EVID:cpr-banner-states]", () => {
    const { html, text } = render(
      <CareWishesLine status={careWishesStatus(endOfLifeSection())} nhsNumber={NHS} auditEvent="11111111-2222-3333-4444-555555555555" />,
    );
    expect(text).toContain("Resuscitation and care wishes: DNACPR — 02-May-2026");
    expect(text).toContain("ReSPECT form: In the patient's home, on the fridge");
    expect(html).toContain('role="status"');
    expect(html).toContain('data-care-wishes="decision"');
    expect(html).toContain(`href="/patients/${NHS}/end-of-life"`);
    expect(html).toContain('data-audit-event="11111111-2222-3333-4444-555555555555"');
    expect(html).toContain(`data-record-view="${NHS}/end-of-life"`);
  });

  it("none: 'No CPR decision recorded in the GP record'", () => {
    const { html, text } = render(<CareWishesLine status={careWishesStatus(emptyEndOfLife())} nhsNumber={NHS} auditEvent="x" />);
    expect(text).toContain("No CPR decision recorded in the GP record");
    expect(html).toContain('data-care-wishes="none"');
  });

  it("unavailable: says it could not be retrieved, and claims no audit event when nothing was fetched", () => {
    const { html, text } = render(<CareWishesLine status={unavailableStatus()} nhsNumber={NHS} auditEvent={null} />);
    expect(text).toContain("End-of-life information could not be retrieved — phone the practice");
    expect(html).toContain('data-care-wishes="unavailable"');
    expect(html).not.toContain("data-audit-event");
  });

  it("for CPR is green-bordered and said in words", () => {
    const { html, text } = render(
      <CareWishesLine
        status={careWishesStatus(endOfLifeSection({ cpr: cprDecision({ decision: "for-resuscitation" }) }))}
        nhsNumber={NHS}
        auditEvent="x"
      />,
    );
    expect(text).toContain("For CPR — 02-May-2026");
    expect(html).toContain("border-nhs-green");
  });
});
