// One patient's clinical record, generated on demand from (seed, index). Nothing is stored:
// the same inputs always give the same record.

import { ageInYears, type Day, YEAR } from "../population/days";
import type { Demographics, PopulationContext } from "../population/demographics";
import { mix32, Rng, rngFor } from "../population/prng";
import { addAwkwardCases } from "./awkward-cases";
import { ALLERGENS, CONDITIONS } from "./concepts";
import { CONDITION_DEFS } from "./condition-catalogue";
import { generateEndOfLife, endOfLifeChance } from "./end-of-life";
import { addHistory } from "./generate-history";
import { CourseFactory, STOP_REASONS } from "./medication-courses";
import type { Allergy, ClinicalRecord, Problem } from "./model";
import { usualGpOf } from "./organisations";
import { shapeDemoRecord } from "./demo-records";

const PURPOSE_RECORD = 10;
/** Issue histories go back this far; older authorisations are not generated. */
export const HISTORY_DAYS = 3 * YEAR;

export interface RecordContext {
  rng: Rng;
  now: Day;
  age: number;
  courses: CourseFactory;
  patient: Demographics;
}

export function emptyRecord(patient: Demographics): ClinicalRecord {
  return {
    usualGp: usualGpOf(patient.practice),
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
  };
}

export function generateRecord(ctx: PopulationContext, patient: Demographics): ClinicalRecord {
  // Demo patients use a fixed stream so their records do not change with MIG_SEED.
  const rng = patient.scenario ? new Rng(mix32(0xde30, patient.index)) : rngFor(ctx.seed, patient.index, PURPOSE_RECORD);
  const now = patient.deathDay ?? ctx.referenceDay;
  const rc: RecordContext = { rng, now, age: ageInYears(patient.birthDay, now), courses: new CourseFactory(rng, now), patient };
  const record = emptyRecord(patient);
  addConditions(rc, record);
  addAllergies(rc, record);
  addHistory(rc, record);
  if (rng.chance(endOfLifeChance(rc.age, record.problems.length))) record.endOfLife = generateEndOfLife(rc, record);
  if (!patient.scenario) addAwkwardCases(rc, record);
  if (patient.scenario) shapeDemoRecord(patient.scenario.id, rc, record);
  if (patient.deathDay !== undefined) stopAtDeath(record, patient.deathDay);
  return record;
}

function stopAtDeath(record: ClinicalRecord, deathDay: Day): void {
  for (const m of record.medications) {
    if (m.status !== "active") continue;
    m.status = "stopped";
    m.end = deathDay;
    m.stopReason = { code: "patient-died", text: "Patient died" };
  }
}

function addConditions(rc: RecordContext, record: ClinicalRecord): void {
  const { rng, now, age, patient } = rc;
  const gp = record.usualGp;
  let n = 0;
  for (const def of CONDITION_DEFS) {
    if (age < def.minAge || !rng.chance(def.prevalence(age, patient.sex))) continue;
    const earliest = Math.max(patient.birthDay + def.minAge * YEAR, now - 25 * YEAR);
    const onset = earliest + rng.int(Math.max(1, now - 90 - earliest));
    const problem: Problem = { key: `p${++n}`, concept: CONDITIONS[def.key], onset, significance: def.significance };
    record.problems.push(problem);
    for (const choices of def.drugs) {
      const drugId = rng.pick(choices);
      if (record.medications.some((m) => m.drug.id === drugId)) continue;
      const from = Math.max(onset, now - HISTORY_DAYS) + rng.int(60);
      if (from >= now) continue;
      // About one long-term drug in six was changed: the earlier one stopped with a reason.
      if (rng.chance(0.15) && choices.length > 1) {
        const earlier = rng.pick(choices.filter((c) => c !== drugId));
        const switchDay = from + rng.int(Math.max(1, now - from - 60));
        const reason = rng.pick([
          STOP_REASONS.adverse,
          STOP_REASONS.ineffective,
          STOP_REASONS.changed,
          STOP_REASONS.cough,
          STOP_REASONS.ankles,
        ]);
        record.medications.push(...rc.courses.repeatChain({ drugId: earlier, from, stop: { day: switchDay, ...reason }, prescriber: gp }));
        record.medications.push(...rc.courses.repeatChain({ drugId, from: switchDay, prescriber: gp }));
      } else {
        record.medications.push(...rc.courses.repeatChain({ drugId, from, prescriber: gp, intervalDays: rng.chance(0.2) ? 56 : 28 }));
      }
    }
  }
  // Past, minor problems.
  const past = [CONDITIONS.appendicectomy, CONDITIONS.fracturedWrist, CONDITIONS.cellulitis, CONDITIONS.pneumonia, CONDITIONS.uti];
  const count = rng.int(Math.min(4, 1 + Math.floor(age / 20)));
  for (let i = 0; i < count; i++) {
    const concept = rng.pick(past);
    if (record.problems.some((p) => p.concept === concept)) continue;
    const onset = patient.birthDay + rng.int(Math.max(1, now - patient.birthDay - 30));
    record.problems.push({ key: `p${++n}`, concept, onset, end: Math.min(now, onset + rng.between(7, 120)), significance: "minor" });
  }
}

const ALLERGY_RATES: readonly (readonly [keyof typeof ALLERGENS, number, string])[] = [
  ["penicillin", 0.08, "Rash"],
  ["nsaid", 0.015, "Bronchospasm"],
  ["aspirin", 0.01, "Angioedema"],
  ["codeine", 0.01, "Nausea and vomiting"],
  ["trimethoprim", 0.01, "Rash"],
  ["peanut", 0.015, "Anaphylaxis"],
  ["latex", 0.008, "Contact dermatitis"],
  ["hayFever", 0.05, "Rhinitis"],
];

function addAllergies(rc: RecordContext, record: ClinicalRecord): void {
  const { rng, now, patient } = rc;
  let n = 0;
  for (const [key, rate, reaction] of ALLERGY_RATES) {
    if (!rng.chance(rate)) continue;
    const allergen = ALLERGENS[key];
    const onset = patient.birthDay + rng.int(Math.max(1, now - patient.birthDay));
    const allergy: Allergy = {
      key: `a${++n}`,
      concept: allergen.concept,
      category: allergen.drugClass ? "medication" : key === "peanut" ? "food" : "environment",
      reaction,
      severity: reaction === "Anaphylaxis" || reaction === "Angioedema" ? "severe" : rng.pick(["mild", "moderate"] as const),
      onset,
      ...(allergen.drugClass ? { drugClass: allergen.drugClass } : {}),
    };
    if (key === "hayFever" && rng.chance(0.3)) allergy.resolved = Math.min(now, onset + rng.int(10 * YEAR));
    record.allergies.push(allergy);
  }
}
