import { describe, expect, it } from "vitest";
import { partial } from "@/test/builders/view-models/common";
import { render } from "@/test/builders/view-models/render";
import { record } from "@/test/builders/view-models/record";
import { manyIssues, medicationsSection } from "@/test/builders/view-models/medications";
import { sectionContent } from "@/lib/domain/record-view/section-content";
import { RecordSectionView } from "./record-section-view";
import { SourceMessages } from "./source-messages";

describe("RecordSectionView", () => {
  it("draws the section named in the URL, with the safety findings on medications", () => {
    const { text } = render(<RecordSectionView section="medications" record={sectionContent("medications", record())} />);
    expect(text).toMatch(
      /^Medications Complete: 3 items Medication safety: 1 severe \(after the current medication\) Current repeat medication/,
    );
    expect(text).toContain("Important: Medication safety: 1 severe");
    expect(text).toContain("Warfarin with ibuprofen");
  });

  it("says a section is not included rather than drawing it empty", () => {
    const { text } = render(
      <RecordSectionView section="observations" record={sectionContent("observations", record({ observations: null }))} />,
    );
    expect(text).toBe("Observations This section is not included in this view. It was not requested, or your role does not allow it.");
  });

  it("draws administrative items as a summary list", () => {
    const { html, text } = render(<RecordSectionView section="administrative" record={sectionContent("administrative", record())} />);
    expect(html).toContain("<dl");
    expect(text).toContain("Registered GP practice Riverside Surgery (Y90001) NHS number status Number present and verified");
  });

  it("passes the practice and retry through to the unavailable banner", () => {
    const failed = record({ referrals: { completeness: partial({ shown: 0, sourceUnavailable: true }), items: [] } });
    const { text } = render(
      <RecordSectionView
        section="referrals"
        record={sectionContent("referrals", failed)}
        practice={{ name: "Riverside Surgery", odsCode: "Y90001" }}
        onRetry={() => undefined}
      />,
    );
    expect(text).toContain("Referrals could not be fetched from Riverside Surgery (Y90001)");
    expect(text).toContain("Try again");
  });

  it("shows the GP system's messages above the section", () => {
    const { text } = render(
      <RecordSectionView
        section="problems"
        record={sectionContent("problems", { ...record(), sourceMessages: ["Encounters are not shared by this practice."] })}
      />,
    );
    expect(text).toMatch(/^Messages from the GP system Encounters are not shared by this practice\. Problems/);
  });

  it("opens with the newest medication issues of a long record, says how many there are and links to them all", () => {
    const long = { ...record(), sections: { ...record().sections, medications: medicationsSection({ issues: manyIssues(312) }) } };
    const opened = render(
      <RecordSectionView
        section="medications"
        record={sectionContent("medications", long)}
        allIssuesHref="/patients/9000000009/medications?issues=all"
      />,
    );
    expect(opened.text).toContain("Showing 1 to 25 of the 100 most recent issues (312 in the record)");
    expect(opened.html).toContain('href="/patients/9000000009/medications?issues=all"');
    expect(opened.text).toContain("Show all 312 issues");
    expect(opened.text).not.toContain("Show all 100");
    expect(opened.text).toContain("The 100 most recent of 312 issues printed.");
    const all = render(
      <RecordSectionView section="medications" record={sectionContent("medications", long, { allIssues: true })} allIssuesHref="/x" />,
    );
    expect(all.text).toContain("Showing 1 to 25 of 312 issues");
    expect(all.text).not.toContain("Show all 312 issues (");
    expect(all.text).toContain("All 312 issues printed.");
  });

  it("links the summary's parts under the record's address", () => {
    const { html } = render(
      <RecordSectionView section="summary" record={sectionContent("summary", record())} recordHref="/patients/9000000009" />,
    );
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
