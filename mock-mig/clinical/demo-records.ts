// The clinical content of each demo patient: the generated base record reshaped so that each
// demonstrates exactly what scenarios.json says, whatever the generator does elsewhere.

import { YEAR } from "../population/days";
import type { ScenarioId } from "../population/scenarios";
import { addEarlyControlledDrugIssues, addOutOfHoursIssue, addTemporaryResidence } from "./awkward-cases";
import { ccgIndexOf, clinicianAt, hospitalOrg } from "./organisations";
import { ALLERGENS, CONDITIONS } from "./concepts";
import { generateEndOfLife } from "./end-of-life";
import type { RecordContext } from "./generate-record";
import { STOP_REASONS } from "./medication-courses";
import type { Allergy, ClinicalRecord, Problem } from "./model";

function problem(
  record: ClinicalRecord,
  concept: Problem["concept"],
  onset: number,
  significance: Problem["significance"] = "major",
): void {
  if (!record.problems.some((p) => p.concept.code === concept.code)) {
    record.problems.push({ key: `p${record.problems.length + 1}`, concept, onset, significance });
  }
}

function clear(record: ClinicalRecord): void {
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
    withheld: [],
  });
  delete record.endOfLife;
}

function repeat(rc: RecordContext, record: ClinicalRecord, drugId: string, yearsAgo: number, intervalDays = 28): void {
  record.medications.push(
    ...rc.courses.repeatChain({ drugId, from: rc.now - Math.round(yearsAgo * YEAR), prescriber: record.usualGp, intervalDays }),
  );
}

export function shapeDemoRecord(id: ScenarioId, rc: RecordContext, record: ClinicalRecord): void {
  const { now } = rc;
  const gp = record.usualGp;
  switch (id) {
    case "ordinary":
    case "deceased":
    case "offline-practice":
    case "sensitive": {
      clear(record);
      problem(record, CONDITIONS.hypertension, now - 6 * YEAR);
      problem(record, CONDITIONS.hyperlipidaemia, now - 4 * YEAR, "minor");
      repeat(rc, record, "amlodipine-5mg-tab", 2.5);
      repeat(rc, record, "atorvastatin-20mg-tab", 2);
      record.medications.push(
        rc.courses.acute("amoxicillin-500mg-cap", now - 140, gp),
        rc.courses.acute("ibuprofen-400mg-tab", now - 400, gp),
      );
      for (let i = 0; i < 4; i++)
        record.vitals.push({ key: `v${i + 1}`, day: now - 30 - i * 180, kind: "bp", values: [138 - i * 3, 86 - i] });
      record.vitals.push({ key: "v9", day: now - 30, kind: "weight", values: [88] });
      record.vaccinations.push({
        key: "i1",
        day: now - 40,
        vaccine: { code: "influenza-seasonal", display: "Seasonal influenza vaccine" },
      });
      record.encounters.push(
        { key: "e1", day: now - 30, minute: 600, kind: "surgery", reason: "Hypertension review", clinician: gp },
        { key: "e2", day: now - 140, minute: 660, kind: "telephone", reason: "Chest infection", clinician: gp },
      );
      return;
    }
    case "frail-end-of-life": {
      problem(record, CONDITIONS.heartFailure, now - 5 * YEAR);
      problem(record, CONDITIONS.dementia, now - 3 * YEAR);
      problem(record, CONDITIONS.frailty, now - 2 * YEAR);
      record.endOfLife = generateEndOfLife(rc, record, true);
      // Replaces the generated "Lives alone" warning (same key) rather than adding a second one.
      record.warnings = record.warnings.filter((w) => w.key !== "w1");
      record.warnings.push({ key: "w1", day: now - 200, category: "contact", text: "Lives alone: carers visit four times a day" });
      return;
    }
    case "cpr-decision-changed": {
      // Listed oldest first, as a GP system might: the newer "for CPR" is the decision, the older DNACPR stays
      // listed beneath it, and the newest entry (a DNACPR entered in error on the wrong patient) is never used.
      problem(record, CONDITIONS.copd, now - 6 * YEAR);
      problem(record, CONDITIONS.heartFailure, now - 3 * YEAR);
      const eol = generateEndOfLife(rc, record, true);
      const base = eol.cpr[0]!;
      eol.cpr = [
        {
          ...base,
          dnacpr: true,
          code: "304253006",
          day: now - 2 * YEAR,
          reviewDay: now - 2 * YEAR + 180,
          formType: "DNACPR",
          formLocation: "Old DNACPR form: superseded, kept in the GP record",
        },
        {
          ...base,
          dnacpr: false,
          code: "450475007",
          day: now - 400,
          reviewDay: now - 35,
          formType: "ReSPECT",
          formLocation: "ReSPECT form at home, in the hall drawer",
          discussedWithPatient: "Yes: wishes CPR to be attempted now that his heart failure treatment has improved",
          discussedWithFamily: "Yes: with his wife",
        },
        {
          ...base,
          dnacpr: true,
          code: "450476008",
          status: "entered-in-error",
          day: now - 20,
          reviewDay: now + 160,
          formLocation: "Entered in error: belongs to another patient",
        },
      ];
      delete eol.respect;
      record.endOfLife = eol;
      return;
    }
    case "respect-ceiling": {
      problem(record, CONDITIONS.dementia, now - 4 * YEAR);
      problem(record, CONDITIONS.frailty, now - 2 * YEAR);
      const eol = generateEndOfLife(rc, record, true);
      eol.cpr = [
        {
          ...eol.cpr[0]!,
          dnacpr: true,
          code: "450476008",
          formType: "ReSPECT",
          day: now - 500,
          reviewDay: now - 135,
          formLocation: "ReSPECT form in the care home office, front of the care plan folder",
          discussedWithPatient: "No: lacks capacity for this decision (dementia)",
          discussedWithFamily: "Yes: with her son (LPA health and welfare)",
          capacity: "Lacks capacity; decision made in her best interests with her LPA",
          involved: "Son (LPA), care home manager, GP",
        },
      ];
      eol.respect = {
        priority: "Balance: life-sustaining treatment where it is likely to work, with comfort first",
        recommended: ["Treat reversible causes such as infection with antibiotics", "Hospital admission for treatable conditions"],
        notWanted: ["Cardiopulmonary resuscitation", "Admission to intensive care", "Mechanical ventilation"],
        ceiling: "ward-based",
        ceilingText: "Ward-based care: not for intensive care or ventilation",
      };
      eol.adrt = {
        refuses: "Refuses mechanical ventilation and tube feeding even if her life is at risk",
        documentLocation: "Signed and witnessed ADRT held by her son; copy in the care home office",
      };
      eol.preferredPlaceOfCare = "Care home";
      eol.preferredPlaceOfDeath = "Care home";
      eol.preferredPlaceOfDeathSecond = "Hospice";
      for (const c of eol.contacts) if (c.role === "lpa-health-welfare") c.lpa = { registered: true, coversLifeSustaining: true };
      record.endOfLife = eol;
      return;
    }
    case "end-of-life-unavailable": {
      problem(record, CONDITIONS.lungCancer, now - 1 * YEAR);
      record.endOfLife = generateEndOfLife(rc, record, true);
      record.unavailable = ["endOfLife"];
      return;
    }
    case "multiple-organisations": {
      clear(record);
      problem(record, CONDITIONS.gord, now - 4 * YEAR, "minor");
      problem(record, CONDITIONS.backPain, now - 2 * YEAR, "minor");
      repeat(rc, record, "omeprazole-20mg-cap", 2);
      repeat(rc, record, "naproxen-500mg-tab", 1);
      // Temporary resident elsewhere: omeprazole again (same drug twice) and lansoprazole (same class).
      addTemporaryResidence(rc, record, 75, ["omeprazole-20mg-cap", "lansoprazole-30mg-cap"]);
      // Out of hours: ibuprofen while on naproxen (same class), codeine.
      addOutOfHoursIssue(rc, record, "ibuprofen-400mg-tab", 12);
      addOutOfHoursIssue(rc, record, "codeine-30mg-tab", 40);
      return;
    }
    case "early-controlled-drugs": {
      clear(record);
      problem(record, CONDITIONS.backPain, now - 3 * YEAR, "minor");
      problem(record, CONDITIONS.anxiety, now - 5 * YEAR, "minor");
      repeat(rc, record, "co-codamol-30-500-tab", 1.5);
      // 28-day supplies (codeine up to 4 a day, diazepam up to 3 a day) issued every 8-12 days: genuinely early.
      addEarlyControlledDrugIssues(rc, record, "codeine-30mg-tab", 6, 112);
      addEarlyControlledDrugIssues(rc, record, "diazepam-2mg-tab", 4, 84);
      addTemporaryResidence(rc, record, 50, ["tramadol-50mg-cap"]);
      record.medications.push(rc.courses.acute("arnica-30c-pillules", now - 9, gp));
      return;
    }
    case "interactions": {
      clear(record);
      problem(record, CONDITIONS.af, now - 6 * YEAR);
      problem(record, CONDITIONS.heartFailure, now - 3 * YEAR);
      problem(record, CONDITIONS.osteoarthritis, now - 8 * YEAR, "minor");
      repeat(rc, record, "warfarin-1mg-tab", 3);
      repeat(rc, record, "ramipril-5mg-cap", 2.5);
      repeat(rc, record, "spironolactone-25mg-tab", 1);
      repeat(rc, record, "simvastatin-40mg-tab", 3);
      repeat(rc, record, "naproxen-500mg-tab", 0.5);
      record.medications.push(rc.courses.acute("clarithromycin-500mg-tab", now - 6, gp));
      record.medications.push(
        ...rc.courses.repeatChain({
          drugId: "amlodipine-5mg-tab",
          from: now - 3 * YEAR,
          stop: { day: now - 2 * YEAR, ...STOP_REASONS.ankles },
          prescriber: gp,
        }),
      );
      record.medications.push(
        ...rc.courses.repeatChain({
          drugId: "apixaban-5mg-tab",
          from: now - 4 * YEAR,
          stop: { day: now - 3 * YEAR, ...STOP_REASONS.changed },
          prescriber: gp,
        }),
      );
      return;
    }
    case "allergy-entered-in-error":
    case "allergy-entered-in-error-r4-twin": {
      // The only penicillin allergy was entered in error: it must never be shown as an allergy or conflict with the
      // amoxicillin issued last week.
      clear(record);
      problem(record, CONDITIONS.asthma, now - 12 * YEAR, "minor");
      repeat(rc, record, "salbutamol-100mcg-inhaler", 2, 56);
      record.medications.push(rc.courses.acute("amoxicillin-500mg-cap", now - 6, gp));
      record.allergies.push({
        key: "a1",
        concept: ALLERGENS.penicillin.concept,
        category: "medication",
        drugClass: "penicillin",
        reaction: "Rash",
        severity: "moderate",
        onset: now - 3 * YEAR,
        verification: "entered-in-error",
      });
      return;
    }
    case "allergy-conflict": {
      clear(record);
      problem(record, CONDITIONS.asthma, now - 20 * YEAR, "minor");
      repeat(rc, record, "salbutamol-100mcg-inhaler", 2, 56);
      record.allergies.push({
        key: "a1",
        concept: ALLERGENS.penicillin.concept,
        category: "medication",
        drugClass: "penicillin",
        reaction: "Urticarial rash and facial swelling",
        severity: "severe",
        onset: now - 15 * YEAR,
      });
      record.allergies.push({
        key: "a2",
        concept: ALLERGENS.hayFever.concept,
        category: "environment",
        reaction: "Rhinitis",
        severity: "mild",
        onset: now - 30 * YEAR,
        resolved: now - 10 * YEAR,
      });
      addOutOfHoursIssue(rc, record, "amoxicillin-500mg-cap", 3);
      return;
    }
    case "withheld-items": {
      clear(record);
      problem(record, CONDITIONS.asthma, now - 10 * YEAR, "minor");
      repeat(rc, record, "salbutamol-100mcg-inhaler", 1, 56);
      repeat(rc, record, "desogestrel-75mcg-tab", 1, 84);
      record.encounters.push({ key: "e1", day: now - 60, minute: 540, kind: "surgery", reason: "Asthma review", clinician: gp });
      record.withheld = ["problems", "consultations", "medication", "investigations"];
      return;
    }
    case "empty-record":
      clear(record);
      return;
    case "long-record": {
      clear(record);
      for (const c of [
        CONDITIONS.hypertension,
        CONDITIONS.diabetes2,
        CONDITIONS.af,
        CONDITIONS.heartFailure,
        CONDITIONS.ckd3,
        CONDITIONS.osteoarthritis,
        CONDITIONS.depression,
        CONDITIONS.hypothyroid,
        CONDITIONS.copd,
      ])
        problem(record, c, now - 9 * YEAR);
      // Weekly dispensing (compliance aid) of fourteen drugs for three years: hundreds of issues.
      for (const d of [
        "amlodipine-5mg-tab",
        "ramipril-5mg-cap",
        "metformin-500mg-tab",
        "gliclazide-80mg-tab",
        "apixaban-5mg-tab",
        "bisoprolol-2.5mg-tab",
        "furosemide-40mg-tab",
        "atorvastatin-20mg-tab",
        "paracetamol-500mg-tab",
        "omeprazole-20mg-cap",
        "sertraline-50mg-tab",
        "levothyroxine-100mcg-tab",
        "adcal-d3-chewable",
        "tiotropium-2.5mcg-inhaler",
      ]) {
        record.medications.push(
          ...rc.courses.repeatChain({ drugId: d, from: now - 3 * YEAR, prescriber: gp, intervalDays: 7, type: "repeat-dispensing" }),
        );
      }
      return;
    }
    case "allergy-statuses": {
      // The only penicillin allergy was entered in error (no clinicalStatus, as R4 requires), and amoxicillin is
      // current: a viewer that reads it as a real allergy would show a severe conflict that does not exist.
      clear(record);
      problem(record, CONDITIONS.hypertension, now - 5 * YEAR);
      repeat(rc, record, "amlodipine-5mg-tab", 2);
      record.medications.push(rc.courses.acute("amoxicillin-500mg-cap", now - 4, gp));
      const allergy = (key: string, a: (typeof ALLERGENS)[keyof typeof ALLERGENS], extra: Partial<Allergy>): Allergy => ({
        key,
        concept: a.concept,
        category: a.drugClass ? "medication" : "environment",
        ...(a.drugClass ? { drugClass: a.drugClass } : {}),
        reaction: "Rash",
        severity: "moderate",
        onset: now - 3 * YEAR,
        ...extra,
      });
      record.allergies.push(
        allergy("a1", ALLERGENS.penicillin, { verification: "entered-in-error", onset: now - 200 }),
        allergy("a2", ALLERGENS.codeine, { verification: "refuted", reaction: "Nausea", severity: "mild" }),
        allergy("a3", ALLERGENS.latex, { resolved: now - YEAR, endedAs: "inactive", reaction: "Contact dermatitis" }),
        allergy("a4", ALLERGENS.trimethoprim, { verification: "unconfirmed", reaction: "Itching", severity: "mild" }),
      );
      record.vitals.push(
        { key: "v1", day: now - 20, kind: "bp", values: [134, 82] },
        { key: "v2", day: now - 20, kind: "weight", values: [71] },
      );
      return;
    }
    case "no-known-drug-allergy": {
      clear(record);
      problem(record, CONDITIONS.asthma, now - 12 * YEAR, "minor");
      repeat(rc, record, "salbutamol-100mcg-inhaler", 2, 56);
      record.allergies.push(
        {
          key: "a1",
          concept: { code: "409137002", display: "No known drug allergy", snomed: true },
          category: "medication",
          reaction: "",
          severity: "mild",
          onset: now - 6 * YEAR,
        },
        {
          key: "a2",
          concept: ALLERGENS.aspirin.concept,
          category: "medication",
          drugClass: ALLERGENS.aspirin.drugClass,
          reaction: "Wheeze",
          severity: "moderate",
          onset: now - 2 * YEAR,
        },
      );
      return;
    }
    case "medication-unstated-type": {
      clear(record);
      problem(record, CONDITIONS.hypothyroid, now - 8 * YEAR);
      repeat(rc, record, "levothyroxine-100mcg-tab", 3);
      // Current, but the record does not say whether it is acute or repeat.
      record.medications.push({ ...rc.courses.acute("omeprazole-20mg-cap", now - 25, gp), status: "active", courseTypeUnstated: true });
      const hospital = clinicianAt(hospitalOrg(ccgIndexOf(rc.patient.practice)), 3, "Hospital doctor");
      record.medications.push(rc.courses.acute("clopidogrel-75mg-tab", now - 12, hospital, "hospital"));
      addTemporaryResidence(rc, record, 150, ["levothyroxine-100mcg-tab"]);
      return;
    }
    case "ordinary-contacts": {
      clear(record);
      problem(record, CONDITIONS.osteoarthritis, now - 7 * YEAR, "minor");
      repeat(rc, record, "paracetamol-500mg-tab", 1);
      // His wife as a RelatedPerson on no List; next of kin and a neighbour as Patient.contact (scenarios.ts). No
      // end-of-life dataset: an ordinary contact is not end-of-life data.
      record.contacts = [{ key: "c1", relationship: "Wife", given: "Margaret", family: "Barraclough", phone: "07700 900412" }];
      return;
    }
    case "very-restricted":
      // Never served: the label hides the patient. The record is the ordinary one, so a leak would be visible.
      return;
  }
}
