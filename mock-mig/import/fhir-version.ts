// Which FHIR version a file is written in, from what it says about itself (meta.profile, fhirVersion) and from
// shapes that exist in only one version. A file that says both is refused rather than guessed.

export type FhirVersion = "R4" | "STU3";

export interface RawResource {
  resourceType: string;
  id?: string;
  meta?: { profile?: unknown; tag?: unknown };
  [key: string]: unknown;
}

export interface VersionSignal {
  version: FhirVersion;
  /** Where in the file, e.g. `entry[3]`. */
  position: string;
  why: string;
}

export type VersionDecision =
  { ok: true; version: FhirVersion; how: string; signals: VersionSignal[] } | { ok: false; signals: VersionSignal[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Resource types that exist in only one of the two versions. */
const STU3_ONLY = new Set(["ProcedureRequest", "ReferralRequest", "BodySite", "DataElement", "Sequence", "DeviceComponent"]);
const R4_ONLY = new Set(["ServiceRequest", "MedicinalProduct", "RiskEvidenceSynthesis", "Invoice", "ChargeItemDefinition"]);

function profileVersion(profile: string): FhirVersion | undefined {
  // GP Connect and Care Connect STU3 profiles live under fhir.nhs.uk/STU3/; UK Core R4 under fhir.hl7.org.uk.
  if (/\/STU3\//i.test(profile) || /CareConnect-|GPConnect-/i.test(profile)) return "STU3";
  if (/UKCore-/i.test(profile) || /\/R4\//.test(profile)) return "R4";
  return undefined;
}

function fhirVersionOf(value: string): FhirVersion | undefined {
  if (/^3\./.test(value)) return "STU3";
  if (/^4\.0/.test(value)) return "R4";
  return undefined;
}

/** The version signals one resource gives (none when it is written the same way in both versions). */
export function signalsOf(r: RawResource, position: string): VersionSignal[] {
  const out: VersionSignal[] = [];
  const say = (version: FhirVersion, why: string) => out.push({ version, position, why });
  const profiles = Array.isArray(r.meta?.profile) ? r.meta.profile : [];
  for (const p of profiles) {
    const v = typeof p === "string" ? profileVersion(p) : undefined;
    if (v) say(v, `meta.profile ${String(p)}`);
  }
  if (typeof r.fhirVersion === "string") {
    const v = fhirVersionOf(r.fhirVersion);
    if (v) say(v, `fhirVersion ${r.fhirVersion}`);
  }
  if (STU3_ONLY.has(r.resourceType)) say("STU3", `${r.resourceType} exists only in STU3`);
  if (R4_ONLY.has(r.resourceType)) say("R4", `${r.resourceType} exists only in R4`);
  switch (r.resourceType) {
    case "AllergyIntolerance":
    case "Condition":
      for (const field of ["clinicalStatus", "verificationStatus"]) {
        if (typeof r[field] === "string") say("STU3", `${r.resourceType}.${field} is a code (STU3)`);
        else if (isObject(r[field])) say("R4", `${r.resourceType}.${field} is a CodeableConcept (R4)`);
      }
      if ("assertedDate" in r) say("STU3", `${r.resourceType}.assertedDate (STU3)`);
      if ("recordedDate" in r) say("R4", `${r.resourceType}.recordedDate (R4)`);
      break;
    case "MedicationStatement":
      if ("taken" in r) say("STU3", "MedicationStatement.taken (STU3)");
      break;
    case "MedicationRequest":
      if (isObject(r.requester) && "agent" in r.requester) say("STU3", "MedicationRequest.requester.agent (STU3)");
      break;
    case "Immunization":
      if ("notGiven" in r || "date" in r) say("STU3", "Immunization.notGiven/date (STU3)");
      if ("occurrenceDateTime" in r) say("R4", "Immunization.occurrenceDateTime (R4)");
      break;
    default:
      break;
  }
  return out;
}

/**
 * Decides the file's version. `forced` (the --fhir-version option) wins over everything. Otherwise the signals
 * must agree; with none at all the file is read as R4 (the mock's own version) and the caller says so.
 */
export function decideVersion(resources: { resource: RawResource; position: string }[], forced?: FhirVersion): VersionDecision {
  const signals = resources.flatMap((r) => signalsOf(r.resource, r.position));
  if (forced) return { ok: true, version: forced, how: `--fhir-version ${forced}`, signals };
  const versions = new Set(signals.map((s) => s.version));
  if (versions.size > 1) return { ok: false, signals };
  const [only] = [...versions];
  if (only) {
    const first = signals[0];
    return { ok: true, version: only, how: `${signals.length} sign(s), e.g. ${first?.position}: ${first?.why}`, signals };
  }
  return { ok: true, version: "R4", how: "no version marker in the file; read as R4 (say --fhir-version STU3 if it is not)", signals };
}
