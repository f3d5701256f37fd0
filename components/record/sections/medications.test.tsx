import { describe, expect, it } from "vitest";
import { partial, PRACTICE } from "@/test/builders/view-models/common";
import { emptyMedications, manyIssues, medicationsSection, metformin } from "@/test/builders/view-models/medications";
import { count, render, visibleRows } from "@/test/builders/view-models/render";
import { finding, safetyReport } from "@/test/builders/view-models/safety";
import { WITHHELD_TITLE } from "../section-status";
import { MedicationsSection } from "./medications";

// The markup of one table, found by its caption.
const tableOf = (html: string, caption: string) => {
  const start = html.indexOf(`>${caption}</h3></caption>`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</table>", start));
};

describe("MedicationsSection", () => {
  it("lists each medication table with its rows", () => {
    const { html, text } = render(<MedicationsSection section={medicationsSection()} />);
    expect(text).toContain("Complete: 3 items");
    expect(count(tableOf(html, "Acute medication (last 12 months)"), "<tr")).toBe(2);
    expect(count(tableOf(html, "Current repeat medication"), "<tr")).toBe(2);
    expect(count(tableOf(html, "Discontinued repeat medication"), "<tr")).toBe(2);
    expect(count(tableOf(html, "All medication"), "<tr")).toBe(4);
    expect(count(tableOf(html, "All medication issues"), "<tr")).toBe(4);
  });

  it("shows the patient instruction and each note with the medicine, and no empty lines when there are none", () => {
    const withNotes = { ...metformin, patientInstruction: "Take with food", notes: ["Pharmacy: compliance aid"] };
    const table = tableOf(
      render(<MedicationsSection section={medicationsSection({ currentRepeat: [withNotes], all: [withNotes] })} />).html,
      "Current repeat medication",
    );
    expect(table).toContain("Patient instruction: Take with food");
    expect(table).toContain("Note: Pharmacy: compliance aid");
    const plain = tableOf(render(<MedicationsSection section={medicationsSection()} />).html, "Current repeat medication");
    expect(plain).not.toContain("Patient instruction");
    expect(plain).not.toContain("Note:");
  });

  it("tags the out-of-hours controlled drug and names its source", () => {
    const acute = render(<MedicationsSection section={medicationsSection()} />).html;
    const row = tableOf(acute, "Acute medication (last 12 months)");
    expect(row).toContain("morphine sulfate 10mg/5ml oral solution");
    expect(row).toContain("Controlled drug (Schedule 2)");
    expect(row).toContain("Out of hours");
    expect(row).toContain("Harbour Out of Hours");
    expect(row).toContain("20-Nov-2026");
  });

  it("shows last issued, number of issues, maximum issues and review date for repeats", () => {
    const table = tableOf(render(<MedicationsSection section={medicationsSection()} />).html, "Current repeat medication");
    for (const header of ["Last issued", "Issues (of maximum)", "Review date"]) expect(table).toContain(`>${header}</th>`);
    expect(table).toContain(">01-Nov-2026</td>");
    expect(table).toContain(">4 of 6</td>");
    expect(table).toContain(">10-Jan-2027</td>");
  });

  it("says when a repeat has no maximum number of issues", () => {
    const section = medicationsSection({ currentRepeat: [metformin, { ...metformin, id: "m9", maxIssues: null, issueCount: 12 }] });
    expect(tableOf(render(<MedicationsSection section={section} />).html, "Current repeat medication")).toContain(
      ">12 (no maximum set)</td>",
    );
  });

  it("gives the date and reason for discontinued repeat medication", () => {
    const table = tableOf(render(<MedicationsSection section={medicationsSection()} />).html, "Discontinued repeat medication");
    expect(table).toContain("02-Jun-2026");
    expect(table).toContain("Ankle swelling");
  });

  it("says 'No … recorded' for each empty list of a complete section", () => {
    const { text, html } = render(<MedicationsSection section={emptyMedications()} />);
    expect(html).not.toContain("<table");
    expect(text).toContain("Complete: no items");
    expect(text).toContain("No acute medication recorded in the last 12 months");
    expect(text).toContain("No current repeat medication recorded");
    expect(text).toContain("No discontinued repeat medication recorded");
  });

  it("never says 'none recorded' when the practice was unavailable, and offers a retry", () => {
    const section = { ...emptyMedications(), completeness: partial({ shown: 0, sourceUnavailable: true }) };
    const { text } = render(<MedicationsSection section={section} practice={PRACTICE} onRetry={() => undefined} />);
    expect(text).toContain("Medications could not be fetched from Riverside Surgery (Y90001)");
    expect(text).toContain("Try again");
    expect(text).toContain("No current repeat medication could be fetched");
    expect(text).not.toContain("No current repeat medication recorded");
  });

  it("shows the withheld banner above a partial list", () => {
    const { text } = render(<MedicationsSection section={medicationsSection({ completeness: partial({ shown: 3, withheld: 1 }) })} />);
    expect(text).toContain("Incomplete: 3 items shown");
    expect(text).toContain(WITHHELD_TITLE);
  });

  it("pages a long issue list, saying how many there are", () => {
    const { html, text } = render(<MedicationsSection section={medicationsSection({ issues: manyIssues(312) })} />);
    expect(text).toContain("Showing 1 to 25 of 312 issues");
    expect(visibleRows(tableOf(html, "All medication issues") + "</tbody>")).toBe(25);
  });

  it("opens on current repeat medication, then acute, then the safety warnings (counted in one line above the lists) [HZ-EVID:medications-open-on-current-repeat]", () => {
    const safety = safetyReport({
      findings: [finding({ id: "f1", kind: "interaction", severity: "severe", title: "Warfarin with ibuprofen" })],
    });
    const { text } = render(<MedicationsSection section={medicationsSection()} safety={safety} />);
    const at = (fragment: string) => text.indexOf(fragment);
    expect(at("Medication safety: 1 severe (after the current medication)")).toBeLessThan(at("Current repeat medication"));
    expect(at("Current repeat medication")).toBeLessThan(at("Acute medication (last 12 months)"));
    expect(at("Acute medication (last 12 months)")).toBeLessThan(at("Warfarin with ibuprofen"));
    expect(at("Warfarin with ibuprofen")).toBeLessThan(at("Discontinued repeat medication"));
  });
});
