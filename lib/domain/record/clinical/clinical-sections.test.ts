import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { baseBundle, list, ooh, type Json } from "@/test/builders/fhir-bundles";
import { EXT } from "../fhir/systems";
import { mapEncounters } from "./map-encounters";
import { mapInvestigations, mapObservations } from "./map-observations";
import { mapImmunisations, mapReferrals, mapRisks } from "./map-other-sections";
import { mapProblems } from "./map-problems";
import { sectionInput } from "../section-registry/section-input";
import problemsSection from "../sections/problems";
import observationsSection from "../sections/observations";
import investigationsSection from "../sections/investigations";
import encountersSection from "../sections/encounters";
import immunisationsSection from "../sections/immunisations";
import referralsSection from "../sections/referrals";
import risksSection from "../sections/risks-and-warnings";

function index(...resources: Json[]) {
  const indexed = indexBundle(baseBundle(...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return indexed.index;
}

const condition = (id: string, over: Json): Json => ({ resourceType: "Condition", id, code: { text: id }, ...over });

describe("problems", () => {
  it("splits active and past, major first, and reads significance", () => {
    const idx = index(
      list(
        "problems",
        ["Condition/minor-active", "Condition/major-active", "Condition/past", "Condition/abated"].map((r) => r),
      ),
      condition("minor-active", {
        clinicalStatus: { coding: [{ code: "active" }] },
        onsetDateTime: "2024-01-01",
        extension: [{ url: EXT.problemSignificance, valueCode: "minor" }],
      }),
      condition("major-active", {
        clinicalStatus: { coding: [{ code: "active" }] },
        onsetDateTime: "2020-01-01",
        extension: [{ url: EXT.problemSignificance, valueCode: "major" }],
      }),
      condition("past", { clinicalStatus: { coding: [{ code: "resolved" }] }, abatementDateTime: "2019-05-01" }),
      condition("abated", { abatementDateTime: "2018" }),
    );
    const section = mapProblems(sectionInput(problemsSection, idx));
    expect(section.active.map((p) => [p.name, p.significance])).toEqual([
      ["major-active", "major"],
      ["minor-active", "minor"],
    ]);
    expect(section.past.map((p) => [p.name, p.ended.display])).toEqual([
      ["past", "01-May-2019"],
      ["abated", "2018"],
    ]);
  });
});

describe("observations and investigations", () => {
  it("shows blood pressure from its components and quantities with units", () => {
    const bp: Json = {
      resourceType: "Observation",
      id: "bp",
      code: { text: "Blood pressure" },
      effectiveDateTime: "2026-10-02",
      component: [
        { code: { coding: [{ code: "271649006" }] }, valueQuantity: { value: 138, unit: "mmHg" } },
        { code: { coding: [{ code: "271650006" }] }, valueQuantity: { value: 86, unit: "mmHg" } },
      ],
    };
    const weight: Json = {
      resourceType: "Observation",
      id: "w",
      code: { text: "Body weight" },
      effectiveDateTime: "2026-10-03",
      valueQuantity: { value: 88, unit: "kg" },
    };
    const empty: Json = { resourceType: "Observation", id: "e" };
    const section = mapObservations(
      sectionInput(
        observationsSection,
        index(list("observations", ["Observation/bp", "Observation/w", "Observation/e"]), bp, weight, empty),
      ),
    );
    expect(section.items.map((o) => `${o.name}: ${o.value} ${o.date.display}`)).toEqual([
      "Body weight: 88 kg 03-Oct-2026",
      "Blood pressure: 138/86 mmHg 02-Oct-2026",
      "Observation not named: Not recorded Not recorded",
    ]);
  });

  it("attaches results with ranges and abnormal flags to their report", () => {
    const result: Json = {
      resourceType: "Observation",
      id: "egfr",
      code: { text: "eGFR" },
      valueQuantity: { value: 38, unit: "mL/min/1.73m2" },
      referenceRange: [{ low: { value: 60 } }],
      interpretation: [{ coding: [{ code: "L" }] }],
    };
    const report: Json = {
      resourceType: "DiagnosticReport",
      id: "r",
      code: { text: "Renal function" },
      effectiveDateTime: "2026-09-01",
      issued: "2026-09-02T09:00:00+01:00",
      result: [{ reference: "Observation/egfr" }, { reference: "Observation/missing" }],
    };
    const section = mapInvestigations(
      sectionInput(investigationsSection, index(list("investigations", ["DiagnosticReport/r"]), report, result)),
    );
    expect(section.items[0]).toMatchObject({ name: "Renal function", issued: { display: "02-Sep-2026 09:00" } });
    expect(section.items[0]?.results).toEqual([
      expect.objectContaining({ name: "eGFR", value: "38 mL/min/1.73m2", flag: "low", range: "above 60" }),
    ]);
  });
});

describe("encounters, immunisations, referrals, risks", () => {
  it("maps each with its source organisation", () => {
    const idx = index(
      list("encounters", ["Encounter/e"]),
      list("immunisations", ["Immunization/i"]),
      list("referrals", ["ServiceRequest/s"]),
      list("risksAndWarnings", ["Flag/f"]),
      ooh,
      {
        resourceType: "Encounter",
        id: "e",
        type: [{ text: "Out of hours consultation" }],
        period: { start: "2026-06-14T22:15:00+01:00" },
        participant: [{ individual: { reference: "Practitioner/pr-1" } }],
        serviceProvider: { reference: "Organization/org-yoh01" },
        reasonCode: [{ text: "Chest pain" }],
      },
      {
        resourceType: "Immunization",
        id: "i",
        status: "completed",
        vaccineCode: { text: "Influenza vaccine" },
        occurrenceDateTime: "2025-10-01",
        protocolApplied: [{ doseNumberPositiveInt: 2 }],
      },
      {
        resourceType: "ServiceRequest",
        id: "s",
        status: "active",
        priority: "urgent",
        code: { text: "Cardiology" },
        authoredOn: "2026-06-15",
        requester: { reference: "Practitioner/pr-1" },
        performer: [{ display: "County Hospital cardiology" }],
        reasonCode: [{ text: "Exertional chest pain" }],
      },
      {
        resourceType: "Flag",
        id: "f",
        status: "active",
        category: [{ coding: [{ code: "behavioral" }] }],
        code: { text: "Do not visit alone" },
        period: { start: "2024-02-01" },
      },
    );
    expect(mapEncounters(sectionInput(encountersSection, idx)).items[0]).toMatchObject({
      type: "Out of hours consultation",
      date: { display: "14-Jun-2026 22:15" },
      clinician: "Dr Alice Jones",
      reason: "Chest pain",
      source: { kind: "out-of-hours" },
    });
    expect(mapImmunisations(sectionInput(immunisationsSection, idx)).items[0]).toMatchObject({
      vaccine: "Influenza vaccine",
      dose: 2,
      status: "Completed",
      source: { kind: "own-practice" },
    });
    expect(mapReferrals(sectionInput(referralsSection, idx)).items[0]).toMatchObject({
      service: "Cardiology",
      priority: "Urgent",
      status: "Active",
      requester: "Dr Alice Jones",
      performer: "County Hospital cardiology",
    });
    expect(mapRisks(sectionInput(risksSection, idx)).items[0]).toMatchObject({
      text: "Do not visit alone",
      category: "Behavioural",
      since: { display: "01-Feb-2024" },
      active: true,
    });
  });

  it("gives sensible defaults for bare resources", () => {
    const idx = index(
      list("referrals", ["ServiceRequest/s"]),
      list("immunisations", ["Immunization/i"]),
      { resourceType: "ServiceRequest", id: "s" },
      { resourceType: "Immunization", id: "i", protocolApplied: [{ doseNumberPositiveInt: -1 }] },
    );
    expect(mapReferrals(sectionInput(referralsSection, idx)).items[0]).toMatchObject({
      service: "Service not named",
      priority: "Not recorded",
      reason: "Not recorded",
      requester: null,
    });
    expect(mapImmunisations(sectionInput(immunisationsSection, idx)).items[0]).toMatchObject({
      vaccine: "Vaccine not named",
      dose: null,
      date: { display: "Not recorded" },
    });
  });
});
