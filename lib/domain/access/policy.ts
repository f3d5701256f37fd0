// Who may do what: the one table every page and route handler asks (docs/architecture.md, "Roles").
import { RECORD_SECTIONS, sectionMeta, type RecordSection } from "../record/section-registry/meta";
import type { Role } from "../roles";

export type Permission =
  | "patient:search"
  | "record:view"
  | "audit:read"
  | "alerts:review"
  | "audit:export"
  | "service:health"
  | "safety-concern:report"
  | "safety-concern:review"
  | "accounts:manage";

// Anyone signed in may report a safety concern; the privacy officer (acting for the clinical safety officer) reviews them.
const CLINICAL: readonly Permission[] = ["patient:search", "record:view", "safety-concern:report"];

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  AE_DOCTOR: CLINICAL,
  OOH_GP: CLINICAL,
  CLINICIAN_111: CLINICAL,
  PARAMEDIC: CLINICAL,
  NURSE: CLINICAL,
  SOCIAL_CARE: CLINICAL,
  PRIVACY_OFFICER: ["audit:read", "alerts:review", "audit:export", "safety-concern:report", "safety-concern:review"],
  ADMINISTRATOR: ["service:health", "accounts:manage", "safety-concern:report"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

export function canViewSection(role: Role, section: RecordSection): boolean {
  if (!can(role, "record:view")) return false;
  // Social care sees a restricted set (demographics and contacts, care and end-of-life wishes, allergies, risks):
  // each section's descriptor says whether it is in it.
  return role === "SOCIAL_CARE" ? sectionMeta(section).socialCare : true;
}

/** The record's tabs for this role, in order. */
export function visibleSections(role: Role): RecordSection[] {
  return RECORD_SECTIONS.filter((section) => canViewSection(role, section));
}
