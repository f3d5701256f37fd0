import { describe, expect, it } from "vitest";
import { count, render } from "@/test/builders/view-models/render";
import { PatientBannerSkeleton, SectionSkeleton } from "./section-skeleton";
import { SECTION_MIN_HEIGHT } from "./section-frame";

describe("SectionSkeleton", () => {
  it("is busy, announces what is loading, and shows the real heading at once", () => {
    const { html, text } = render(<SectionSkeleton section="medications" rows={4} />);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('<h2 id="medications-title"');
    expect(text).toBe("Medications Loading medications");
    expect(count(html, "h-12")).toBe(4);
  });

  it("reserves the same height as the loaded section and the loaded banner", () => {
    expect(render(<SectionSkeleton section="allergies" />).html).toContain(SECTION_MIN_HEIGHT);
    expect(render(<PatientBannerSkeleton />).html).toContain("min-h-32");
  });
});
