import { describe, expect, it } from "vitest";
import { render } from "@/test/builders/view-models/render";
import manifest from "@/lib/domain/medication-safety/rules/manifest.json";
import { PrintLimitations } from "./print-limitations";

describe("PrintLimitations", () => {
  it("prints the limitations line, hidden on screen, with the rule base version [HZ-EVID:print-limitations]", () => {
    const { html, text } = render(<PrintLimitations printedBy="Dr Priya Raman (A&E doctor)" />);
    expect(text).toContain("this is not a complete interaction check.");
    expect(text).toContain("not the GP record itself");
    expect(text).toContain(`version ${manifest.version}`);
    expect(html).toMatch(/class="[^"]*\bhidden\b[^"]*\bprint:block\b/);
    // Kept when only the care-wishes handover sheet is printed.
    expect(html).toContain("handover-keep");
  });
});
