// Role-first landing (issue 12): after choosing a patient, paramedics and community nurses start on the patient's
// care wishes (End of life) when the patient has any; everyone else, and every patient without care wishes, starts
// on the Summary. The care-wishes line in the banner is on every page for every clinical role either way.
import type { Role } from "../../roles";

const CARE_WISHES_FIRST: ReadonlySet<Role> = new Set<Role>(["PARAMEDIC", "NURSE"]);

export function landsOnCareWishes(role: Role, hasCareWishes: boolean): boolean {
  return hasCareWishes && CARE_WISHES_FIRST.has(role);
}
