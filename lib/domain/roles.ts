// Roles as docs/architecture.md ("Roles") defines them. The string values match the Prisma enum `Role`.

export const ROLES = [
  "AE_DOCTOR",
  "OOH_GP",
  "CLINICIAN_111",
  "PARAMEDIC",
  "NURSE",
  "SOCIAL_CARE",
  "PRIVACY_OFFICER",
  "ADMINISTRATOR",
] as const;

export type Role = (typeof ROLES)[number];

export type RoleGroup = "clinical" | "social-care" | "governance" | "administration";

export const ROLE_LABELS: Record<Role, string> = {
  AE_DOCTOR: "A&E doctor",
  OOH_GP: "Out-of-hours GP",
  CLINICIAN_111: "NHS 111 clinician",
  PARAMEDIC: "Paramedic",
  NURSE: "Nurse",
  SOCIAL_CARE: "Social care worker",
  PRIVACY_OFFICER: "Privacy officer",
  ADMINISTRATOR: "Administrator",
};

export function roleGroup(role: Role): RoleGroup {
  switch (role) {
    case "AE_DOCTOR":
    case "OOH_GP":
    case "CLINICIAN_111":
    case "PARAMEDIC":
    case "NURSE":
      return "clinical";
    case "SOCIAL_CARE":
      return "social-care";
    case "PRIVACY_OFFICER":
      return "governance";
    case "ADMINISTRATOR":
      return "administration";
  }
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
