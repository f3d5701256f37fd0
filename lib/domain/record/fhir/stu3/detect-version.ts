// Which FHIR version a structured record arrived in. GP Connect Access Record: Structured answers in STU3 (3.0.1)
// with profiles under https://fhir.nhs.uk/STU3/ (and Care Connect under https://fhir.hl7.org.uk/STU3/); UK Core
// answers in R4. The reader decides from the content, so a source that sends no version header is still read right.

export type FhirVersion = "R4" | "STU3";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const STU3_PROFILE = /^https:\/\/fhir\.(nhs|hl7\.org)\.uk\/STU3\//;
/** Resource types that exist in STU3 and not in R4: a record holding one is STU3. */
const STU3_ONLY_TYPES = new Set(["ProcedureRequest", "ReferralRequest", "DataElement"]);

function profiles(resource: Json): string[] {
  const meta = resource.meta;
  if (!isObject(meta) || !Array.isArray(meta.profile)) return [];
  return meta.profile.filter((p): p is string => typeof p === "string");
}

/** Signs of STU3 in one resource: its profile, or a field whose shape changed between the versions. */
function looksStu3(resource: Json): boolean {
  if (profiles(resource).some((p) => STU3_PROFILE.test(p))) return true;
  if (typeof resource.resourceType === "string" && STU3_ONLY_TYPES.has(resource.resourceType)) return true;
  switch (resource.resourceType) {
    case "AllergyIntolerance":
    case "Condition":
      // R4 made clinicalStatus a CodeableConcept and renamed assertedDate to recordedDate.
      return typeof resource.clinicalStatus === "string" || "assertedDate" in resource;
    case "MedicationStatement":
      return "taken" in resource;
    case "MedicationRequest":
      return isObject(resource.requester) && "agent" in resource.requester;
    default:
      return false;
  }
}

export function fhirVersionOf(bundle: unknown): FhirVersion {
  if (!isObject(bundle)) return "R4";
  if (looksStu3(bundle)) return "STU3";
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  for (const entry of entries) {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (isObject(resource) && looksStu3(resource)) return "STU3";
  }
  return "R4";
}
