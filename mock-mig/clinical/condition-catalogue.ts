// Long-term conditions: how common they are by age and sex, and what is usually prescribed.
// Rough primary-care prevalences; good enough for a realistic mix, not for epidemiology.

import type { Sex } from "../population/demographics";
import { CONDITIONS } from "./concepts";
import type { Concept } from "./model";

export interface ConditionDef {
  key: keyof typeof CONDITIONS;
  prevalence: (age: number, sex: Sex) => number;
  significance: "major" | "minor";
  /** Each entry is a choice of drug ids; one is picked per entry. */
  drugs: readonly (readonly string[])[];
  /** Earliest age of onset. */
  minAge: number;
}

const byAge = (bands: readonly (readonly [number, number])[]) => (age: number) => {
  let p = 0;
  for (const [from, value] of bands) if (age >= from) p = value;
  return p;
};

export const CONDITION_DEFS: readonly ConditionDef[] = [
  {
    key: "hypertension",
    minAge: 30,
    significance: "major",
    prevalence: byAge([
      [30, 0.05],
      [45, 0.15],
      [60, 0.35],
      [75, 0.55],
    ]),
    drugs: [
      ["amlodipine-5mg-tab", "ramipril-5mg-cap", "lisinopril-10mg-tab", "losartan-50mg-tab"],
      ["indapamide-2.5mg-tab", "amlodipine-5mg-tab"],
    ],
  },
  {
    key: "hyperlipidaemia",
    minAge: 40,
    significance: "minor",
    prevalence: byAge([
      [40, 0.08],
      [55, 0.25],
      [70, 0.35],
    ]),
    drugs: [["atorvastatin-20mg-tab", "simvastatin-40mg-tab"]],
  },
  {
    key: "diabetes2",
    minAge: 30,
    significance: "major",
    prevalence: byAge([
      [30, 0.03],
      [45, 0.08],
      [60, 0.14],
      [75, 0.16],
    ]),
    drugs: [["metformin-500mg-tab"], ["gliclazide-80mg-tab", "atorvastatin-20mg-tab"]],
  },
  {
    key: "asthma",
    minAge: 3,
    significance: "minor",
    prevalence: () => 0.08,
    drugs: [["salbutamol-100mcg-inhaler"], ["beclometasone-100mcg-inhaler"]],
  },
  {
    key: "copd",
    minAge: 45,
    significance: "major",
    prevalence: byAge([
      [45, 0.02],
      [60, 0.05],
      [75, 0.07],
    ]),
    drugs: [["salbutamol-100mcg-inhaler"], ["tiotropium-2.5mcg-inhaler"]],
  },
  {
    key: "af",
    minAge: 55,
    significance: "major",
    prevalence: byAge([
      [55, 0.02],
      [65, 0.06],
      [80, 0.12],
    ]),
    drugs: [["apixaban-5mg-tab", "apixaban-5mg-tab", "warfarin-1mg-tab"], ["bisoprolol-2.5mg-tab"]],
  },
  {
    key: "heartFailure",
    minAge: 60,
    significance: "major",
    prevalence: byAge([
      [60, 0.01],
      [75, 0.05],
      [85, 0.09],
    ]),
    drugs: [["furosemide-40mg-tab"], ["ramipril-5mg-cap"], ["bisoprolol-2.5mg-tab"], ["spironolactone-25mg-tab"]],
  },
  {
    key: "mi",
    minAge: 45,
    significance: "major",
    prevalence: byAge([
      [45, 0.01],
      [60, 0.04],
      [75, 0.07],
    ]),
    drugs: [["aspirin-75mg-dispersible"], ["atorvastatin-20mg-tab"], ["bisoprolol-2.5mg-tab"], ["gtn-400mcg-spray"]],
  },
  {
    key: "stroke",
    minAge: 55,
    significance: "major",
    prevalence: byAge([
      [55, 0.01],
      [70, 0.04],
      [85, 0.07],
    ]),
    drugs: [["clopidogrel-75mg-tab"], ["atorvastatin-20mg-tab"]],
  },
  {
    key: "hypothyroid",
    minAge: 25,
    significance: "minor",
    prevalence: (age, sex) => (sex === "female" ? (age >= 50 ? 0.07 : 0.03) : 0.01),
    drugs: [["levothyroxine-100mcg-tab"]],
  },
  {
    key: "depression",
    minAge: 16,
    significance: "minor",
    prevalence: byAge([
      [16, 0.07],
      [30, 0.1],
      [70, 0.07],
    ]),
    drugs: [["sertraline-50mg-tab", "citalopram-20mg-tab", "fluoxetine-20mg-cap", "mirtazapine-15mg-tab"]],
  },
  { key: "anxiety", minAge: 16, significance: "minor", prevalence: () => 0.04, drugs: [] },
  {
    key: "osteoarthritis",
    minAge: 50,
    significance: "minor",
    prevalence: byAge([
      [50, 0.08],
      [65, 0.2],
      [80, 0.3],
    ]),
    drugs: [
      ["paracetamol-500mg-tab", "co-codamol-30-500-tab"],
      ["naproxen-500mg-tab", "paracetamol-500mg-tab"],
    ],
  },
  {
    key: "gord",
    minAge: 25,
    significance: "minor",
    prevalence: byAge([
      [25, 0.04],
      [50, 0.09],
    ]),
    drugs: [["omeprazole-20mg-cap", "lansoprazole-30mg-cap"]],
  },
  {
    key: "backPain",
    minAge: 25,
    significance: "minor",
    prevalence: () => 0.04,
    drugs: [["co-codamol-30-500-tab", "tramadol-50mg-cap", "amitriptyline-10mg-tab", "gabapentin-300mg-cap", "pregabalin-75mg-cap"]],
  },
  { key: "insomnia", minAge: 30, significance: "minor", prevalence: () => 0.01, drugs: [["zopiclone-7.5mg-tab", "temazepam-10mg-tab"]] },
  {
    key: "ckd3",
    minAge: 60,
    significance: "major",
    prevalence: byAge([
      [60, 0.05],
      [75, 0.15],
      [85, 0.25],
    ]),
    drugs: [],
  },
  {
    key: "dementia",
    minAge: 70,
    significance: "major",
    prevalence: byAge([
      [70, 0.03],
      [80, 0.1],
      [90, 0.25],
    ]),
    drugs: [["donepezil-10mg-tab"]],
  },
  {
    key: "epilepsy",
    minAge: 5,
    significance: "major",
    prevalence: () => 0.008,
    drugs: [["levetiracetam-500mg-tab", "lamotrigine-100mg-tab"]],
  },
  {
    key: "osteoporosis",
    minAge: 60,
    significance: "minor",
    prevalence: (age, sex) => (sex === "female" ? (age >= 75 ? 0.15 : 0.06) : 0.01),
    drugs: [["alendronic-acid-70mg-tab"], ["adcal-d3-chewable"]],
  },
  {
    key: "bph",
    minAge: 55,
    significance: "minor",
    prevalence: (age, sex) => (sex === "male" ? (age >= 70 ? 0.2 : 0.08) : 0),
    drugs: [["tamsulosin-400mcg-cap"]],
  },
  {
    key: "rheumatoid",
    minAge: 30,
    significance: "major",
    prevalence: (_a, sex) => (sex === "female" ? 0.008 : 0.003),
    drugs: [["methotrexate-2.5mg-tab"]],
  },
  {
    key: "eczema",
    minAge: 0,
    significance: "minor",
    prevalence: byAge([
      [0, 0.08],
      [16, 0.03],
    ]),
    drugs: [["emollient-cream"]],
  },
];

export function conditionConcept(def: ConditionDef): Concept {
  return CONDITIONS[def.key];
}
