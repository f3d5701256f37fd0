import type { AllergyIntolerance, CodeableConcept, Coding, FhirResource, List, Reference } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, codingView, conceptText, dateView, extension, extensionCodes, str } from "../fhir/fhir-values";
import { mapEach, sectionCompleteness } from "../fhir/section-source";
import { clinicianName, sourceFor } from "../fhir/source";
import { EXT } from "../fhir/systems";
import { buildCompleteness } from "../completeness";
import type { AllergiesSection, AllergyItem } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * SNOMED CT negations: an explicit "no known …" differs from an empty list. 716186003 No known allergy and
 * 409137002 No known drug allergy (checked against public SNOMED CT use, see docs/real-records.md);
 * 1066871000000107 was already read by this module. A drug-only negation is contradicted only by drug allergies.
 */
const NO_KNOWN_ALLERGY = new Set(["716186003", "1066871000000107"]);
const NO_KNOWN_DRUG_ALLERGY = new Set(["409137002"]);
const isNegation = (code: string | null | undefined) => code != null && (NO_KNOWN_ALLERGY.has(code) || NO_KNOWN_DRUG_ALLERGY.has(code));

const SEVERITY_RANK = { mild: 1, moderate: 2, severe: 3 } as const;
type Severity = keyof typeof SEVERITY_RANK;

function worstSeverity(reactions: readonly { severity?: unknown }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const r of reactions) {
    const s = r?.severity;
    if (s === "mild" || s === "moderate" || s === "severe") if (worst === undefined || SEVERITY_RANK[s] > SEVERITY_RANK[worst]) worst = s;
  }
  return worst;
}

/** Who a reference names: a clinician, or the display of a patient / related person. */
function whoName(ref: unknown, index: BundleIndex): string | null {
  if (!ref || typeof ref !== "object") return null;
  return clinicianName(ref, index) ?? str((ref as Reference).display);
}

/** The end extension, UK Core or GP Connect (the STU3 reader normalises to UK Core, this reads both). */
function endOf(resource: AllergyIntolerance): AllergyItem["ended"] {
  const end = extension(resource, EXT.allergyEnd) ?? extension(resource, EXT.gpcAllergyEnd);
  if (!end) return null;
  const date = extension(end, "endDate")?.valueDateTime;
  const reason = str(extension(end, "reasonEnded")?.valueString) ?? str(extension(end, "endReason")?.valueString);
  return { date: dateView(date), reason };
}

type Verification = NonNullable<AllergyItem["verification"]>;
const VERIFICATIONS: readonly Verification[] = ["confirmed", "unconfirmed", "presumed", "refuted", "entered-in-error"];

function mapAllergy(resource: AllergyIntolerance, index: BundleIndex, fallbackStatus: AllergyItem["status"]): AllergyItem {
  const clinical = arr<Coding>(resource.clinicalStatus?.coding)[0]?.code;
  const status = clinical === "active" ? "active" : clinical === "resolved" || clinical === "inactive" ? "resolved" : fallbackStatus;
  const classes = extensionCodes(resource, EXT.drugClass);
  const verification = arr<Coding>(resource.verificationStatus?.coding)[0]?.code;
  const reaction = arr<NonNullable<AllergyIntolerance["reaction"]>[number]>(resource.reaction);
  const ended = endOf(resource);
  const severity = worstSeverity(reaction);
  return {
    id: resource.id ?? `allergy-${conceptText(resource.code)}`,
    source: sourceFor(resource, index),
    recorded: dateView(resource.recordedDate),
    substance: conceptText(resource.code, "Substance not recorded"),
    code: codingView(resource.code),
    allergen: { dmdCode: null, ingredients: [], classes },
    category: oneOf(arr<string>(resource.category)[0], ["medication", "food", "environment", "biologic"] as const, "unknown"),
    type: oneOf(resource.type, ["allergy", "intolerance"] as const, "unknown"),
    criticality: oneOf(resource.criticality, ["low", "high", "unable-to-assess"] as const, "unknown"),
    status,
    ...(VERIFICATIONS.includes(verification as Verification) ? { verification: verification as Verification } : {}),
    reactions: reaction
      .flatMap((r) => arr<CodeableConcept>(r?.manifestation).map((m) => conceptText(m)))
      .filter((t) => t !== "Not recorded"),
    onset: dateView(resource.onsetDateTime),
    // The end extension holds the end date; the mock MIG used lastOccurrence before it sent the extension.
    resolved: status === "resolved" ? (ended?.date.iso ? ended.date : dateView(resource.lastOccurrence)) : dateView(undefined),
    note: str(arr<{ text?: string }>(resource.note)[0]?.text),
    ended,
    recorder: whoName(resource.recorder, index),
    asserter: whoName(resource.asserter, index),
    ...(severity ? { severity } : {}),
  };
}

/** GP Connect may say "no known allergies" as an empty List with emptyReason nilknown and the term as text. */
function listNegation(list: List | undefined): string | null {
  if (!list || arr(list.entry).length > 0) return null;
  const reason = list.emptyReason;
  if (!arr<Coding>(reason?.coding).some((c) => c?.code === "nilknown")) return null;
  return str(reason?.text) ?? "No known allergies";
}

const contradicts = (negation: AllergyItem, allergy: AllergyItem) =>
  NO_KNOWN_DRUG_ALLERGY.has(negation.code?.code ?? "") ? allergy.category === "medication" || allergy.category === "unknown" : true;

export function mapAllergies({ index, lists }: SectionInput<"allergies" | "resolvedAllergies">): AllergiesSection {
  const { allergies: active, resolvedAllergies: resolved } = lists;
  const isAllergy = (r: FhirResource): r is AllergyIntolerance => r.resourceType === "AllergyIntolerance";
  const activeMapped = mapEach(active?.resources ?? [], (r) => (isAllergy(r) ? mapAllergy(r, index, "active") : null));
  const resolvedMapped = mapEach(resolved?.resources ?? [], (r) => (isAllergy(r) ? mapAllergy(r, index, "resolved") : null));
  const mapped = [...activeMapped.items, ...resolvedMapped.items];
  // Entered in error: the source says the entry is wrong. Counted, never shown as a finding, never checked against.
  const enteredInError = mapped.filter((a) => a.verification === "entered-in-error").length;
  const valid = mapped.filter((a) => a.verification !== "entered-in-error");
  const negatives = valid.filter((a) => isNegation(a.code?.code) && a.status !== "resolved");
  // An item whose status contradicts its list is moved, not dropped: clinicalStatus wins.
  const items = valid.filter((a) => !isNegation(a.code?.code));
  const refuted = items.filter((a) => a.verification === "refuted");
  const findings = items.filter((a) => a.verification !== "refuted");
  const activeFindings = findings.filter((a) => a.status !== "resolved");
  const negation = negatives[0] ?? null;
  const negationText = negation ? (negation.code?.display ?? negation.substance) : listNegation(active?.list);
  const conflicting = negation ? activeFindings.filter((a) => contradicts(negation, a)) : [];
  const base = sectionCompleteness(active, findings.length + refuted.length, activeMapped.unreadable + resolvedMapped.unreadable, null);
  const completeness =
    resolved?.withheld && !base.reasons.includes("items-withheld")
      ? buildCompleteness({ shown: findings.length + refuted.length, withheld: true, unreadable: base.unreadable })
      : base;
  const noKnown = negationText !== null && activeFindings.length === 0;
  return {
    completeness,
    active: activeFindings,
    resolved: findings.filter((a) => a.status === "resolved"),
    noKnownAllergies: noKnown,
    noKnownAllergiesText: noKnown ? negationText : null,
    refuted,
    enteredInError,
    noKnownAllergiesConflict: conflicting.length > 0 ? negationText : null,
  };
}
