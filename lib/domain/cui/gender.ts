import { NOT_RECORDED } from "./uk-time";

/** FHIR administrative gender; anything else from the wire is treated as not recorded. */
export type AdministrativeGender = "male" | "female" | "other" | "unknown";

export function isAdministrativeGender(value: unknown): value is AdministrativeGender {
  return value === "male" || value === "female" || value === "other" || value === "unknown";
}

/** Banner wording: "Unknown" (recorded as unknown) differs from "Not recorded" (absent). */
export function formatGender(gender: AdministrativeGender | null | undefined): string {
  if (gender == null) return NOT_RECORDED;
  switch (gender) {
    case "male":
      return "Male";
    case "female":
      return "Female";
    case "other":
      return "Other";
    case "unknown":
      return "Unknown";
  }
}
