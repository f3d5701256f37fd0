// Drugs the synthetic records use. `ingredient` is the VTM-level drug (same drug = same ingredient),
// `drugClass` a BNF-style class (same class = possible duplicate), `cd` the Misuse of Drugs schedule.
// `snomed` is a dm+d VMP code, filled in only where the code was checked; otherwise the local
// drug-product system carries `id`.

export type CdSchedule = "schedule-2" | "schedule-3" | "schedule-4" | "schedule-5";

export interface DrugDef {
  id: string;
  name: string;
  snomed?: string;
  ingredient: string;
  drugClass: string;
  classDisplay: string;
  cd?: CdSchedule;
  form: string;
  dose: string;
  quantity: number;
  unit: string;
}

type Row = [id: string, name: string, ingredient: string, drugClass: string, form: string, dose: string, quantity: number, unit: string, cd?: CdSchedule, snomed?: string];

const CLASS_DISPLAY: Record<string, string> = {
  "calcium-channel-blocker": "Calcium-channel blockers", "ace-inhibitor": "ACE inhibitors", "arb": "Angiotensin-II receptor blockers",
  "thiazide": "Thiazide and related diuretics", "loop-diuretic": "Loop diuretics", "potassium-sparing-diuretic": "Aldosterone antagonists",
  "beta-blocker": "Beta-adrenoceptor blocking drugs", statin: "Statins", "antiplatelet": "Antiplatelet drugs",
  "anticoagulant-oral": "Oral anticoagulants", nitrate: "Nitrates", biguanide: "Biguanides", sulfonylurea: "Sulfonylureas",
  "beta2-agonist": "Selective beta2 agonists", "inhaled-corticosteroid": "Inhaled corticosteroids", antimuscarinic: "Antimuscarinic bronchodilators",
  "thyroid-hormone": "Thyroid hormones", ssri: "Selective serotonin re-uptake inhibitors", "tricyclic": "Tricyclic antidepressants",
  "antidepressant-other": "Other antidepressants", analgesic: "Non-opioid analgesics", "opioid": "Opioid analgesics",
  nsaid: "Non-steroidal anti-inflammatory drugs", ppi: "Proton pump inhibitors", "cholinesterase-inhibitor": "Acetylcholinesterase inhibitors",
  antiepileptic: "Antiepileptic drugs", gabapentinoid: "Gabapentinoids", benzodiazepine: "Benzodiazepines", "z-drug": "Z-drug hypnotics",
  bisphosphonate: "Bisphosphonates", "calcium-vitamin-d": "Calcium and vitamin D", "alpha-blocker": "Alpha-blockers",
  penicillin: "Penicillins", macrolide: "Macrolides", tetracycline: "Tetracyclines", "urinary-antibacterial": "Urinary-tract antibacterials",
  "folate-antagonist": "Antifolate antibacterials", corticosteroid: "Corticosteroids (oral)", dmard: "Antimetabolite DMARDs",
  antipsychotic: "Antipsychotics", antimuscarinic_palliative: "Antimuscarinics (palliative)", progestogen: "Progestogen-only contraceptives",
  antiemetic: "Antiemetics", emollient: "Emollients", homeopathic: "Homeopathic preparations",
};

const ROWS: Row[] = [
  ["amlodipine-5mg-tab", "Amlodipine 5mg tablets", "amlodipine", "calcium-channel-blocker", "Tablet", "One tablet once a day", 28, "tablet", undefined, "319283006"],
  ["ramipril-5mg-cap", "Ramipril 5mg capsules", "ramipril", "ace-inhibitor", "Capsule", "One capsule once a day", 28, "capsule"],
  ["lisinopril-10mg-tab", "Lisinopril 10mg tablets", "lisinopril", "ace-inhibitor", "Tablet", "One tablet once a day", 28, "tablet"],
  ["losartan-50mg-tab", "Losartan 50mg tablets", "losartan", "arb", "Tablet", "One tablet once a day", 28, "tablet"],
  ["indapamide-2.5mg-tab", "Indapamide 2.5mg tablets", "indapamide", "thiazide", "Tablet", "One tablet each morning", 28, "tablet"],
  ["furosemide-40mg-tab", "Furosemide 40mg tablets", "furosemide", "loop-diuretic", "Tablet", "One tablet each morning", 28, "tablet"],
  ["spironolactone-25mg-tab", "Spironolactone 25mg tablets", "spironolactone", "potassium-sparing-diuretic", "Tablet", "One tablet once a day", 28, "tablet"],
  ["bisoprolol-2.5mg-tab", "Bisoprolol 2.5mg tablets", "bisoprolol", "beta-blocker", "Tablet", "One tablet once a day", 28, "tablet"],
  ["atorvastatin-20mg-tab", "Atorvastatin 20mg tablets", "atorvastatin", "statin", "Tablet", "One tablet at night", 28, "tablet"],
  ["simvastatin-40mg-tab", "Simvastatin 40mg tablets", "simvastatin", "statin", "Tablet", "One tablet at night", 28, "tablet"],
  ["aspirin-75mg-dispersible", "Aspirin 75mg dispersible tablets", "aspirin", "antiplatelet", "Dispersible tablet", "One tablet once a day", 28, "tablet"],
  ["clopidogrel-75mg-tab", "Clopidogrel 75mg tablets", "clopidogrel", "antiplatelet", "Tablet", "One tablet once a day", 28, "tablet"],
  ["apixaban-5mg-tab", "Apixaban 5mg tablets", "apixaban", "anticoagulant-oral", "Tablet", "One tablet twice a day", 56, "tablet"],
  ["warfarin-1mg-tab", "Warfarin 1mg tablets", "warfarin", "anticoagulant-oral", "Tablet", "As directed by the anticoagulant clinic (INR record book)", 56, "tablet"],
  ["gtn-400mcg-spray", "Glyceryl trinitrate 400micrograms/dose sublingual spray", "glyceryl trinitrate", "nitrate", "Sublingual spray", "One or two sprays under the tongue when required for chest pain", 1, "spray"],
  ["metformin-500mg-tab", "Metformin 500mg tablets", "metformin", "biguanide", "Tablet", "One tablet twice a day with meals", 56, "tablet"],
  ["gliclazide-80mg-tab", "Gliclazide 80mg tablets", "gliclazide", "sulfonylurea", "Tablet", "One tablet twice a day with meals", 56, "tablet"],
  ["salbutamol-100mcg-inhaler", "Salbutamol 100micrograms/dose inhaler CFC free", "salbutamol", "beta2-agonist", "Pressurised inhalation", "Two puffs when required", 1, "inhaler"],
  ["beclometasone-100mcg-inhaler", "Clenil Modulite 100micrograms/dose inhaler", "beclometasone", "inhaled-corticosteroid", "Pressurised inhalation", "Two puffs twice a day", 1, "inhaler"],
  ["tiotropium-2.5mcg-inhaler", "Spiriva Respimat 2.5micrograms/dose solution for inhalation", "tiotropium", "antimuscarinic", "Inhalation solution", "Two puffs once a day", 1, "inhaler"],
  ["levothyroxine-100mcg-tab", "Levothyroxine sodium 100microgram tablets", "levothyroxine", "thyroid-hormone", "Tablet", "One tablet each morning", 28, "tablet"],
  ["sertraline-50mg-tab", "Sertraline 50mg tablets", "sertraline", "ssri", "Tablet", "One tablet once a day", 28, "tablet"],
  ["citalopram-20mg-tab", "Citalopram 20mg tablets", "citalopram", "ssri", "Tablet", "One tablet once a day", 28, "tablet"],
  ["fluoxetine-20mg-cap", "Fluoxetine 20mg capsules", "fluoxetine", "ssri", "Capsule", "One capsule once a day", 28, "capsule"],
  ["mirtazapine-15mg-tab", "Mirtazapine 15mg tablets", "mirtazapine", "antidepressant-other", "Tablet", "One tablet at night", 28, "tablet"],
  ["amitriptyline-10mg-tab", "Amitriptyline 10mg tablets", "amitriptyline", "tricyclic", "Tablet", "One to three tablets at night", 84, "tablet"],
  ["paracetamol-500mg-tab", "Paracetamol 500mg tablets", "paracetamol", "analgesic", "Tablet", "Two tablets up to four times a day when required", 100, "tablet", undefined, "322236009"],
  ["co-codamol-30-500-tab", "Co-codamol 30mg/500mg tablets", "codeine + paracetamol", "opioid", "Tablet", "One or two tablets up to four times a day when required", 100, "tablet", "schedule-5"],
  ["codeine-30mg-tab", "Codeine 30mg tablets", "codeine", "opioid", "Tablet", "One tablet up to four times a day when required", 28, "tablet", "schedule-5"],
  ["dihydrocodeine-30mg-tab", "Dihydrocodeine 30mg tablets", "dihydrocodeine", "opioid", "Tablet", "One tablet every four to six hours when required", 28, "tablet", "schedule-5"],
  ["tramadol-50mg-cap", "Tramadol 50mg capsules", "tramadol", "opioid", "Capsule", "One or two capsules up to four times a day when required", 60, "capsule", "schedule-3"],
  ["morphine-mr-10mg-tab", "Morphine sulfate 10mg modified-release tablets", "morphine", "opioid", "Modified-release tablet", "One tablet twice a day", 60, "tablet", "schedule-2"],
  ["oxycodone-5mg-cap", "Oxycodone 5mg capsules", "oxycodone", "opioid", "Capsule", "One capsule every four to six hours when required", 28, "capsule", "schedule-2"],
  ["morphine-10mg-5ml-solution", "Morphine sulfate 10mg/5ml oral solution", "morphine", "opioid", "Oral solution", "2.5ml to 5ml every two to four hours when required for pain", 100, "ml", "schedule-5"],
  ["ibuprofen-400mg-tab", "Ibuprofen 400mg tablets", "ibuprofen", "nsaid", "Tablet", "One tablet three times a day with food", 24, "tablet"],
  ["naproxen-500mg-tab", "Naproxen 500mg tablets", "naproxen", "nsaid", "Tablet", "One tablet twice a day with food", 56, "tablet"],
  ["omeprazole-20mg-cap", "Omeprazole 20mg gastro-resistant capsules", "omeprazole", "ppi", "Gastro-resistant capsule", "One capsule once a day", 28, "capsule"],
  ["lansoprazole-30mg-cap", "Lansoprazole 30mg gastro-resistant capsules", "lansoprazole", "ppi", "Gastro-resistant capsule", "One capsule once a day", 28, "capsule"],
  ["donepezil-10mg-tab", "Donepezil 10mg tablets", "donepezil", "cholinesterase-inhibitor", "Tablet", "One tablet at night", 28, "tablet"],
  ["levetiracetam-500mg-tab", "Levetiracetam 500mg tablets", "levetiracetam", "antiepileptic", "Tablet", "One tablet twice a day", 56, "tablet"],
  ["lamotrigine-100mg-tab", "Lamotrigine 100mg tablets", "lamotrigine", "antiepileptic", "Tablet", "One tablet twice a day", 56, "tablet"],
  ["gabapentin-300mg-cap", "Gabapentin 300mg capsules", "gabapentin", "gabapentinoid", "Capsule", "One capsule three times a day", 84, "capsule", "schedule-3"],
  ["pregabalin-75mg-cap", "Pregabalin 75mg capsules", "pregabalin", "gabapentinoid", "Capsule", "One capsule twice a day", 56, "capsule", "schedule-3"],
  ["diazepam-2mg-tab", "Diazepam 2mg tablets", "diazepam", "benzodiazepine", "Tablet", "One tablet up to three times a day when required", 15, "tablet", "schedule-4", "321196004"],
  ["temazepam-10mg-tab", "Temazepam 10mg tablets", "temazepam", "benzodiazepine", "Tablet", "One tablet at night when required", 7, "tablet", "schedule-3", "321152004"],
  ["zopiclone-7.5mg-tab", "Zopiclone 7.5mg tablets", "zopiclone", "z-drug", "Tablet", "One tablet at night when required", 7, "tablet", "schedule-4"],
  ["alendronic-acid-70mg-tab", "Alendronic acid 70mg tablets", "alendronic acid", "bisphosphonate", "Tablet", "One tablet once a week before breakfast", 4, "tablet"],
  ["adcal-d3-chewable", "Adcal-D3 chewable tablets", "calcium carbonate + colecalciferol", "calcium-vitamin-d", "Chewable tablet", "One tablet twice a day", 112, "tablet"],
  ["tamsulosin-400mcg-cap", "Tamsulosin 400microgram modified-release capsules", "tamsulosin", "alpha-blocker", "Modified-release capsule", "One capsule once a day", 30, "capsule"],
  ["amoxicillin-500mg-cap", "Amoxicillin 500mg capsules", "amoxicillin", "penicillin", "Capsule", "One capsule three times a day for 5 days", 15, "capsule"],
  ["flucloxacillin-500mg-cap", "Flucloxacillin 500mg capsules", "flucloxacillin", "penicillin", "Capsule", "One capsule four times a day for 7 days", 28, "capsule"],
  ["clarithromycin-500mg-tab", "Clarithromycin 500mg tablets", "clarithromycin", "macrolide", "Tablet", "One tablet twice a day for 5 days", 10, "tablet"],
  ["doxycycline-100mg-cap", "Doxycycline 100mg capsules", "doxycycline", "tetracycline", "Capsule", "Two capsules on day one then one capsule daily", 6, "capsule"],
  ["nitrofurantoin-100mg-mr-cap", "Nitrofurantoin 100mg modified-release capsules", "nitrofurantoin", "urinary-antibacterial", "Modified-release capsule", "One capsule twice a day for 3 days", 6, "capsule"],
  ["trimethoprim-200mg-tab", "Trimethoprim 200mg tablets", "trimethoprim", "folate-antagonist", "Tablet", "One tablet twice a day for 3 days", 6, "tablet"],
  ["prednisolone-5mg-tab", "Prednisolone 5mg tablets", "prednisolone", "corticosteroid", "Tablet", "Eight tablets each morning for 5 days", 40, "tablet"],
  ["methotrexate-2.5mg-tab", "Methotrexate 2.5mg tablets", "methotrexate", "dmard", "Tablet", "Four tablets ONCE a week on Mondays", 16, "tablet"],
  ["desogestrel-75mcg-tab", "Desogestrel 75microgram tablets", "desogestrel", "progestogen", "Tablet", "One tablet daily", 84, "tablet"],
  ["emollient-cream", "Zerobase cream", "liquid paraffin", "emollient", "Cream", "Apply to dry skin as often as needed", 500, "gram"],
  ["morphine-10mg-1ml-inj", "Morphine sulfate 10mg/1ml solution for injection ampoules", "morphine", "opioid", "Solution for injection", "2.5mg to 5mg subcutaneously every hour when required for pain or breathlessness", 10, "ampoule", "schedule-2"],
  ["midazolam-10mg-2ml-inj", "Midazolam 10mg/2ml solution for injection ampoules", "midazolam", "benzodiazepine", "Solution for injection", "2.5mg to 5mg subcutaneously every hour when required for agitation", 10, "ampoule", "schedule-3"],
  ["levomepromazine-25mg-1ml-inj", "Levomepromazine 25mg/1ml solution for injection ampoules", "levomepromazine", "antipsychotic", "Solution for injection", "2.5mg to 5mg subcutaneously every four hours when required for nausea", 10, "ampoule"],
  ["hyoscine-butylbromide-20mg-1ml-inj", "Hyoscine butylbromide 20mg/1ml solution for injection ampoules", "hyoscine butylbromide", "antimuscarinic_palliative", "Solution for injection", "20mg subcutaneously every hour when required for respiratory secretions", 10, "ampoule"],
  // Recorded but not a medicine the safety rule base knows: the viewer lists it as "could not be checked".
  ["arnica-30c-pillules", "Arnica 30C pillules", "arnica montana (homeopathic)", "homeopathic", "Pillule", "Two pillules three times a day when required", 84, "pillule"],
  ["metoclopramide-10mg-tab", "Metoclopramide 10mg tablets", "metoclopramide", "antiemetic", "Tablet", "One tablet up to three times a day when required", 28, "tablet"],
];

export const DRUGS: Readonly<Record<string, DrugDef>> = Object.fromEntries(
  ROWS.map(([id, name, ingredient, drugClass, form, dose, quantity, unit, cd, snomed]) => [
    id,
    { id, name, ingredient, drugClass, classDisplay: CLASS_DISPLAY[drugClass] ?? drugClass, form, dose, quantity, unit, ...(cd ? { cd } : {}), ...(snomed ? { snomed } : {}) },
  ]),
);

export function drug(id: string): DrugDef {
  const found = DRUGS[id];
  if (!found) throw new Error(`unknown drug ${id}`);
  return found;
}

export function classDisplay(drugClass: string): string {
  return CLASS_DISPLAY[drugClass] ?? drugClass;
}
