// The clinical record as plain data, before it is dressed as FHIR. Dates are Day numbers.

import type { Day } from "../population/days";
import type { DrugDef } from "./drug-catalogue";

export type OrgKind = "registered-practice" | "out-of-hours" | "hospital" | "temporary-resident";

export interface Org {
  key: string;
  odsCode: string;
  name: string;
  /** What the organisation is (Organization.type). */
  type: "gp-practice" | "out-of-hours-provider" | "nhs-trust";
}

export interface Clinician {
  key: string;
  sdsId: string;
  prefix: string;
  given: string;
  family: string;
  role: string;
  org: Org;
}

/** A concept: SNOMED CT where the code was checked, otherwise a local code. */
export interface Concept {
  code: string;
  display: string;
  snomed?: boolean;
}

export interface MedicationCourse {
  key: string;
  drug: DrugDef;
  type: "acute" | "repeat" | "repeat-dispensing";
  dose?: string;
  quantity?: number;
  start: Day;
  status: "active" | "completed" | "stopped";
  end?: Day;
  stopReason?: { code: string; text: string };
  maxIssues?: number;
  reviewDate?: Day;
  expiry?: Day;
  issues: Day[];
  prescriber: Clinician;
  orgKind: OrgKind;
  anticipatory?: boolean;
  /** Just-in-case medicines: the dose range and the most to give in 24 hours (FHIR Dosage doseRange, maxDosePerPeriod). */
  doseRange?: { low: number; high: number; unit: string; maxIn24Hours: number };
}

export interface Problem {
  key: string;
  concept: Concept;
  onset: Day;
  end?: Day;
  significance: "major" | "minor";
}

export interface Allergy {
  key: string;
  concept: Concept;
  category: "medication" | "food" | "environment";
  drugClass?: string;
  reaction: string;
  severity: "mild" | "moderate" | "severe";
  onset: Day;
  resolved?: Day;
  /** FHIR verificationStatus when not "confirmed" (issue 10 demo patients). */
  verification?: "unconfirmed" | "refuted" | "entered-in-error";
}

export interface EncounterItem {
  key: string;
  day: Day;
  minute: number;
  kind: "surgery" | "telephone" | "home-visit" | "out-of-hours";
  reason: string;
  clinician: Clinician;
}

export type VitalKind = "bp" | "weight" | "height" | "bmi" | "pulse" | "smoking";
export interface VitalSign {
  key: string;
  day: Day;
  kind: VitalKind;
  values: number[];
  text?: string;
}

export interface LabResult {
  concept: Concept;
  value: number;
  unit: string;
  low?: number;
  high?: number;
}
export interface LabReport {
  key: string;
  day: Day;
  name: string;
  results: LabResult[];
}

export interface Vaccination {
  key: string;
  day: Day;
  vaccine: Concept;
  dose?: number;
}

export interface Referral {
  key: string;
  day: Day;
  service: string;
  priority: "routine" | "urgent";
  reason: string;
  status: "active" | "completed";
  clinician: Clinician;
}

export interface Warning {
  key: string;
  day: Day;
  category: "safety" | "behavioral" | "clinical" | "contact";
  text: string;
}

export interface Contact {
  key: string;
  role: "lpa-health-welfare" | "next-of-kin" | "main-carer" | "key-worker";
  relationship: string;
  given: string;
  family: string;
  phone: string;
  /** LPA only: registered with the Office of the Public Guardian; covers life-sustaining treatment. */
  lpa?: { registered: boolean; coversLifeSustaining: boolean };
}

/** One CPR decision entry as the GP system holds it; a record may hold several (older, void). */
export interface CprEntry {
  dnacpr: boolean;
  /** SNOMED CT code: 304253006 / 304252001 by default, or the SCCI1580 pair 450476008 / 450475007. */
  code?: string;
  /** Entered in error or cancelled: in the record, never the decision. */
  status?: "final" | "entered-in-error" | "cancelled";
  day: Day;
  reviewDay: Day;
  formType: "ReSPECT" | "DNACPR";
  formLocation: string;
  decidedBy: Clinician;
  discussedWithPatient?: string;
  discussedWithFamily?: string;
  capacity?: string;
  involved?: string;
}

export interface EndOfLife {
  registerDay: Day;
  prognosis: string;
  diagnosisKeys: string[];
  /** CPR decision entries, in the order the GP system lists them (not necessarily by date). */
  cpr: CprEntry[];
  respect?: {
    priority: string;
    recommended: string[];
    notWanted: string[];
    ceiling?: "full-escalation" | "ward-based" | "comfort-focused";
    ceilingText?: string;
  };
  preferredPlaceOfCare?: string;
  preferredPlaceOfCareSecond?: string;
  preferredPlaceOfDeath?: string;
  preferredPlaceOfDeathSecond?: string;
  patientWishes?: string;
  familyWishes?: string;
  awareOfDiagnosis?: string;
  awareOfPrognosis?: string;
  organDonation?: string;
  communicationNeeds?: string;
  servicesInvolved?: string[];
  equipmentInHome?: string[];
  planUpdated?: { day: Day; by: Clinician };
  adrt?: { refuses: string; documentLocation: string };
  anticipatoryLocation?: string;
  contacts: Contact[];
  homeAccess?: string;
}

export type SectionName =
  | "medication"
  | "allergies"
  | "problems"
  | "consultations"
  | "immunisations"
  | "uncategorised"
  | "investigations"
  | "referrals"
  | "endOfLife"
  | "risksAndWarnings";

export interface ClinicalRecord {
  usualGp: Clinician;
  medications: MedicationCourse[];
  problems: Problem[];
  allergies: Allergy[];
  encounters: EncounterItem[];
  vitals: VitalSign[];
  labs: LabReport[];
  vaccinations: Vaccination[];
  referrals: Referral[];
  warnings: Warning[];
  endOfLife?: EndOfLife;
  /** Sections where at least one sensitive item was filtered out at source. */
  withheld: SectionName[];
  /** Sections the practice's system fails to return (the list is missing from the answer): a demo of a partial failure. */
  unavailable?: SectionName[];
}
