// Patient search: by NHS number, or a trace by name + date of birth (+ postcode). Both answer a
// searchset Bundle; restricted patients (meta.security R or V, as the sensitive ones are labelled) are simply
// absent, as if not found.

import type { Bundle, Patient } from "fhir/r4";
import { isRestrictedPatient } from "../../lib/domain/access/restricted-patient";
import { practiceOrg } from "../clinical/organisations";
import { isoDate } from "../population/days";
import { demographicsByNhsNumber, demographicsOf, type Demographics, type PopulationContext } from "../population/demographics";
import { traceCandidates, type TraceIndex } from "../population/trace-index";
import { buildPatient } from "./build-people";
import { FHIR_BASE } from "./systems";

export const MAX_TRACE_RESULTS = 50;

export interface TraceQuery {
  family: string;
  given: string;
  birthDate: string;
  postcode?: string;
}

const fold = (s: string) => s.trim().toLowerCase();
const compactPostcode = (s: string) => s.replace(/\s+/g, "").toUpperCase();

export function matchesTrace(d: Pick<Demographics, "family" | "given" | "birthDay" | "address">, q: TraceQuery): boolean {
  return (
    fold(d.family) === fold(q.family) &&
    d.given.some((g) => fold(g) === fold(q.given)) &&
    isoDate(d.birthDay) === q.birthDate &&
    (!q.postcode || compactPostcode(d.address.postcode) === compactPostcode(q.postcode))
  );
}

export function searchsetBundle(patients: Patient[], total = patients.length): Bundle {
  return {
    resourceType: "Bundle",
    type: "searchset",
    total,
    entry: patients.map((resource) => ({ fullUrl: `${FHIR_BASE}/Patient/${resource.id ?? ""}`, resource, search: { mode: "match" } })),
  };
}

export function patientResource(d: Demographics): Patient {
  return buildPatient(d, practiceOrg(d.practice));
}

/** Whether the patient is hidden from search and record: decided by the label on their Patient resource. */
export function isRestricted(d: Demographics): boolean {
  return isRestrictedPatient(patientResource(d));
}

export function findByNhsNumber(ctx: PopulationContext, nhsNumber: string): Demographics[] {
  const d = demographicsByNhsNumber(ctx, nhsNumber);
  return d && !isRestricted(d) ? [d] : [];
}

export function trace(ctx: PopulationContext, index: TraceIndex, q: TraceQuery): Demographics[] {
  return traceCandidates(index, q.family, q.birthDate)
    .map((i) => demographicsOf(ctx, i))
    .filter((d) => matchesTrace(d, q) && !isRestricted(d));
}
