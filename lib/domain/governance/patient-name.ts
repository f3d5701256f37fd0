// A patient named on the governance screens (audit trail, alerts, safety concerns): the name from the gateway's
// demographics next to the NHS number, or the NHS number alone with why the name is missing. Never a guessed name.
import { formatNhsNumber } from "../nhs-number";

/** Why a name could not be shown; each reads after "name not available — ". */
export const NAME_UNAVAILABLE = {
  unreachable: "gateway unreachable",
  notFound: "no match at the gateway",
  refused: "the gateway refused the lookup",
  slow: "the gateway was too slow to answer",
  notLookedUp: "not looked up (too many patients on this page)",
} as const;
export type NameUnavailableReason = keyof typeof NAME_UNAVAILABLE;

export type PatientNameView =
  { nhsNumber: string; name: string; unavailable: null } | { nhsNumber: string; name: null; unavailable: NameUnavailableReason };

/** The banner's "SMITH, Richard (Mr)" as "SMITH, Richard": the title would read as part of the bracket that follows. */
export function surnameFirst(bannerName: string): string {
  return bannerName.replace(/\s*\([^()]*\)\s*$/, "").trim();
}

/** "SMITH, Richard (943 476 5919)", or "943 476 5919 — name not available — gateway unreachable". */
export function patientLabel(patient: PatientNameView): string {
  const number = formatNhsNumber(patient.nhsNumber);
  if (patient.name !== null) return `${patient.name} (${number})`;
  return `${number} — name not available — ${NAME_UNAVAILABLE[patient.unavailable]}`;
}

/** For a heading: "SMITH, Richard (943 476 5919)", or the NHS number alone (the reason is in the details below). */
export function patientHeading(patient: PatientNameView): string {
  return patient.name !== null ? patientLabel(patient) : formatNhsNumber(patient.nhsNumber);
}
