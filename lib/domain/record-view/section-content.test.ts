import { describe, expect, it } from "vitest";
import { manyIssues, medicationsSection } from "@/test/builders/view-models/medications";
import { record } from "@/test/builders/view-models/record";
import { RECENT_ISSUES } from "../record/sections/medications";
import { sectionContent } from "./section-content";

describe("sectionContent", () => {
  const full = record();

  it("sends the Summary its own lists, the safety findings and how complete each source was, but no whole sections", () => {
    const content = sectionContent("summary", full);
    expect(content.sections).toEqual({});
    expect(content.summary).toBe(full.summary);
    expect(content.summary?.sources.medications).toEqual(full.sections.medications?.completeness);
    expect(content.medicationSafety).toBe(full.medicationSafety);
  });

  it("sends the Medications page its section and the safety findings, not the allergies asked for to build them", () => {
    const content = sectionContent("medications", full);
    expect(Object.keys(content.sections)).toEqual(["medications"]);
    expect(content.sections.medications).toBe(full.sections.medications);
    expect([content.summary, content.medicationSafety, content.issuesInRecord]).toEqual([null, full.medicationSafety, null]);
  });

  it("opens a long list of issues with the newest, says how many the record holds, and sends them all when asked", () => {
    const issues = manyIssues(RECENT_ISSUES + 50);
    const long = { ...full, sections: { ...full.sections, medications: medicationsSection({ issues }) } };
    const opened = sectionContent("medications", long);
    expect(opened.sections.medications?.issues).toEqual(issues.slice(0, RECENT_ISSUES));
    expect(opened.issuesInRecord).toBe(RECENT_ISSUES + 50);
    // The other lists are whole.
    expect(opened.sections.medications?.all).toBe(long.sections.medications.all);
    const all = sectionContent("medications", long, { allIssues: true });
    expect([all.sections.medications?.issues.length, all.issuesInRecord]).toEqual([RECENT_ISSUES + 50, null]);
    const short = sectionContent("medications", {
      ...full,
      sections: { ...full.sections, medications: medicationsSection({ issues: manyIssues(RECENT_ISSUES) }) },
    });
    expect([short.sections.medications?.issues.length, short.issuesInRecord]).toEqual([RECENT_ISSUES, null]);
  });

  it("sends any other page only its section; a section not included stays null so the page says so", () => {
    expect(sectionContent("end-of-life", full)).toEqual({
      summary: null,
      sections: { endOfLife: full.sections.endOfLife },
      medicationSafety: null,
      sourceMessages: [],
      issuesInRecord: null,
    });
    expect(sectionContent("observations", record({ observations: null })).sections).toEqual({ observations: null });
  });

  it("keeps the messages the GP system attached to the record on every page", () => {
    const messages = ["Encounters are not shared by this practice."];
    expect(sectionContent("problems", { ...full, sourceMessages: messages }).sourceMessages).toEqual(messages);
    expect(sectionContent("summary", { ...full, sourceMessages: messages }).sourceMessages).toEqual(messages);
  });
});
