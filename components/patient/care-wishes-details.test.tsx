import { describe, expect, it } from "vitest";
import { render } from "@/test/builders/view-models/render";
import { CareWishesDetails } from "./care-wishes-details";

const DETAILS = [
  "2 CPR decisions recorded; most recent shown",
  "Review date passed (22-Nov-2026)",
  "ReSPECT form: Original form kept at home",
  "Ceiling of treatment: Comfort-focused care",
];

describe("CareWishesDetails", () => {
  it("keeps what qualifies the decision on every screen, and folds the rest behind one button on a phone [HZ-EVID:cpr-review-passed-on-phone]", () => {
    const { html, text } = render(<CareWishesDetails details={DETAILS} />);
    const item = (d: string) => new RegExp(`<li( class="([^"]*)")?>${d.replace(/[()]/g, "\\$&")}</li>`).exec(html);
    expect(item("Review date passed (22-Nov-2026)")?.[2]).toBeUndefined();
    expect(item("2 CPR decisions recorded; most recent shown")?.[2]).toBeUndefined();
    expect(item("ReSPECT form: Original form kept at home")?.[2]).toBe("max-sm:hidden print:inline");
    expect(item("Ceiling of treatment: Comfort-focused care")?.[2]).toBe("max-sm:hidden print:inline");
    // Every detail is in the page (and on paper); the button only shows on a phone.
    for (const d of DETAILS) expect(text).toContain(d);
    expect(text).toContain("Show 2 more care-wishes details");
    expect(html).toContain('aria-expanded="false"');
  });

  it("has no button when nothing folds, and nothing at all without details", () => {
    expect(render(<CareWishesDetails details={["Review date passed (22-Nov-2026)"]} />).html).not.toContain("<button");
    expect(render(<CareWishesDetails details={[]} />).html).toBe("");
  });
});
