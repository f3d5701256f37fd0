// The supportive-care / end-of-life dataset (PRSB end-of-life standard, ReSPECT), for a share of
// patients that rises steeply with age and multimorbidity.

import { YEAR } from "../population/days";
import { FEMALE_FORENAMES, MALE_FORENAMES } from "../population/name-tables";
import { CONDITIONS } from "./concepts";
import type { RecordContext } from "./generate-record";
import type { ClinicalRecord, Contact, EndOfLife, MedicationCourse } from "./model";
import { practiceOrg } from "./organisations";

export function endOfLifeChance(age: number, problemCount: number): number {
  const base = age >= 90 ? 0.2 : age >= 85 ? 0.12 : age >= 75 ? 0.05 : age >= 65 ? 0.015 : age >= 40 ? 0.002 : 0;
  return Math.min(0.6, base * (problemCount >= 4 ? 2 : 1));
}

const PLACES = ["Home", "Care home", "Hospice", "Hospital"] as const;

/** Synthetic just-in-case prescriptions: dose range and the most to give in 24 hours, as a prescriber would write them. */
export const JUST_IN_CASE: readonly { drugId: string; doseRange: NonNullable<MedicationCourse["doseRange"]> }[] = [
  { drugId: "morphine-10mg-1ml-inj", doseRange: { low: 2.5, high: 5, unit: "mg", maxIn24Hours: 30 } },
  { drugId: "midazolam-10mg-2ml-inj", doseRange: { low: 2.5, high: 5, unit: "mg", maxIn24Hours: 30 } },
  { drugId: "levomepromazine-25mg-1ml-inj", doseRange: { low: 2.5, high: 5, unit: "mg", maxIn24Hours: 25 } },
  { drugId: "hyoscine-butylbromide-20mg-1ml-inj", doseRange: { low: 20, high: 20, unit: "mg", maxIn24Hours: 120 } },
];

export function generateEndOfLife(rc: RecordContext, record: ClinicalRecord, full = false): EndOfLife {
  const { rng, now, patient } = rc;
  const gp = record.usualGp;
  // A frail person without a life-limiting diagnosis gets frailty recorded; some get cancer.
  if (!record.problems.some((p) => p.significance === "major") || rng.chance(0.3)) {
    const concept = rng.chance(0.5)
      ? CONDITIONS.frailty
      : rng.pick([
          CONDITIONS.lungCancer,
          CONDITIONS.bowelCancer,
          patient.sex === "male" ? CONDITIONS.prostateCancer : CONDITIONS.lungCancer,
        ]);
    record.problems.push({ key: `p${record.problems.length + 1}`, concept, onset: now - rng.between(90, 2 * YEAR), significance: "major" });
  }
  const drivers = record.problems.filter((p) => p.significance === "major" && p.end === undefined).slice(0, 2);
  const registerDay = now - rng.between(30, 2 * YEAR);
  const family = patient.family;
  const contact = (key: string, role: Contact["role"], relationship: string, female: boolean, sameName: boolean): Contact => ({
    key,
    role,
    relationship,
    given: rng.pick(female ? FEMALE_FORENAMES["1950s-70s"] : MALE_FORENAMES["1950s-70s"]),
    family: sameName ? family : rng.pick(["Wilson", "Hartley", "Greenwood", "Sykes", "Pickles"]),
    phone: `07700 900${String(rng.int(1000)).padStart(3, "0")}`,
  });
  const daughter = contact("c1", "next-of-kin", "Daughter", true, rng.chance(0.4));
  const eol: EndOfLife = {
    registerDay,
    prognosis: rng.pick(["Months", "Weeks to months", "Year or more", "Months to a year"]),
    diagnosisKeys: drivers.map((p) => p.key),
    contacts: [daughter],
    cpr: [],
  };
  if (full || rng.chance(0.8)) {
    const dnacpr = full || rng.chance(0.85);
    const day = registerDay + rng.int(30);
    eol.cpr.push({
      dnacpr,
      day,
      reviewDay: day + 365,
      formType: rng.chance(0.7) || full ? "ReSPECT" : "DNACPR",
      // Practices use both UK code pairs (the SCCI1580 pair is the newer): docs/care-wishes.md.
      ...(rng.chance(0.5) ? { code: dnacpr ? "450476008" : "450475007" } : {}),
      formLocation: "Original form kept at home in the purple folder on the kitchen table; copy scanned into GP record",
      decidedBy: gp,
      discussedWithPatient: "Yes",
      discussedWithFamily: rng.chance(0.7) ? "Yes: with the daughter" : "No: no family available at the time",
      capacity: rng.chance(0.7) ? "Has capacity to make this decision" : "Lacks capacity for this decision; best-interests decision",
      involved: "Patient, daughter and GP",
    });
  }
  if (full || rng.chance(0.6)) {
    eol.respect = {
      priority: "Prioritise comfort",
      recommended: ["Symptom control at home", "Oral antibiotics for infection if it would ease symptoms"],
      notWanted: ["Cardiopulmonary resuscitation", "Admission to intensive care", "Mechanical ventilation"],
      ...(full || rng.chance(0.7)
        ? {
            ceiling: "comfort-focused" as const,
            ceilingText: "Comfort-focused care: treat symptoms at home, not for hospital admission unless comfort cannot be achieved",
          }
        : {}),
    };
  }
  if (full || rng.chance(0.7)) {
    eol.preferredPlaceOfCare = full ? "Home" : rng.pick(PLACES);
    eol.preferredPlaceOfDeath = full ? "Home" : rng.pick(PLACES);
    eol.patientWishes = "Wishes to stay at home with family around; does not want to go back into hospital";
    if (full || rng.chance(0.5)) {
      eol.preferredPlaceOfCareSecond = "Hospice";
      eol.preferredPlaceOfDeathSecond = "Hospice";
    }
  }
  if (full || rng.chance(0.6)) {
    eol.awareOfDiagnosis = "Yes";
    eol.awareOfPrognosis = rng.chance(0.8) || full ? "Yes" : "Not fully: has not wanted to discuss prognosis";
  }
  if (full || rng.chance(0.3)) eol.organDonation = "Not registered; does not wish to donate organs";
  if (full || rng.chance(0.3)) eol.communicationNeeds = "Hard of hearing: speak clearly on the left side; wears glasses";
  if (full || rng.chance(0.6))
    eol.servicesInvolved = ["District nursing team", "Community palliative care team (Macmillan nurses)", "Social care: four calls a day"];
  if (full || rng.chance(0.5)) eol.equipmentInHome = ["Hospital bed", "Pressure-relieving mattress", "Commode"];
  eol.planUpdated = { day: Math.min(now, registerDay + 30 + rng.int(60)), by: gp };
  if (full || rng.chance(0.5)) eol.familyWishes = "Family support care at home and want to be called at any time, day or night";
  if (full || rng.chance(0.15))
    eol.adrt = {
      refuses: "Refuses cardiopulmonary resuscitation and artificial ventilation even if life is at risk",
      documentLocation: "Signed ADRT held by the patient and scanned into the GP record",
    };
  if (full || rng.chance(0.4))
    eol.contacts.push({
      ...contact("c2", "lpa-health-welfare", "Son", false, true),
      lpa: { registered: full || rng.chance(0.8), coversLifeSustaining: full || rng.chance(0.6) },
    });
  if (full || rng.chance(0.5))
    eol.contacts.push(contact("c3", "main-carer", rng.pick(["Husband", "Wife", "Partner", "Daughter"]), rng.chance(0.6), true));
  if (full || rng.chance(0.5))
    eol.contacts.push({
      key: "c4",
      role: "key-worker",
      relationship: "District nurse (key worker)",
      given: "Helen",
      family: "Sykes",
      phone: "01632 960777",
    });
  if (full || rng.chance(0.5))
    eol.homeAccess = `Key safe to the left of the front door, code ${rng.between(1000, 9999)}. Dog in the house: friendly`;
  if (full || rng.chance(0.5)) {
    eol.anticipatoryLocation = "Just-in-case box in the kitchen cupboard above the kettle";
    const start = now - rng.between(14, 120);
    for (const { drugId, doseRange } of JUST_IN_CASE) {
      const course = rc.courses.acute(drugId, start, gp);
      const { end: _end, ...rest } = course;
      record.medications.push({ ...rest, anticipatory: true, status: "active", doseRange });
    }
  }
  if (practiceOrg(patient.practice).odsCode && !record.warnings.some((w) => w.text.startsWith("Palliative"))) {
    record.warnings.push({
      key: "w9",
      day: registerDay,
      category: "clinical",
      text: "Palliative care: see end-of-life plan before any emergency treatment decision",
    });
  }
  return eol;
}
