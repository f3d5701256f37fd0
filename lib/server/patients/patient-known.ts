import "server-only";
// Whether the gateway knows a patient by NHS number (a trace-only lookup). An access decision is recorded only
// for a patient the gateway knows: otherwise every made-up number would open an episode, and each override
// would raise an alert for the privacy officer about nobody. A gateway failure propagates (nothing is recorded).
import type { Patient } from "fhir/r4";
import type { Actor } from "@/lib/server/auth/session";
import { migRequest } from "@/lib/server/mig/client";

export type PatientKnown = (actor: Actor, nhsNumber: string) => Promise<boolean>;

export const patientKnownToGateway: PatientKnown = async (actor, nhsNumber) => {
  const query = new URLSearchParams({ identifier: `https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}` });
  const bundle = await migRequest({ actor, consent: "trace-only" }, `/Patient?${query}`, { method: "GET" });
  return (bundle.total ?? bundle.entry?.length ?? 0) > 0;
};

export type PatientDeceased = (actor: Actor, nhsNumber: string) => Promise<boolean>;

/** Whether the gateway records the patient as deceased (a trace-only lookup): a deceased-patient reason needs it. */
export const patientDeceasedPerGateway: PatientDeceased = async (actor, nhsNumber) => {
  const query = new URLSearchParams({ identifier: `https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}` });
  const bundle = await migRequest({ actor, consent: "trace-only" }, `/Patient?${query}`, { method: "GET" });
  const patient = bundle.entry?.find((e) => e.resource?.resourceType === "Patient")?.resource as Patient | undefined;
  return Boolean(patient?.deceasedDateTime) || patient?.deceasedBoolean === true;
};
