import { describe, expect, it } from "vitest";
import { alertReviewSchema } from "./alert-review";

const followUp = (dueOn: string) => alertReviewSchema.safeParse({ outcome: "NEEDS_FOLLOW_UP", owner: "A&E clinical lead", dueOn });

describe("alert review: the follow-up due date", () => {
  it("keeps a real day exactly as typed", () => {
    expect(followUp("2027-01-31").data?.dueOn).toBe("2027-01-31");
    expect(followUp(" 2028-02-29 ").data?.dueOn).toBe("2028-02-29");
  });

  it("refuses a day that is not on the calendar instead of moving it (2027-02-31 is not 3 March)", () => {
    for (const day of ["2027-02-31", "2027-02-29", "2027-13-01", "2027-00-10"]) {
      expect(followUp(day).error?.issues.map((i) => i.message)).toEqual(["Enter a real due date, for example 2027-01-31"]);
    }
  });

  it("refuses a day outside 2000–2099, which no follow-up is due on (and the database cannot hold year 0)", () => {
    expect(followUp("0000-01-01").success).toBe(false);
    expect(followUp("9999-12-31").success).toBe(false);
  });
});
