// The registered practice of an imported patient, as the gateway can describe it: the file's own Organization for
// the practice (by reference, or by the ODS code when the Patient gives only the code), else the practice directory's
// entry for that code (mock-mig/population/practices.ts, the practices the gateway knows). A code neither names stays
// a code: nothing is made up for it.
import type { Bundle, FhirResource, Organization, Patient, Reference } from "fhir/r4";
import { buildPracticeOrganization } from "../fhir/build-people";
import { SYSTEMS } from "../fhir/systems";
import { practiceByOds } from "../population/practices";

const odsOf = (org: Organization) => org.identifier?.find((i) => i.system === SYSTEMS.ods)?.value;

function fileOrganization(bundle: Bundle, ref: Reference): Organization | undefined {
  const orgs = (bundle.entry ?? []).filter(
    (e): e is { fullUrl?: string; resource: Organization } => (e.resource as FhirResource | undefined)?.resourceType === "Organization",
  );
  if (ref.reference) {
    const byRef = orgs.find((e) => e.fullUrl === ref.reference || `Organization/${e.resource.id ?? ""}` === ref.reference);
    if (byRef) return byRef.resource;
  }
  const code = ref.identifier?.system === SYSTEMS.ods ? ref.identifier.value : undefined;
  return code ? orgs.find((e) => odsOf(e.resource) === code)?.resource : undefined;
}

export type ImportedPractice =
  /** The file holds the Organization: it already travels in the file's own record. */
  | { from: "file"; organization: Organization }
  /** Only the code was given, and the directory knows it: the gateway adds its Organization. */
  | { from: "directory"; organization: Organization }
  | undefined;

export function importedPractice(bundle: Bundle, patient: Patient): ImportedPractice {
  // GP Connect names the practice in managingOrganization ("the legal entity which is responsible for the patient's
  // record") and may point generalPractitioner at the usual GP (a Practitioner).
  const refs = [...(patient.generalPractitioner ?? []), ...(patient.managingOrganization ? [patient.managingOrganization] : [])];
  for (const ref of refs) {
    const own = fileOrganization(bundle, ref);
    if (own) return { from: "file", organization: own };
    const code = ref.identifier?.system === SYSTEMS.ods ? ref.identifier.value : undefined;
    const known = code ? practiceByOds(code) : undefined;
    if (known) return { from: "directory", organization: buildPracticeOrganization(known) };
  }
  return undefined;
}
