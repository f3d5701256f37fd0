// AllergyIntolerance, Condition, Encounter, Observation, DiagnosticReport, Immunization,
// ServiceRequest and Flag from the plain record.

import type {
  AllergyIntolerance,
  CodeableConcept,
  Condition,
  DiagnosticReport,
  Encounter,
  Flag,
  Immunization,
  Observation,
  ServiceRequest,
} from "fhir/r4";
import type { Allergy, Concept, EncounterItem, LabReport, Problem, Referral, VitalSign, Vaccination, Warning } from "../clinical/model";
import { classDisplay } from "../clinical/drug-catalogue";
import { isoDate, isoDateTime, type Day } from "../population/days";
import { ref } from "./bundle-builder";
import { orgId } from "./build-people";
import { EXTENSIONS, SYSTEMS } from "./systems";

export function concept(c: Concept, system: string = SYSTEMS.clinical): CodeableConcept {
  return { coding: [{ system: c.snomed ? SYSTEMS.snomed : system, code: c.code, display: c.display }], text: c.display };
}

const subject = (token: string) => ({ reference: `Patient/pat-${token}` });

export function buildAllergy(token: string, a: Allergy, now: Day): AllergyIntolerance {
  return {
    resourceType: "AllergyIntolerance",
    id: `${token}-al-${a.key}`,
    ...(a.drugClass
      ? {
          extension: [
            {
              url: EXTENSIONS.drugClass,
              valueCoding: { system: SYSTEMS.drugClass, code: a.drugClass, display: classDisplay(a.drugClass) },
            },
          ],
        }
      : {}),
    clinicalStatus: { coding: [{ system: SYSTEMS.allergyClinical, code: a.resolved !== undefined ? "resolved" : "active" }] },
    verificationStatus: { coding: [{ system: SYSTEMS.allergyVerification, code: a.verification ?? "confirmed" }] },
    type: "allergy",
    category: [a.category],
    code: concept(a.concept),
    patient: subject(token),
    onsetDateTime: isoDate(a.onset),
    recordedDate: isoDate(Math.min(now, a.onset + 3)),
    ...(a.resolved !== undefined ? { lastOccurrence: isoDate(a.resolved) } : {}),
    reaction: [{ manifestation: [{ text: a.reaction }], severity: a.severity }],
  };
}

export function buildCondition(token: string, p: Problem): Condition {
  const active = p.end === undefined;
  return {
    resourceType: "Condition",
    id: `${token}-co-${p.key}`,
    extension: [{ url: EXTENSIONS.problemSignificance, valueCode: p.significance }],
    clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: active ? "active" : "resolved" }] },
    category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: "problem-list-item", display: "Problem List Item" }] }],
    code: concept(p.concept),
    subject: subject(token),
    onsetDateTime: isoDate(p.onset),
    ...(p.end !== undefined ? { abatementDateTime: isoDate(p.end) } : {}),
    recordedDate: isoDate(p.onset),
  };
}

const ENCOUNTER_KIND = {
  surgery: ["AMB", "ambulatory", "Surgery consultation"],
  telephone: ["VR", "virtual", "Telephone consultation"],
  "home-visit": ["HH", "home health", "Home visit"],
  "out-of-hours": ["AMB", "ambulatory", "Out of hours consultation"],
} as const;

export function buildEncounter(token: string, e: EncounterItem): Encounter {
  const [code, display, text] = ENCOUNTER_KIND[e.kind];
  return {
    resourceType: "Encounter",
    id: `${token}-en-${e.key}`,
    status: "finished",
    class: { system: SYSTEMS.actCode, code, display },
    type: [{ text }],
    subject: subject(token),
    participant: [{ individual: ref("Practitioner", `pr-${e.clinician.key.toLowerCase()}`) }],
    period: { start: isoDateTime(e.day, e.minute), end: isoDateTime(e.day, e.minute + 10) },
    reasonCode: [{ text: e.reason }],
    serviceProvider: ref("Organization", orgId(e.clinician.org), e.clinician.org.name),
  };
}

const VITALS: Record<
  VitalSign["kind"],
  { code: string; display: string; unit?: string; ucum?: string; snomed: boolean; category: string }
> = {
  bp: { code: "75367002", display: "Blood pressure", snomed: true, category: "vital-signs" },
  weight: { code: "27113001", display: "Body weight", unit: "kg", ucum: "kg", snomed: true, category: "vital-signs" },
  height: { code: "50373000", display: "Body height", unit: "cm", ucum: "cm", snomed: true, category: "vital-signs" },
  bmi: { code: "60621009", display: "Body mass index", unit: "kg/m2", ucum: "kg/m2", snomed: true, category: "vital-signs" },
  pulse: { code: "364075005", display: "Heart rate", unit: "beats/min", ucum: "/min", snomed: true, category: "vital-signs" },
  smoking: { code: "smoking-status", display: "Smoking status", snomed: false, category: "social-history" },
};

export function buildVital(token: string, v: VitalSign): Observation {
  const def = VITALS[v.kind];
  const base: Observation = {
    resourceType: "Observation",
    id: `${token}-ob-${v.key}`,
    status: "final",
    category: [{ coding: [{ system: SYSTEMS.observationCategory, code: def.category }] }],
    code: concept({ code: def.code, display: def.display, snomed: def.snomed }),
    subject: subject(token),
    effectiveDateTime: isoDate(v.day),
  };
  if (v.kind === "bp") {
    const [sys = 0, dia = 0] = v.values;
    base.component = [
      {
        code: concept({ code: "271649006", display: "Systolic blood pressure", snomed: true }),
        valueQuantity: { value: sys, unit: "mmHg", system: SYSTEMS.ucum, code: "mm[Hg]" },
      },
      {
        code: concept({ code: "271650006", display: "Diastolic blood pressure", snomed: true }),
        valueQuantity: { value: dia, unit: "mmHg", system: SYSTEMS.ucum, code: "mm[Hg]" },
      },
    ];
  } else if (v.kind === "smoking") {
    base.valueCodeableConcept = { text: v.text ?? "Unknown" };
  } else {
    base.valueQuantity = { value: v.values[0] ?? 0, unit: def.unit ?? "", system: SYSTEMS.ucum, code: def.ucum ?? "1" };
  }
  return base;
}

export function buildLabReport(token: string, r: LabReport): { report: DiagnosticReport; results: Observation[] } {
  const results: Observation[] = r.results.map((x, i) => {
    const abnormal = (x.low !== undefined && x.value < x.low) || (x.high !== undefined && x.value > x.high);
    return {
      resourceType: "Observation",
      id: `${token}-lr-${r.key}-${i + 1}`,
      status: "final",
      category: [{ coding: [{ system: SYSTEMS.observationCategory, code: "laboratory" }] }],
      code: concept(x.concept),
      subject: subject(token),
      effectiveDateTime: isoDate(r.day),
      valueQuantity: { value: x.value, unit: x.unit },
      ...(x.low !== undefined || x.high !== undefined
        ? {
            referenceRange: [
              {
                ...(x.low !== undefined ? { low: { value: x.low, unit: x.unit } } : {}),
                ...(x.high !== undefined ? { high: { value: x.high, unit: x.unit } } : {}),
              },
            ],
          }
        : {}),
      ...(abnormal
        ? { interpretation: [{ coding: [{ system: SYSTEMS.interpretation, code: x.low !== undefined && x.value < x.low ? "L" : "H" }] }] }
        : {}),
    };
  });
  const report: DiagnosticReport = {
    resourceType: "DiagnosticReport",
    id: `${token}-dr-${r.key}`,
    status: "final",
    category: [{ coding: [{ system: SYSTEMS.diagnosticSection, code: "LAB", display: "Laboratory" }] }],
    code: { text: r.name },
    subject: subject(token),
    effectiveDateTime: isoDate(r.day),
    issued: isoDateTime(r.day + 1, 9 * 60),
    result: results.map((o) => ref("Observation", o.id ?? "")),
  };
  return { report, results };
}

export function buildImmunization(token: string, v: Vaccination): Immunization {
  return {
    resourceType: "Immunization",
    id: `${token}-im-${v.key}`,
    status: "completed",
    vaccineCode: concept(v.vaccine, SYSTEMS.vaccine),
    patient: subject(token),
    occurrenceDateTime: isoDate(v.day),
    primarySource: true,
    ...(v.dose ? { protocolApplied: [{ doseNumberPositiveInt: v.dose }] } : {}),
  };
}

export function buildReferral(token: string, r: Referral): ServiceRequest {
  return {
    resourceType: "ServiceRequest",
    id: `${token}-sr-${r.key}`,
    status: r.status,
    intent: "order",
    priority: r.priority,
    code: { text: r.service },
    subject: subject(token),
    authoredOn: isoDate(r.day),
    requester: ref("Practitioner", `pr-${r.clinician.key.toLowerCase()}`),
    performer: [{ display: `${r.service} (local provider)` }],
    reasonCode: [{ text: r.reason }],
  };
}

export function buildFlag(token: string, w: Warning): Flag {
  return {
    resourceType: "Flag",
    id: `${token}-fl-${w.key}`,
    status: "active",
    category: [{ coding: [{ system: SYSTEMS.flagCategory, code: w.category }] }],
    code: { text: w.text },
    subject: subject(token),
    period: { start: isoDate(w.day) },
  };
}
