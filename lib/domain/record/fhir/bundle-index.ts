import type { Bundle, FhirResource, Identifier, List, OperationOutcome, Organization, Patient, Reference } from "fhir/r4";
import { z } from "zod";
import { arr, refOf, str } from "./fhir-values";
import { fhirVersionOf } from "./stu3/detect-version";
import { stu3BundleToR4 } from "./stu3/stu3-to-r4";
import { ODS_SYSTEM } from "./systems";

/**
 * Only the envelope is validated strictly: a Bundle whose entries each hold an object with a
 * resourceType. Inside resources the mappers are defensive field by field, because one odd item
 * must cost one row, never the whole record.
 */
const resourceShape = z.looseObject({ resourceType: z.string(), id: z.string().optional() });
const bundleShape = z.looseObject({
  resourceType: z.literal("Bundle"),
  entry: z.array(z.looseObject({ fullUrl: z.string().optional(), resource: resourceShape.optional() })).optional(),
});

export type RecordErrorCode = "not-a-bundle" | "operation-outcome" | "no-patient" | "mapping-failed";
export interface RecordError {
  code: RecordErrorCode;
  message: string;
  /** The OperationOutcome's details code (e.g. PATIENT_NOT_FOUND) when the source sent one. */
  detailsCode: string | null;
}

export interface BundleIndex {
  resources: readonly FhirResource[];
  /** The resource a reference (or Reference) points at, of any type. */
  lookup(reference: unknown): FhirResource | undefined;
  resolve<T extends FhirResource>(reference: unknown, type: T["resourceType"]): T | undefined;
  /** The List with this List.code (a section descriptor names its codes). */
  list(code: string): List | undefined;
  patient: Patient;
  registeredPractice: Organization | undefined;
  warnings: readonly OperationOutcome[];
}

export type IndexResult = { ok: true; index: BundleIndex } | { ok: false; error: RecordError };

function outcomeError(outcome: OperationOutcome): RecordError {
  const issue = arr<NonNullable<OperationOutcome["issue"]>[number]>(outcome.issue)[0];
  const detailsCode = str(issue?.details?.coding?.[0]?.code);
  const message = str(issue?.details?.coding?.[0]?.display) ?? str(issue?.diagnostics) ?? "The record source returned an error";
  return { code: "operation-outcome", message, detailsCode };
}

export function indexBundle(input: unknown): IndexResult {
  const outcome = z.looseObject({ resourceType: z.literal("OperationOutcome") }).safeParse(input);
  if (outcome.success) return { ok: false, error: outcomeError(outcome.data as unknown as OperationOutcome) };
  const parsed = bundleShape.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: { code: "not-a-bundle", message: "The record source returned data that is not a FHIR Bundle", detailsCode: null },
    };
  // The envelope is checked; resource contents stay untrusted and are read defensively. A GP Connect STU3 record is
  // converted to the R4 shape here, at the edge: nothing after this point knows which version arrived.
  const envelope = fhirVersionOf(parsed.data) === "STU3" ? stu3BundleToR4(parsed.data) : parsed.data;
  const bundle = envelope as unknown as Bundle<FhirResource>;
  const resources = arr<NonNullable<Bundle<FhirResource>["entry"]>[number]>(bundle.entry).flatMap((e) => (e.resource ? [e.resource] : []));
  const byRef = new Map<string, FhirResource>();
  for (const r of resources) if (r.id) byRef.set(`${r.resourceType}/${r.id}`, r);
  for (const e of arr<NonNullable<Bundle<FhirResource>["entry"]>[number]>(bundle.entry))
    if (e.fullUrl && e.resource) byRef.set(e.fullUrl, e.resource);

  const patients = resources.filter((r): r is Patient => r.resourceType === "Patient");
  const patient = patients[0];
  if (patient === undefined)
    return { ok: false, error: { code: "no-patient", message: "The record contains no patient", detailsCode: null } };

  const lookup = (reference: unknown): FhirResource | undefined => {
    const ref = typeof reference === "string" ? reference : refOf(reference);
    if (ref === null) return undefined;
    // Contract: references are relative ("Organization/x"); a full URL also resolves via fullUrl.
    return byRef.get(ref) ?? byRef.get(ref.split("/").slice(-2).join("/"));
  };
  const resolve = <T extends FhirResource>(reference: unknown, type: T["resourceType"]): T | undefined => {
    const found = lookup(reference);
    return found?.resourceType === type ? (found as T) : undefined;
  };
  const lists = resources.filter((r): r is List => r.resourceType === "List");
  const list = (code: string) => lists.find((l) => arr<{ code?: string }>(l.code?.coding).some((c) => c?.code === code));
  // A practice given only by ODS identifier (no literal reference) is the Organization in the Bundle with that code,
  // when the source or the gateway sent one (the mock MIG adds its directory's entry for a code it knows).
  const byOds = (ref: Reference | undefined) => {
    const code = ref?.identifier?.system === ODS_SYSTEM ? str(ref.identifier.value) : null;
    return code === null
      ? undefined
      : resources.find(
          (r): r is Organization =>
            r.resourceType === "Organization" && arr<Identifier>(r.identifier).some((i) => i?.system === ODS_SYSTEM && i.value === code),
        );
  };
  // GP Connect: Patient.managingOrganization is "the legal entity which is responsible for the patient's record" (the
  // practice), and its published examples point generalPractitioner at the usual GP (a Practitioner) instead.
  // One reference where a list belongs (as a published GP Connect example sends generalPractitioner) is still read.
  const refs = (v: unknown): Reference[] => (Array.isArray(v) ? (v as Reference[]) : v && typeof v === "object" ? [v as Reference] : []);
  const registeredPractice = [...refs(patient.generalPractitioner), ...refs(patient.managingOrganization)]
    .map((ref) => resolve<Organization>(ref, "Organization") ?? byOds(ref))
    .find((o) => o !== undefined);
  const warnings = resources.filter((r): r is OperationOutcome => r.resourceType === "OperationOutcome");
  return { ok: true, index: { resources, lookup, resolve, list, patient, registeredPractice, warnings } };
}
