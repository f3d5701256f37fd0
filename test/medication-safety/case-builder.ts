// Builds the view models a safety-check case describes as data (the golden set and the pharmacist's
// list share this): medications, issues and allergies in, the sections the checks read out.
import { HOSPITAL, OOH, OTHER, OWN, allergies, allergy, dateView, issue, med, medications } from "@/test/builders/medication-safety";
import type { SafetyFinding } from "@/lib/domain/medication-safety/types";
import type { AllergyItem } from "@/lib/domain/record/allergies/types";

export type CaseSource = "own" | "ooh" | "other" | "hospital";
export interface CaseMed {
  name: string;
  dmdCode?: string;
  ingredients?: string[];
  type?: "acute" | "repeat";
  status?: "active" | "completed" | "stopped" | "unknown";
  dosage?: string;
  quantity?: string;
  lastIssued?: string;
  source?: CaseSource;
  prescriber?: string;
  anticipatory?: boolean;
}
export interface CaseIssue {
  name: string;
  issued: string;
  quantity: string;
  dosage: string;
  source?: CaseSource;
}
export interface CaseAllergy {
  substance: string;
  verification?: AllergyItem["verification"];
  status?: "active" | "resolved";
  type?: AllergyItem["type"];
  criticality?: AllergyItem["criticality"];
}
export interface CaseInput {
  medications: CaseMed[];
  issues?: CaseIssue[];
  allergies?: CaseAllergy[];
}

const SOURCES = { own: OWN, ooh: OOH, other: OTHER, hospital: HOSPITAL } as const;

/** Medication i gets id `m<i>`, issue i `i<i>`, allergy i `a<i>`. */
export function buildCase(c: CaseInput) {
  const items = c.medications.map((m, i) =>
    med({
      id: `m${i}`,
      name: m.name,
      ingredients: m.ingredients ?? [],
      ...(m.dmdCode ? { drug: { dmdCode: m.dmdCode, dmdKind: "unknown" as const, ingredients: m.ingredients ?? [], classes: [] } } : {}),
      prescriptionType: m.type ?? "repeat",
      status: m.status ?? (m.type === "acute" ? "completed" : "active"),
      dosage: m.dosage ?? "One tablet once a day",
      quantity: m.quantity ?? "28 tablet",
      lastIssued: dateView(m.lastIssued ?? "2026-11-01"),
      started: dateView(m.lastIssued ?? "2026-01-01"),
      source: SOURCES[m.source ?? "own"],
      prescriber: m.prescriber ?? null,
      discontinued: m.status === "stopped" ? { date: dateView("2026-10-01"), reason: "No longer required" } : null,
      ...(m.anticipatory ? { anticipatory: true } : {}),
    }),
  );
  const issues = (c.issues ?? []).map((x, i) =>
    issue({
      id: `i${i}`,
      issued: x.issued,
      medicationName: x.name,
      quantity: x.quantity,
      dosage: x.dosage,
      source: SOURCES[x.source ?? "own"],
    }),
  );
  const active = (c.allergies ?? []).map((a, i) =>
    allergy({
      id: `a${i}`,
      substance: a.substance,
      ...(a.verification ? { verification: a.verification } : {}),
      status: a.status ?? "active",
      type: a.type ?? "allergy",
      criticality: a.criticality ?? "unknown",
    }),
  );
  return { section: medications(items, issues), allergySection: allergies(active) };
}

/** A finding as a short tuple for assertion messages. */
export const brief = (f: SafetyFinding) => [f.kind, f.ruleId, f.severity, f.title] as const;
