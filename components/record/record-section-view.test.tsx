import { describe, expect, it } from "vitest";
import { partial } from "./fixtures/common";
import { render } from "./fixtures/render";
import { record } from "./fixtures/record";
import { RecordSectionView } from "./record-section-view";
import { SourceMessages } from "./source-messages";

describe("RecordSectionView", () => {
  it("draws the section named in the URL, with the safety findings on medications", () => {
    const { text } = render(<RecordSectionView section="medications" record={record()} />);
    expect(text).toMatch(/^Medications Complete: 3 items Important: Medication safety: 1 warning/);
    expect(text).toContain("Warfarin with ibuprofen");
  });

  it("says a section is not included rather than drawing it empty", () => {
    const { text } = render(<RecordSectionView section="observations" record={record({ observations: null })} />);
    expect(text).toBe("Observations This section is not included in this view. It was not requested, or your role does not allow it.");
  });

  it("draws administrative items as a summary list", () => {
    const { html, text } = render(<RecordSectionView section="administrative" record={record()} />);
    expect(html).toContain("<dl");
    expect(text).toContain("Registered GP practice Riverside Surgery (Y90001) NHS number status Number present and verified");
  });

  it("passes the practice and retry through to the unavailable banner", () => {
    const failed = record({ referrals: { completeness: partial({ shown: 0, sourceUnavailable: true }), items: [] } });
    const { text } = render(<RecordSectionView section="referrals" record={failed} practice={{ name: "Riverside Surgery", odsCode: "Y90001" }} onRetry={() => undefined} />);
    expect(text).toContain("Referrals could not be fetched from Riverside Surgery (Y90001)");
    expect(text).toContain("Try again");
  });

  it("shows the GP system's messages above the section", () => {
    const { text } = render(<RecordSectionView section="problems" record={{ ...record(), sourceMessages: ["Encounters are not shared by this practice."] }} />);
    expect(text).toMatch(/^Messages from the GP system Encounters are not shared by this practice\. Problems/);
  });

  it("links the summary's parts under the record's address", () => {
    const { html } = render(<RecordSectionView section="summary" record={record()} recordHref="/patients/9000000009" />);
    expect(html).toContain('href="/patients/9000000009/allergies"');
  });
});

describe("SourceMessages", () => {
  it("shows every message from the source, and nothing when there are none", () => {
    expect(render(<SourceMessages messages={["Encounters are not shared by this practice."]} />).text).toBe(
      "Messages from the GP system Encounters are not shared by this practice.",
    );
    expect(render(<SourceMessages messages={[]} />).html).toBe("");
  });
});
