// The one rule for a restricted patient, used by the mock gateway (synthetic and imported patients) and by the
// viewer (every answer from the gateway): a Patient whose meta.security carries the HL7 v3 Confidentiality code
// R (restricted) or V (very restricted) is treated as not found, exactly like the sensitive patient the gateway
// answers as PATIENT_NOT_FOUND. PDS marks such patients with system
// http://terminology.hl7.org/CodeSystem/v3-Confidentiality, code R, display "restricted" (U = unrestricted);
// STU3 resources name the same code system http://hl7.org/fhir/v3/Confidentiality. mock-mig/README.md, "Restricted patients".

export const CONFIDENTIALITY_SYSTEM_R4 = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
export const CONFIDENTIALITY_SYSTEM_STU3 = "http://hl7.org/fhir/v3/Confidentiality";
const CONFIDENTIALITY_SYSTEMS: readonly string[] = [CONFIDENTIALITY_SYSTEM_R4, CONFIDENTIALITY_SYSTEM_STU3];

/** Codes that hide a patient: R restricted, V very restricted. U (unrestricted), N and others do not. */
export const RESTRICTING_CODES: readonly string[] = ["R", "V"];

/** The label a restricted patient carries, as PDS writes it (R4). */
export const RESTRICTED_LABEL = { system: CONFIDENTIALITY_SYSTEM_R4, code: "R", display: "restricted" } as const;

interface Labelled {
  resourceType?: unknown;
  meta?: { security?: unknown } | undefined;
}

/** Whether a Patient resource (R4 or STU3) carries a restricted or very restricted confidentiality label. */
export function isRestrictedPatient(patient: Labelled): boolean {
  const labels = Array.isArray(patient.meta?.security) ? (patient.meta.security as unknown[]) : [];
  return labels.some((label) => {
    if (typeof label !== "object" || label === null) return false;
    const { system, code } = label as { system?: unknown; code?: unknown };
    return (
      typeof system === "string" && CONFIDENTIALITY_SYSTEMS.includes(system) && typeof code === "string" && RESTRICTING_CODES.includes(code)
    );
  });
}

interface AnyBundle {
  type?: unknown;
  total?: number | undefined;
  entry?: { resource?: Labelled }[] | undefined;
}

export type WithheldAnswer<B> = { ok: true; bundle: B; withheld: number } | { ok: false; withheld: number };

/**
 * A gateway answer with restricted patients taken out. A search (searchset) loses their entries and its total
 * counts them out; any other Bundle (a structured record) about a restricted patient is not given at all
 * (ok: false), which callers answer as "patient not found".
 */
export function withoutRestrictedPatients<B extends AnyBundle>(bundle: B): WithheldAnswer<B> {
  const entries = bundle.entry ?? [];
  const restricted = entries.filter((e) => e.resource?.resourceType === "Patient" && isRestrictedPatient(e.resource));
  if (restricted.length === 0) return { ok: true, bundle, withheld: 0 };
  if (bundle.type !== "searchset") return { ok: false, withheld: restricted.length };
  const kept = entries.filter((e) => !restricted.includes(e));
  const total = typeof bundle.total === "number" ? Math.max(0, bundle.total - restricted.length) : kept.length;
  return { ok: true, bundle: { ...bundle, entry: kept, total }, withheld: restricted.length };
}
