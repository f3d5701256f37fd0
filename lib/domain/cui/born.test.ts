import { describe, expect, it } from "vitest";
import { formatBorn } from "./born";

const now = new Date("2026-11-25T10:00:00Z");

describe("formatBorn", () => {
  it("renders the CUI banner text", () => {
    expect(formatBorn("1945-07-14", now)).toBe("Born 14-Jul-1945 (81y)");
    expect(formatBorn("1945", now)).toBe("Born 1945 (80–81y)");
  });

  it("gives a deceased patient's age at death, labelled", () => {
    expect(formatBorn("1945-07-14", now, "2025-03-03")).toBe("Born 14-Jul-1945 (died aged 79y)");
    expect(formatBorn("1945-07-14", now, "2025-07-14T10:00:00+01:00")).toBe("Born 14-Jul-1945 (died aged 80y)");
  });

  it("handles a missing birth date and a death date before birth", () => {
    expect(formatBorn(undefined, now)).toBe("Born not recorded");
    expect(formatBorn("1945-07-14", now, "1940-01-01")).toBe("Born 14-Jul-1945");
  });
});
