// Clinical concepts. `snomed: true` only for codes checked against published SNOMED CT; the rest use
// the local "clinical" code system with the same display text.

import type { Concept } from "./model";

const sct = (code: string, display: string): Concept => ({ code, display, snomed: true });
const local = (code: string, display: string): Concept => ({ code, display });

export const CONDITIONS = {
  hypertension: sct("38341003", "Hypertensive disorder"),
  diabetes2: sct("44054006", "Type 2 diabetes mellitus"),
  asthma: sct("195967001", "Asthma"),
  copd: sct("13645005", "Chronic obstructive pulmonary disease"),
  af: sct("49436004", "Atrial fibrillation"),
  heartFailure: sct("84114007", "Heart failure"),
  mi: sct("22298006", "Myocardial infarction"),
  stroke: sct("230690007", "Cerebrovascular accident"),
  hypothyroid: sct("40930008", "Hypothyroidism"),
  depression: sct("35489007", "Depressive disorder"),
  osteoarthritis: sct("396275006", "Osteoarthritis"),
  dementia: sct("52448006", "Dementia"),
  epilepsy: sct("84757009", "Epilepsy"),
  ckd3: sct("433144002", "Chronic kidney disease stage 3"),
  lungCancer: sct("363358000", "Malignant tumour of lung"),
  hyperlipidaemia: local("hyperlipidaemia", "Hyperlipidaemia"),
  gord: local("gord", "Gastro-oesophageal reflux disease"),
  backPain: local("chronic-low-back-pain", "Chronic low back pain"),
  insomnia: local("insomnia", "Insomnia"),
  osteoporosis: local("osteoporosis", "Osteoporosis"),
  bph: local("benign-prostatic-hyperplasia", "Benign prostatic hyperplasia"),
  rheumatoid: local("rheumatoid-arthritis", "Rheumatoid arthritis"),
  anxiety: local("generalised-anxiety-disorder", "Generalised anxiety disorder"),
  frailty: local("severe-frailty", "Severe frailty"),
  bowelCancer: local("malignant-neoplasm-colon", "Malignant neoplasm of colon"),
  prostateCancer: local("malignant-neoplasm-prostate", "Malignant neoplasm of prostate"),
  eczema: local("eczema", "Eczema"),
  // Past, minor problems.
  appendicectomy: local("history-appendicectomy", "History of appendicectomy"),
  fracturedWrist: local("fracture-distal-radius", "Fracture of distal radius"),
  cellulitis: local("cellulitis-leg", "Cellulitis of leg"),
  uti: local("urinary-tract-infection", "Urinary tract infection"),
  pneumonia: local("community-acquired-pneumonia", "Community acquired pneumonia"),
} as const;

export const ALLERGENS = {
  penicillin: { concept: sct("91936005", "Allergy to penicillin"), drugClass: "penicillin" },
  aspirin: { concept: sct("293586001", "Allergy to aspirin"), drugClass: "antiplatelet" },
  nsaid: { concept: local("allergy-nsaid", "Allergy to non-steroidal anti-inflammatory drug"), drugClass: "nsaid" },
  codeine: { concept: local("allergy-codeine", "Allergy to codeine"), drugClass: "opioid" },
  trimethoprim: { concept: local("allergy-trimethoprim", "Allergy to trimethoprim"), drugClass: "folate-antagonist" },
  peanut: { concept: local("allergy-peanut", "Allergy to peanut"), drugClass: undefined },
  latex: { concept: local("allergy-latex", "Allergy to latex"), drugClass: undefined },
  hayFever: { concept: local("allergy-grass-pollen", "Allergy to grass pollen"), drugClass: undefined },
} as const;

export const VACCINES = {
  flu: local("influenza-seasonal", "Seasonal influenza vaccine"),
  covid: local("covid-19", "COVID-19 vaccine"),
  pneumococcal: local("pneumococcal-polysaccharide", "Pneumococcal polysaccharide vaccine"),
  shingles: local("herpes-zoster", "Shingles (herpes zoster) vaccine"),
  sixInOne: local("dtap-ipv-hib-hepb", "DTaP/IPV/Hib/HepB (6-in-1) vaccine"),
  mmr: local("mmr", "Measles, mumps and rubella vaccine"),
  menB: local("men-b", "Meningococcal group B vaccine"),
  hpv: local("hpv", "Human papillomavirus vaccine"),
  tdIpv: local("td-ipv", "Td/IPV (3-in-1 teenage booster) vaccine"),
} as const;

export const LAB = {
  hba1c: local("hba1c", "Haemoglobin A1c level (IFCC)"),
  egfr: local("egfr", "Estimated glomerular filtration rate"),
  creatinine: local("serum-creatinine", "Serum creatinine"),
  potassium: local("serum-potassium", "Serum potassium"),
  sodium: local("serum-sodium", "Serum sodium"),
  haemoglobin: local("haemoglobin", "Haemoglobin concentration"),
  wbc: local("white-cell-count", "White blood cell count"),
  platelets: local("platelet-count", "Platelet count"),
  cholesterol: local("total-cholesterol", "Serum total cholesterol"),
  tsh: local("tsh", "Serum TSH level"),
  inr: local("inr", "International normalised ratio"),
} as const;
