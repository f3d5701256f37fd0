import { describe, expect, it } from "vitest";
import { practiceContactLine } from "./practice-contact";

describe("practice contact line", () => {
  it("[HZ-EVID:practice-phone-in-failure] names the practice, its phone number and its out-of-hours arrangements", () => {
    expect(
      practiceContactLine({
        name: "Riverside Surgery",
        odsCode: "Y90001",
        phone: "01632 960001",
        outOfHours: "When closed, phone NHS 111.",
      }),
    ).toBe("Riverside Surgery (Y90001), phone 01632 960001. When the practice is closed: When closed, phone NHS 111.");
  });

  it("says when the gateway gave no phone number, rather than leaving a gap", () => {
    expect(practiceContactLine({ name: "Riverside Surgery", odsCode: null })).toBe(
      "Riverside Surgery, phone number not known to the gateway.",
    );
  });
});
