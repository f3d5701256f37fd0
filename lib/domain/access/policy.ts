// Who may do what: the one table every page and route handler asks (../shared/DESIGN.md, Roles).
import type { Role } from "../roles";
import type { RecordSection } from "./sections";

export type Permission =
  | "patient:search"
  | "record:view"
  | "audit:read"
  | "alerts:review"
  | "audit:export"
  | "service:health";

const CLINICAL: readonly Permission[] = ["patient:search", "record:view"];

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  AE_DOCTOR: CLINICAL,
  OOH_GP: CLINICAL,
  CLINICIAN_111: CLINICAL,
  PARAMEDIC: CLINICAL,
  NURSE: CLINICAL,
  SOCIAL_CARE: CLINICAL,
  PRIVACY_OFFICER: ["audit:read", "alerts:review", "audit:export"],
  ADMINISTRATOR: ["service:health"],
};

/** Social care sees a restricted set: demographics and contacts, care and end-of-life wishes, allergies, risks. */
const SOCIAL_CARE_SECTIONS: readonly RecordSection[] = ["summary", "allergies", "end-of-life", "risks-and-warnings"];

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

export function canViewSection(role: Role, section: RecordSection): boolean {
  if (!can(role, "record:view")) return false;
  return role === "SOCIAL_CARE" ? SOCIAL_CARE_SECTIONS.includes(section) : true;
}

export function visibleSections(role: Role, all: readonly RecordSection[]): RecordSection[] {
  return all.filter((section) => canViewSection(role, section));
}
