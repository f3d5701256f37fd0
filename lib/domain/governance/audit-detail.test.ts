import { describe, expect, it } from "vitest";
import { describeAuditDetail } from "./audit-detail";

describe("describeAuditDetail", () => {
  it("reads key by key in order", () => {
    expect(describeAuditDetail({ reason: "Safeguarding concern", matches: 1, ok: true })).toBe(
      "reason: Safeguarding concern; matches: 1; ok: true",
    );
  });

  it("leaves out keys with no value instead of writing None, null or undefined", () => {
    const text = describeAuditDetail({ page: "/about", note: null, owner: undefined, patientsNamed: [] });
    expect(text).toBe("page: /about");
    expect(text).not.toMatch(/none|null|undefined/i);
    expect(describeAuditDetail(null)).toBe("");
    expect(describeAuditDetail(undefined)).toBe("");
  });

  it("lists plain values in a list, and keeps nested objects as JSON", () => {
    expect(describeAuditDetail({ patientsNamed: ["9681174003", "9663944528"] })).toBe("patientsNamed: 9681174003, 9663944528");
    expect(describeAuditDetail({ filters: { action: "RECORD_VIEW" } })).toBe('filters: {"action":"RECORD_VIEW"}');
  });
});
