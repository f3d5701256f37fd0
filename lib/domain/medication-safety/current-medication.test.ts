import { describe, expect, it } from "vitest";
import { selectCurrentMedication } from "./current-medication";
import { defaultKnowledgeBase as kb } from "./knowledge-base";
import { dateView, med, medications, NOW } from "@/test/builders/medication-safety";

describe("selectCurrentMedication", () => {
  it("keeps active repeats and recently issued acutes, drops stopped and old acutes", () => {
    const section = medications([
      med({ id: "repeat", name: "ramipril 5mg capsules" }),
      med({ id: "stopped", name: "ramipril 10mg capsules", status: "stopped" }),
      med({ id: "acute-recent", name: "amoxicillin 500mg capsules", prescriptionType: "acute", status: "completed", lastIssued: dateView("2026-11-20") }),
      med({ id: "acute-old", name: "amoxicillin 500mg capsules", prescriptionType: "acute", status: "completed", lastIssued: dateView("2026-09-01") }),
      med({ id: "stopped-acute", name: "naproxen 250mg tablets", prescriptionType: "acute", status: "stopped", lastIssued: dateView("2026-11-24") }),
    ]);
    expect(selectCurrentMedication(section, kb, { now: NOW }).map((c) => c.item.id)).toEqual(["repeat", "acute-recent"]);
  });

  it("honours a wider acute window and treats unknown type by status", () => {
    const section = medications([
      med({ id: "acute-old", name: "x", prescriptionType: "acute", status: "completed", lastIssued: dateView("2026-09-01") }),
      med({ id: "unknown-active", name: "y", prescriptionType: "unknown", status: "active", lastIssued: dateView("2020-01-01") }),
      med({ id: "acute-undated", name: "z", prescriptionType: "acute", status: "active", lastIssued: dateView(null), started: dateView(null) }),
    ]);
    const ids = selectCurrentMedication(section, kb, { now: NOW, recentAcuteDays: 120 }).map((c) => c.item.id);
    expect(ids.sort()).toEqual(["acute-old", "unknown-active"]);
  });

  it("returns nothing for an empty section", () => {
    expect(selectCurrentMedication(medications([]), kb, { now: NOW })).toEqual([]);
  });
});
