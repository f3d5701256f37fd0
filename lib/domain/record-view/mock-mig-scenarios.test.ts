// The mapping and safety rules against the mock MIG's own demo patients (mock-mig/scenarios.json),
// built with its builder functions — the contract exercised end to end without a server.
import { describe, expect, it } from "vitest";
import { ALL_SECTIONS, buildStructuredRecord, demoNhsNumber, SOCIAL_CARE_SECTIONS } from "@/mock-mig";
import { mapStructuredRecord } from "./map-record";
import { recordViewModelSchema, type RecordViewModel } from "./record-view-model";

// The mock's reference date (MIG_REFERENCE_DATE default): its "today".
const now = new Date("2026-11-01T12:00:00Z");
type Demo = Parameters<typeof demoNhsNumber>[0];

function record(id: Demo, sections = ALL_SECTIONS): RecordViewModel {
  const result = mapStructuredRecord(buildStructuredRecord(demoNhsNumber(id), sections), { now });
  if (!result.ok) throw new Error(`${id}: ${result.error.code}`);
  return result.record;
}
const kinds = (r: RecordViewModel) => (r.medicationSafety?.findings ?? []).map((f) => `${f.kind}|${f.title}`);

describe("mock MIG demo patients", () => {
  it("ordinary: complete sections, current repeats, no alarms", () => {
    const r = record("ordinary");
    expect(r.patient).toMatchObject({
      name: "ARKWRIGHT, David John (Mr)",
      born: "Born 14-Mar-1968 (58y)",
      deceased: null,
      nhsNumberValid: true,
    });
    const included = Object.values(r.sections).filter((s) => s !== null);
    expect(included).toHaveLength(10);
    expect(included.every((s) => s.completeness.status === "complete")).toBe(true);
    expect(r.sections.medications?.currentRepeat.length).toBeGreaterThan(0);
    expect(r.sections.observations?.items.some((o) => /^\d+\/\d+ mmHg$/.test(o.value))).toBe(true);
    expect(r.medicationSafety?.findings.filter((f) => f.severity === "severe")).toEqual([]);
  });

  it("frail-end-of-life: DNACPR, ReSPECT, preferences, anticipatory medicines, LPA and key safe", () => {
    const r = record("frail-end-of-life");
    const eol = r.sections.endOfLife;
    expect(eol?.cpr?.decision).toBe("not-for-resuscitation");
    expect(eol?.respect?.notWanted.length).toBeGreaterThan(0);
    expect(eol?.preferredPlaceOfDeath).not.toBeNull();
    expect(eol?.anticipatoryMedicines.items.some((m) => m.controlledDrug)).toBe(true);
    expect(eol?.lastingPowerOfAttorney.length).toBeGreaterThan(0);
    expect(eol?.homeAccess).not.toBeNull();
    expect(r.summary.endOfLife).toMatchObject({ notForResuscitation: true, onPalliativeCareRegister: true });
  });

  it("cpr-decision-changed: the newer for-CPR decision wins, the older DNACPR is listed beneath, the entered-in-error one is ignored", () => {
    const eol = record("cpr-decision-changed").sections.endOfLife;
    expect(eol?.cpr).toMatchObject({ decision: "for-resuscitation", code: "450475007", reviewOverdue: true });
    expect(eol?.cprOlder.map((c) => c.decision)).toEqual(["not-for-resuscitation"]);
    expect(eol?.cprVoided).toBe(1);
    expect(eol?.cprUnclear).toBeNull();
  });

  it("respect-ceiling: DNACPR on the other UK code, ward-based ceiling, ADRT and a registered LPA", () => {
    const eol = record("respect-ceiling").sections.endOfLife;
    expect(eol?.cpr).toMatchObject({
      decision: "not-for-resuscitation",
      code: "450476008",
      discussedWithPatient: expect.stringMatching(/^No: /),
    });
    expect(eol?.respect).toMatchObject({ ceiling: "ward-based" });
    expect(eol?.adrt).not.toBeNull();
    expect(eol?.lastingPowerOfAttorney[0]).toMatchObject({ lpaRegistered: true, lpaCoversLifeSustaining: true });
    expect(eol?.anticipatoryMedicines.items[0]).toMatchObject({
      doseRange: expect.stringMatching(/mg/),
      maxIn24Hours: expect.stringMatching(/in 24 hours$/),
    });
  });

  it("end-of-life-unavailable: the end of life section is unavailable, the rest complete, and the Summary says so", () => {
    const result = mapStructuredRecord(buildStructuredRecord(demoNhsNumber("end-of-life-unavailable"), ALL_SECTIONS), {
      now,
      requested: ["problems", "endOfLife", "medications"],
    });
    if (!result.ok) throw new Error(result.error.code);
    const r = result.record;
    expect(r.sections.endOfLife?.completeness.status).toBe("source-unavailable");
    expect(r.sections.problems?.completeness.status).toBe("complete");
    expect(r.summary.sources.endOfLife?.status).toBe("source-unavailable");
    expect(r.summary.incomplete).toContain("source-unavailable");
  });

  it("multiple-organisations: sources marked, same drug twice and same-class duplicates found", () => {
    const r = record("multiple-organisations");
    const sourceKinds = new Set(r.sections.medications?.all.map((m) => m.source.kind));
    expect(sourceKinds).toEqual(new Set(["own-practice", "other-practice", "out-of-hours"]));
    expect(kinds(r).some((k) => k.startsWith("duplicate-drug|"))).toBe(true);
    expect(kinds(r).some((k) => k.startsWith("duplicate-class|"))).toBe(true);
  });

  it("early-controlled-drugs: supplies issued before the previous one ran out, across organisations", () => {
    const findings = record("early-controlled-drugs").medicationSafety?.findings ?? [];
    const early = findings.filter((f) => f.kind === "controlled-drug-pattern");
    expect(early.length).toBeGreaterThan(0);
    expect(early[0]).toMatchObject({ severity: "severe" });
    expect(early.map((f) => f.title).join(" ")).toMatch(/supplied early: \d+ of \d+ issues between .* from 2 organisations/);
    expect(early[0]?.explanation).toMatch(/days before the previous supply should have run out/);
  });

  it("interactions: the three headline pairs, severe first, and discontinued reasons", () => {
    const r = record("interactions");
    const titles = (r.medicationSafety?.findings ?? []).filter((f) => f.kind === "interaction").map((f) => f.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Oral anticoagulant with an NSAID",
        "Simvastatin with a strong CYP3A4 inhibitor",
        "ACE inhibitor or ARB with spironolactone or eplerenone",
      ]),
    );
    expect(r.medicationSafety?.findings[0]?.severity).toBe("severe");
    // The heart-failure combination asks for monitoring, not alarm.
    expect(r.medicationSafety?.findings.find((f) => f.ruleId === "raas-k-sparing")?.severity).toBe("mild");
    expect(r.sections.medications?.discontinuedRepeat.every((m) => m.discontinued !== null && m.discontinued.reason !== "")).toBe(true);
    expect(r.sections.medications?.discontinuedRepeat.length).toBeGreaterThan(0);
  });

  it("allergy-conflict: penicillin allergy against out-of-hours amoxicillin; resolved allergy kept apart", () => {
    const r = record("allergy-conflict");
    const conflict = r.medicationSafety?.findings.find((f) => f.kind === "allergy-conflict");
    expect(conflict).toMatchObject({ severity: "severe" });
    expect(conflict?.explanation).toMatch(/amoxicillin.*out of hours.*penicillin/i);
    expect(r.sections.allergies?.resolved.length).toBeGreaterThan(0);
  });

  it("deceased: the date of death is shown and age is age at death", () => {
    const r = record("deceased");
    expect(r.patient.deceased?.date.display).toBe("20-Sep-2026");
    expect(r.patient.born).toBe("Born 17-Jan-1931 (died aged 95y)");
  });

  it("withheld-items: sections say items were withheld, and so does the summary", () => {
    const r = record("withheld-items");
    const withheld = Object.values(r.sections).filter((s) => s?.completeness.reasons.includes("items-withheld"));
    expect(withheld.length).toBeGreaterThan(0);
    expect(r.summary.incomplete).toContain("items-withheld");
    expect(r.medicationSafety?.inputIncomplete).toContain("items-withheld");
  });

  it("empty-record: every section present, empty and complete", () => {
    const r = record("empty-record");
    const included = Object.values(r.sections).filter((s) => s !== null);
    expect(included).toHaveLength(10);
    for (const section of included) expect(section.completeness).toMatchObject({ status: "complete", shown: 0 });
    expect(r.medicationSafety?.findings).toEqual([]);
  });

  it("long-record: hundreds of issues map without loss", () => {
    const bundle = buildStructuredRecord(demoNhsNumber("long-record"), ALL_SECTIONS);
    const orders = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r) => r?.resourceType === "MedicationRequest" && (r as { intent?: string }).intent === "order");
    const meds = record("long-record").sections.medications;
    expect(meds?.issues.length).toBeGreaterThan(100);
    // Every issue the MIG sent, once, and each one linked to a plan in the list.
    expect(meds?.issues.length).toBe(orders.length);
    expect(new Set(meds?.issues.map((i) => i.id)).size).toBe(orders.length);
    const plans = new Set(meds?.all.map((m) => m.id));
    expect(meds?.issues.every((i) => i.planId !== null && plans.has(i.planId))).toBe(true);
  });

  it("social care gets only its sections; the rest are null", () => {
    const socialCare = Object.fromEntries(SOCIAL_CARE_SECTIONS.map((k) => [k, ALL_SECTIONS[k]]));
    const r = record("frail-end-of-life", socialCare);
    expect(r.sections.medications).toBeNull();
    expect(r.sections.endOfLife).not.toBeNull();
    expect(r.sections.allergies).not.toBeNull();
    expect(r.medicationSafety).toBeNull();
  });

  it.each([
    "ordinary",
    "frail-end-of-life",
    "multiple-organisations",
    "early-controlled-drugs",
    "interactions",
    "allergy-conflict",
    "deceased",
    "withheld-items",
    "empty-record",
    "long-record",
  ] as const)("%s: the view model matches its own schema and survives JSON unchanged", (id) => {
    const r = record(id);
    expect(recordViewModelSchema.safeParse(r).error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
