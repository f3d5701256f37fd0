import { describe, expect, it } from "vitest";
import { dateView, HOSPITAL, OOH, OTHER, OWN } from "@/test/builders/view-models/common";
import { render } from "@/test/builders/view-models/render";
import { ControlledDrugTag, SourceCell, SourceTag } from "./source-tag";

describe("SourceTag", () => {
  it("tags sources other than the patient's own practice", () => {
    expect(render(<SourceTag kind={OOH.kind} />).text).toBe("Out of hours");
    expect(render(<SourceTag kind={OTHER.kind} />).text).toBe("Another GP practice");
    expect(render(<SourceTag kind={HOSPITAL.kind} />).text).toBe("Hospital");
    expect(render(<SourceTag kind="unknown" />).text).toBe("Source not known");
    expect(render(<SourceTag kind={OWN.kind} />).html).toBe("");
  });

  it("uses the NHS tag pattern: bold text with a border", () => {
    const { html } = render(<SourceTag kind="out-of-hours" />);
    expect(html).toMatch(/^<strong class="[^"]*\bborder\b[^"]*font-bold/);
  });

  it("gives every row its organisation, ODS code, kind and recorded date", () => {
    expect(render(<SourceCell source={OOH} recorded={dateView("2026-11-20")} />).text).toBe(
      "Harbour Out of Hours (Y90900) Out of hours Recorded 20-Nov-2026",
    );
  });
});

describe("ControlledDrugTag", () => {
  it("names the schedule, or says it is not known", () => {
    expect(render(<ControlledDrugTag controlledDrug={{ schedule: "2" }} />).text).toBe("Controlled drug (Schedule 2)");
    expect(render(<ControlledDrugTag controlledDrug={{ schedule: "unknown" }} />).text).toBe("Controlled drug (schedule not known)");
    expect(render(<ControlledDrugTag controlledDrug={null} />).html).toBe("");
  });
});
