// Real-world awkwardness at realistic rates in the general population: medication from other
// organisations (out of hours, temporary registration), duplicates, early controlled-drug issues,
// allergy conflicts, withheld sensitive items and empty records.

import { YEAR } from "../population/days";
import type { RecordContext } from "./generate-record";
import type { ClinicalRecord, SectionName } from "./model";
import { ccgIndexOf, clinicianAt, outOfHoursOrg, practiceOrg, temporaryPractice } from "./organisations";

export function addOutOfHoursIssue(rc: RecordContext, record: ClinicalRecord, drugId: string, daysAgo: number): void {
  const ooh = clinicianAt(outOfHoursOrg(ccgIndexOf(rc.patient.practice)), 1 + (daysAgo % 5), "Out of hours GP");
  record.medications.push(rc.courses.acute(drugId, rc.now - daysAgo, ooh, "out-of-hours"));
  record.encounters.push({
    key: `e${record.encounters.length + 1}`,
    day: rc.now - daysAgo,
    minute: 22 * 60 + (daysAgo % 60),
    kind: "out-of-hours",
    reason: "Out of hours contact",
    clinician: ooh,
  });
}

/** Registered temporarily elsewhere: the other practice issued some of the usual repeats (same drug twice). */
export function addTemporaryResidence(rc: RecordContext, record: ClinicalRecord, daysAgo: number, drugIds?: string[]): void {
  const other = clinicianAt(practiceOrg(temporaryPractice(rc.patient.practice, rc.rng)), 2);
  const repeats =
    drugIds ??
    [...new Set(record.medications.filter((m) => m.type !== "acute" && m.status === "active").map((m) => m.drug.id))].slice(0, 2);
  for (const drugId of repeats) {
    record.medications.push(
      ...rc.courses.repeatChain({ drugId, from: rc.now - daysAgo, prescriber: other, orgKind: "temporary-resident", maxIssues: 3 }),
    );
  }
}

/**
 * Controlled-drug issues every 8-12 days. With `quantity` set to a 28-day supply (the demo patient) each
 * issue is genuinely early against the days' supply its dose allows; without it the catalogue quantity
 * (often a week or less) is used, which is frequent but not necessarily early.
 */
export function addEarlyControlledDrugIssues(
  rc: RecordContext,
  record: ClinicalRecord,
  drugId: string,
  count: number,
  quantity?: number,
): void {
  const gp = record.usualGp;
  const ooh = clinicianAt(outOfHoursOrg(ccgIndexOf(rc.patient.practice)), 3, "Out of hours GP");
  for (let i = 0; i < count; i++) {
    // Every 8-12 days, alternating sources.
    const day = rc.now - 5 - i * rc.rng.between(8, 12);
    const issuer = i % 3 === 1 ? ooh : gp;
    record.medications.push(rc.courses.acute(drugId, day, issuer, issuer === gp ? "registered-practice" : "out-of-hours", quantity));
  }
}

const WITHHOLDABLE: readonly SectionName[] = ["problems", "consultations", "medication", "investigations", "referrals"];

export function addAwkwardCases(rc: RecordContext, record: ClinicalRecord): void {
  const { rng, age } = rc;
  if (rng.chance(0.01)) {
    // Newly registered, nothing recorded yet.
    Object.assign(record, {
      medications: [],
      problems: [],
      allergies: [],
      encounters: [],
      vitals: [],
      labs: [],
      vaccinations: [],
      referrals: [],
      warnings: [],
    });
    delete record.endOfLife;
    return;
  }
  if (age >= 16 && rng.chance(0.03))
    addOutOfHoursIssue(
      rc,
      record,
      rng.pick(["amoxicillin-500mg-cap", "codeine-30mg-tab", "prednisolone-5mg-tab", "diazepam-2mg-tab", "naproxen-500mg-tab"]),
      rng.int(YEAR),
    );
  if (age >= 16 && rng.chance(0.01)) addTemporaryResidence(rc, record, rng.between(20, 200));
  if (age >= 16 && rng.chance(0.005) && record.medications.some((m) => m.drug.drugClass === "nsaid"))
    addOutOfHoursIssue(rc, record, "ibuprofen-400mg-tab", rng.int(60));
  if (age >= 18 && rng.chance(0.002))
    addEarlyControlledDrugIssues(rc, record, rng.pick(["codeine-30mg-tab", "diazepam-2mg-tab", "zopiclone-7.5mg-tab"]), rng.between(3, 6));
  if (rng.chance(0.002) && record.allergies.some((a) => a.drugClass === "penicillin"))
    addOutOfHoursIssue(rc, record, "amoxicillin-500mg-cap", rng.int(90));
  if (rng.chance(0.02)) record.withheld.push(rng.pick(WITHHOLDABLE));
}
