import "server-only";
// Patient names for the governance screens: one demographic lookup per distinct NHS number on the page (never one
// per row), a few at a time. No lookup is audited on its own: the screen's own AUDIT_SEARCH event, written before
// anything leaves the server, names every patient whose name it shows (docs/architecture.md, "Names on the audit
// screens"). When the gateway cannot be reached the rest are not tried, and each keeps its NHS number with the reason.
import { isValidNhsNumber } from "@/lib/domain/nhs-number";
import type { NameUnavailableReason, PatientNameView } from "@/lib/domain/governance/patient-name";
import { surnameFirst } from "@/lib/domain/governance/patient-name";
import type { Actor } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { migRequest } from "@/lib/server/mig/client";
import { patientsOf } from "@/lib/server/patients/search-patients";

/** Lookups in flight at once: enough for a page of 50 rows in a few round trips, gentle on the gateway. */
export const NAME_LOOKUP_CONCURRENCY = 6;
/** Distinct patients looked up for one screen at most (the longest lists show 200 items). */
export const NAME_LOOKUP_LIMIT = 200;
/** No lookup starts after this long: a slow gateway delays the officer's screen by about this much, not by 50 round trips. */
export const NAME_LOOKUP_BUDGET_MS = 3_000;

/** The name for one NHS number ("SMITH, Richard"), or null when the gateway has no such patient. */
export type NameLookup = (nhsNumber: string) => Promise<string | null>;

export function gatewayNameLookup(actor: Actor): NameLookup {
  return async (nhsNumber) => {
    const path = `/Patient?${new URLSearchParams({ identifier: `https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}` })}`;
    const [patient] = patientsOf(await migRequest({ actor, consent: "trace-only" }, path, { method: "GET" }), new Date());
    return patient ? surnameFirst(patient.name) : null;
  };
}

function reasonFor(error: unknown): NameUnavailableReason {
  if (error instanceof AppError && (error.code === "MIG_UNAVAILABLE" || error.code === "PRACTICE_TIMEOUT")) return "unreachable";
  if (error instanceof AppError && error.code === "PATIENT_NOT_FOUND") return "notFound";
  return "refused";
}

/** Names by NHS number for every distinct valid number given (blank and invalid ones are skipped). */
export async function lookUpPatientNames(
  numbers: Iterable<string | null | undefined>,
  lookup: NameLookup,
  budgetMs = NAME_LOOKUP_BUDGET_MS,
): Promise<Map<string, PatientNameView>> {
  const deadline = performance.now() + budgetMs;
  const distinct = [...new Set([...numbers].filter((n): n is string => typeof n === "string" && isValidNhsNumber(n)))];
  const names = new Map<string, PatientNameView>();
  const queue = distinct.slice(0, NAME_LOOKUP_LIMIT);
  for (const nhsNumber of distinct.slice(NAME_LOOKUP_LIMIT)) names.set(nhsNumber, { nhsNumber, name: null, unavailable: "notLookedUp" });
  let unreachable = false;
  const worker = async () => {
    for (let nhsNumber = queue.shift(); nhsNumber !== undefined; nhsNumber = queue.shift()) {
      if (unreachable) {
        names.set(nhsNumber, { nhsNumber, name: null, unavailable: "unreachable" });
        continue;
      }
      if (performance.now() > deadline) {
        names.set(nhsNumber, { nhsNumber, name: null, unavailable: "slow" });
        continue;
      }
      try {
        const name = await lookup(nhsNumber);
        names.set(nhsNumber, name ? { nhsNumber, name, unavailable: null } : { nhsNumber, name: null, unavailable: "notFound" });
      } catch (error) {
        const reason = reasonFor(error);
        if (reason === "unreachable") unreachable = true;
        names.set(nhsNumber, { nhsNumber, name: null, unavailable: reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(NAME_LOOKUP_CONCURRENCY, queue.length) }, worker));
  return names;
}

/** What the screen's audit event records of the names it shows: the patients named, in order. */
export function namedPatients(names: ReadonlyMap<string, PatientNameView>): string[] {
  return [...names.values()].filter((p) => p.name !== null).map((p) => p.nhsNumber);
}

/** The name view for one row's patient; a number that was not looked up (not a valid NHS number) reads "no match". */
export function patientNameOf(names: ReadonlyMap<string, PatientNameView>, nhsNumber: string): PatientNameView;
export function patientNameOf(names: ReadonlyMap<string, PatientNameView>, nhsNumber: string | null): PatientNameView | null;
export function patientNameOf(names: ReadonlyMap<string, PatientNameView>, nhsNumber: string | null): PatientNameView | null {
  if (nhsNumber === null) return null;
  return names.get(nhsNumber) ?? { nhsNumber, name: null, unavailable: "notFound" };
}
