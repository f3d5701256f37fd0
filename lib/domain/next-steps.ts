// What each kind of user can do next, shown on the landing page.
import { can } from "./access/policy";
import { roleGroup, type Role } from "./roles";

/**
 * Role-first landing (issue 18): where "/" (and so signing in) takes each role. Whoever looks up patients starts on
 * Find a patient, with the records they have open; the rest start on the page of what they can do.
 */
export function landingPathFor(role: Role): "/patients" | "/" {
  return can(role, "patient:search") ? "/patients" : "/";
}

export type NextStep = { href: string; label: string; description: string };

export function nextStepsFor(role: Role): NextStep[] {
  switch (roleGroup(role)) {
    case "clinical":
      return [
        {
          href: "/patients",
          label: "Find a patient",
          description: "Search by NHS number, or by name and date of birth, then record why you are looking and read the GP record.",
        },
      ];
    case "social-care":
      return [
        {
          href: "/patients",
          label: "Find a person",
          description:
            "Search by NHS number, or by name and date of birth. You will see contacts, care and end-of-life preferences, allergies, and risks and warnings.",
        },
      ];
    case "governance":
      return [
        {
          href: "/audit",
          label: "Audit trail",
          description: "Search who looked at which record, when and why, and download the results as CSV.",
        },
        {
          href: "/audit/alerts",
          label: "Emergency override alerts",
          description: "Review each emergency override and record whether it was appropriate or needs follow-up.",
        },
        {
          href: "/audit/safety-concerns",
          label: "Safety concerns",
          description: "Review the safety concerns users reported, with the clinical safety officer, and record the outcome.",
        },
      ];
    case "administration":
      return [
        {
          href: "/admin",
          label: "Service health and accounts",
          description:
            "Check that the database, the gateway and the medication safety checks are working, see the users, and clear a lock-out. Administrators do not see clinical records.",
        },
      ];
  }
}
