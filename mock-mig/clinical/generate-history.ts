// The episodic part of a record: acute prescriptions, consultations, measurements, results,
// vaccinations, referrals and warnings over the last few years.

import { YEAR } from "../population/days";
import { LAB, VACCINES } from "./concepts";
import type { RecordContext } from "./generate-record";
import { HISTORY_DAYS } from "./generate-record";
import type { ClinicalRecord, EncounterItem, LabResult } from "./model";
import { clinicianAt, practiceOrg } from "./organisations";

const ACUTES: readonly (readonly [string, string, number])[] = [
  ["amoxicillin-500mg-cap", "Chest infection", 30],
  ["clarithromycin-500mg-tab", "Chest infection", 6],
  ["doxycycline-100mg-cap", "Chest infection", 6],
  ["flucloxacillin-500mg-cap", "Cellulitis", 6],
  ["nitrofurantoin-100mg-mr-cap", "Urinary tract infection", 10],
  ["trimethoprim-200mg-tab", "Urinary tract infection", 4],
  ["prednisolone-5mg-tab", "Exacerbation of asthma", 4],
  ["ibuprofen-400mg-tab", "Sprained ankle", 8],
  ["naproxen-500mg-tab", "Acute back pain", 5],
  ["codeine-30mg-tab", "Acute back pain", 3],
  ["diazepam-2mg-tab", "Acute muscle spasm", 2],
  ["metoclopramide-10mg-tab", "Gastroenteritis", 3],
];

export function addHistory(rc: RecordContext, record: ClinicalRecord): void {
  const { rng, now, age, patient } = rc;
  const practice = practiceOrg(patient.practice);
  const nurse = clinicianAt(practice, 9, "Practice Nurse");
  const allergicClasses = new Set(record.allergies.map((a) => a.drugClass));
  let n = 0;
  const encounter = (day: number, reason: string, kind: EncounterItem["kind"] = rng.pick(["surgery", "surgery", "telephone"] as const)) =>
    record.encounters.push({
      key: `e${++n}`,
      day,
      minute: rng.between(8 * 60, 18 * 60),
      kind,
      reason,
      clinician: kind === "surgery" && rng.chance(0.3) ? nurse : record.usualGp,
    });

  // Acute prescriptions, each with its consultation; allergies are respected here (conflicts are added on purpose elsewhere).
  const acuteCount = rng.int(age > 65 ? 6 : age > 16 ? 4 : 3);
  for (let i = 0; i < acuteCount; i++) {
    const [drugId, reason] = rng.weighted(ACUTES.map(([d, r, w]) => [[d, r] as const, w] as const));
    const day = now - rng.int(HISTORY_DAYS);
    const med = rc.courses.acute(drugId, day, record.usualGp);
    if (allergicClasses.has(med.drug.drugClass)) continue;
    record.medications.push(med);
    encounter(day, reason);
  }
  // Routine consultations: more with age and with long-term conditions.
  const yearly = 1 + Math.floor(age / 25) + record.problems.length;
  const reasons = ["Medication review", "Review of long-term condition", "Annual review", ...record.problems.map((p) => p.concept.display)];
  for (let i = 0, count = Math.min(30, yearly * 2 + rng.int(3)); i < count; i++) encounter(now - rng.int(HISTORY_DAYS), rng.pick(reasons));
  if (age > 80 && rng.chance(0.5)) encounter(now - rng.int(YEAR), "Home visit: general deterioration", "home-visit");

  if (age >= 18) {
    const hasHypertension = record.problems.some((p) => p.concept.code === "38341003");
    for (let t = now - rng.int(120), k = 0; t > now - HISTORY_DAYS && k < 8; t -= hasHypertension ? 180 : 365, k++) {
      const sys = rng.between(hasHypertension ? 128 : 110, hasHypertension ? 165 : 140);
      record.vitals.push({
        key: `v${record.vitals.length + 1}`,
        day: t,
        kind: "bp",
        values: [sys, rng.between(65, Math.min(100, sys - 30))],
      });
    }
    const height = patient.sex === "male" ? rng.between(165, 188) : rng.between(152, 174);
    const baseWeight = Math.round((height / 100) ** 2 * rng.between(20, 33));
    for (let t = now - rng.int(200), k = 0; t > now - HISTORY_DAYS && k < 3; t -= 365, k++) {
      const weight = baseWeight + rng.between(-3, 3);
      record.vitals.push({ key: `v${record.vitals.length + 1}`, day: t, kind: "weight", values: [weight] });
      record.vitals.push({
        key: `v${record.vitals.length + 1}`,
        day: t,
        kind: "bmi",
        values: [Math.round((weight / (height / 100) ** 2) * 10) / 10],
      });
    }
    record.vitals.push({ key: `v${record.vitals.length + 1}`, day: now - rng.int(HISTORY_DAYS), kind: "height", values: [height] });
    record.vitals.push({
      key: `v${record.vitals.length + 1}`,
      day: now - rng.int(HISTORY_DAYS),
      kind: "pulse",
      values: [rng.between(58, 96)],
    });
    record.vitals.push({
      key: `v${record.vitals.length + 1}`,
      day: now - rng.int(HISTORY_DAYS),
      kind: "smoking",
      values: [],
      text: rng.weighted([
        ["Never smoked tobacco", 55],
        ["Ex-smoker", 28],
        ["Current smoker", 14],
        ["Current e-cigarette user", 3],
      ]),
    });
  }

  // Annual bloods for people on long-term medication; INR for warfarin.
  if (record.medications.some((m) => m.type !== "acute")) {
    for (let t = now - rng.int(300), k = 0; t > now - HISTORY_DAYS && k < 3; t -= 365, k++) {
      const results: LabResult[] = [
        { concept: LAB.sodium, value: rng.between(134, 145), unit: "mmol/L", low: 133, high: 146 },
        { concept: LAB.potassium, value: rng.between(36, 54) / 10, unit: "mmol/L", low: 3.5, high: 5.3 },
        { concept: LAB.creatinine, value: rng.between(55, age > 75 ? 160 : 110), unit: "umol/L", low: 45, high: 110 },
        { concept: LAB.egfr, value: rng.between(age > 75 ? 35 : 60, 90), unit: "mL/min/1.73m2", low: 60 },
        { concept: LAB.haemoglobin, value: rng.between(112, 165), unit: "g/L", low: 115, high: 165 },
      ];
      if (record.problems.some((p) => p.concept.code === "44054006"))
        results.push({ concept: LAB.hba1c, value: rng.between(44, 80), unit: "mmol/mol", high: 48 });
      if (record.problems.some((p) => p.concept.code === "40930008"))
        results.push({ concept: LAB.tsh, value: rng.between(5, 60) / 10, unit: "mU/L", low: 0.3, high: 4.2 });
      record.labs.push({
        key: `l${record.labs.length + 1}`,
        day: t,
        name: "Annual bloods (urea and electrolytes, full blood count)",
        results,
      });
    }
  }
  if (record.medications.some((m) => m.drug.ingredient === "warfarin")) {
    for (let t = now - rng.int(28), k = 0; k < 6; t -= 42, k++) {
      record.labs.push({
        key: `l${record.labs.length + 1}`,
        day: t,
        name: "INR",
        results: [{ concept: LAB.inr, value: rng.between(18, 36) / 10, unit: "ratio", low: 2, high: 3 }],
      });
    }
  }

  // Vaccinations by age.
  const vacc = (day: number, vaccine: (typeof VACCINES)[keyof typeof VACCINES], dose?: number) =>
    day > patient.birthDay &&
    day <= now &&
    record.vaccinations.push({ key: `i${record.vaccinations.length + 1}`, day, vaccine, ...(dose ? { dose } : {}) });
  if (age < 20) {
    [56, 84, 112].forEach((d, i) => vacc(patient.birthDay + d, VACCINES.sixInOne, i + 1));
    vacc(patient.birthDay + 56, VACCINES.menB, 1);
    vacc(patient.birthDay + 365, VACCINES.mmr, 1);
    vacc(patient.birthDay + 3 * YEAR + 120, VACCINES.mmr, 2);
    vacc(patient.birthDay + 12 * YEAR + 200, VACCINES.hpv, 1);
    vacc(patient.birthDay + 14 * YEAR + 200, VACCINES.tdIpv);
  }
  if (age >= 65 || record.problems.some((p) => p.significance === "major")) {
    for (let y = 0; y < 3; y++) if (rng.chance(0.75)) vacc(now - y * YEAR - rng.between(20, 60), VACCINES.flu);
  }
  if (age >= 75) for (let y = 0; y < 2; y++) if (rng.chance(0.7)) vacc(now - y * 182 - rng.between(30, 90), VACCINES.covid);
  if (age >= 66) vacc(patient.birthDay + 65 * YEAR + rng.int(YEAR), VACCINES.pneumococcal);
  if (age >= 71 && age < 80 && rng.chance(0.5)) vacc(now - rng.int(2 * YEAR), VACCINES.shingles, 1);

  // Referrals.
  const services = [
    "Cardiology",
    "Respiratory medicine",
    "Orthopaedics",
    "Dermatology",
    "Memory clinic",
    "Physiotherapy",
    "Community mental health team",
    "Gastroenterology",
  ];
  for (let i = 0, count = rng.int(age > 50 ? 3 : 2); i < count; i++) {
    const day = now - rng.int(2 * YEAR);
    record.referrals.push({
      key: `r${i + 1}`,
      day,
      service: rng.pick(services),
      priority: rng.chance(0.2) ? "urgent" : "routine",
      reason: rng.pick(reasons),
      status: now - day > 120 ? "completed" : "active",
      clinician: record.usualGp,
    });
  }

  // Risks and warnings.
  if (age >= 75 && rng.chance(0.2))
    record.warnings.push({ key: "w1", day: now - rng.int(2 * YEAR), category: "contact", text: "Lives alone" });
  if (rng.chance(0.002))
    record.warnings.push({
      key: "w2",
      day: now - rng.int(5 * YEAR),
      category: "safety",
      text: "Violent patient marker: do not visit alone",
    });
  if (rng.chance(0.005))
    record.warnings.push({ key: "w3", day: now - rng.int(3 * YEAR), category: "safety", text: "Adult safeguarding concern" });
  if (age >= 70 && rng.chance(0.05))
    record.warnings.push({
      key: "w4",
      day: now - rng.int(3 * YEAR),
      category: "contact",
      text: "Hearing impaired: speak clearly, face the patient",
    });
  if (record.medications.some((m) => m.drug.drugClass === "anticoagulant-oral" && m.status === "active")) {
    record.warnings.push({ key: "w5", day: now - rng.int(YEAR), category: "clinical", text: "On anticoagulant: bleeding risk" });
  }
}
