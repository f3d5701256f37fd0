// Which FHIR version the structured record is answered in, per request and per practice:
// 1. the request's Accept header: `application/fhir+json; fhirVersion=3.0` → STU3, `fhirVersion=4.0` → R4 (the
//    FHIR mime-type parameter) — a request that says wins;
// 2. else the practice's configuration (`fhirVersion` in the fault file / MIG_FAULTS / admin endpoint);
// 3. else the default share: practices whose ODS code ends in 0 (Y90010, Y90020 … 14 of 143, about one in ten)
//    answer as GP Connect STU3, as practices on the GP systems that only offer GP Connect would; the rest UK Core R4.
// Deterministic: the same practice always answers the same way unless configured otherwise.

export type AnswerVersion = "R4" | "STU3";

export function requestedVersion(accept: string | undefined): AnswerVersion | null {
  const match = /fhirVersion\s*=\s*"?([0-9.]+)/i.exec(accept ?? "");
  if (!match?.[1]) return null;
  if (match[1].startsWith("3.0")) return "STU3";
  if (match[1].startsWith("4.0")) return "R4";
  return null;
}

export function defaultVersion(practiceOds: string): AnswerVersion {
  return /^Y9\d{3}0$/.test(practiceOds) ? "STU3" : "R4";
}

export function answerVersion(accept: string | undefined, configured: AnswerVersion | undefined, practiceOds: string): AnswerVersion {
  return requestedVersion(accept) ?? configured ?? defaultVersion(practiceOds);
}

export const CONTENT_TYPE: Record<AnswerVersion, string> = {
  R4: "application/fhir+json; fhirVersion=4.0; charset=utf-8",
  STU3: "application/fhir+json; fhirVersion=3.0; charset=utf-8",
};
