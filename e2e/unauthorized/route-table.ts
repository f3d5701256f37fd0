// Every API route with a sample request and what each role (and a signed-out caller) must get back.
// route-matrix.spec.ts walks this table and fails when a file under app/api/**/route.ts is missing from it,
// so a new route cannot ship outside the matrix. Expectations follow lib/domain/access/policy.ts.
import type { AppErrorCode } from "../../lib/domain/errors";
import { ROLES, type Role } from "../../lib/domain/roles";

/** What one request must answer. */
export type Outcome =
  /** The handler ran and answered this status. */
  | { kind: "allowed"; status: number }
  /** Refused with our error body carrying this code. */
  | { kind: "refused"; status: 401 | 403; code: AppErrorCode }
  /** Refused for want of an access episode; once the caller records consent for the patient, allowed with `status`. */
  | { kind: "episode-gated"; status: number }
  /** Gets past the session and permission checks (neither 401 nor 403): for samples whose id cannot exist in a fresh database. */
  | { kind: "reaches-handler" };

export type RouteCall = {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  signedOut: Outcome;
  roles: Record<Role, Outcome>;
};

export type RouteEntry = {
  /** The route file, relative to the repository root. */
  file: string;
  access: "public" | "signed-in";
  /** Why a public route is public. */
  why?: string;
  calls: RouteCall[];
};

/** Placeholder in paths for the matrix patient, whose access episode `episode-gated` outcomes depend on. */
export const PATIENT = "{patient}";
/**
 * Non-demo patients of the mock population (alive, not sensitive, practice online) that no other spec uses,
 * one per attempt: a retry must start without an access episode, and episodes outlive a failed attempt.
 */
export const MATRIX_PATIENTS = ["9680494063", "9670901723"] as const; // population indexes 424242, 424243
/**
 * A valid NHS number outside the population: the access route gets past the session and permission checks, asks
 * the MIG, and refuses to record a decision for a patient the gateway does not know (404), so no episode opens.
 */
export const ACCESS_PROBE_NHS_NUMBER = "9990000026";
/** A search target that exists: the ordinary demo patient (searching records no access episode). */
export const SEARCH_PATIENT = "9681174003";

const CLINICAL_ROLES = ["AE_DOCTOR", "OOH_GP", "CLINICIAN_111", "PARAMEDIC", "NURSE"] as const satisfies readonly Role[];
export const RECORD_ROLES: readonly Role[] = [...CLINICAL_ROLES, "SOCIAL_CARE"];

const ok = (status = 200): Outcome => ({ kind: "allowed", status });
const forbidden: Outcome = { kind: "refused", status: 403, code: "FORBIDDEN" };
const unauthenticated: Outcome = { kind: "refused", status: 401, code: "UNAUTHENTICATED" };

function everyone(outcome: Outcome): Record<Role, Outcome> {
  return Object.fromEntries(ROLES.map((role) => [role, outcome])) as Record<Role, Outcome>;
}

/** `outcome` for the listed roles, 403 FORBIDDEN for every other role. */
function only(roles: readonly Role[], outcome: Outcome): Record<Role, Outcome> {
  return Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? outcome : forbidden])) as Record<Role, Outcome>;
}

const PRIVACY_OFFICER = ["PRIVACY_OFFICER"] as const satisfies readonly Role[];

export const ROUTE_TABLE: readonly RouteEntry[] = [
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    access: "public",
    why: "next-auth's own endpoints: signing in needs them before there is a session",
    calls: [
      { method: "GET", path: "/api/auth/csrf", signedOut: ok(), roles: everyone(ok()) },
      { method: "GET", path: "/api/auth/providers", signedOut: ok(), roles: everyone(ok()) },
      { method: "GET", path: "/api/auth/session", signedOut: ok(), roles: everyone(ok()) },
    ],
  },
  {
    file: "app/api/health/route.ts",
    access: "public",
    why: "monitoring probe: reachability of app, database and MIG, no patient data",
    calls: [{ method: "GET", path: "/api/health", signedOut: ok(), roles: everyone(ok()) }],
  },
  {
    file: "app/api/patients/search/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        path: "/api/patients/search",
        body: { mode: "nhs-number", nhsNumber: SEARCH_PATIENT },
        signedOut: unauthenticated,
        roles: only(RECORD_ROLES, ok()),
      },
    ],
  },
  {
    file: "app/api/patients/[nhsNumber]/access/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        path: `/api/patients/${ACCESS_PROBE_NHS_NUMBER}/access`,
        body: { decision: "CONSENT_GIVEN" },
        signedOut: unauthenticated,
        roles: only(RECORD_ROLES, ok(404)),
      },
    ],
  },
  {
    file: "app/api/patients/[nhsNumber]/sections/[section]/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "GET",
        path: `/api/patients/${PATIENT}/sections/summary`,
        signedOut: unauthenticated,
        roles: only(RECORD_ROLES, { kind: "episode-gated", status: 200 }),
      },
      {
        method: "GET",
        path: `/api/patients/${PATIENT}/sections/medications`,
        signedOut: unauthenticated,
        // Social care may not see medication at all, episode or not.
        roles: only(CLINICAL_ROLES, { kind: "episode-gated", status: 200 }),
      },
      {
        method: "GET",
        path: `/api/patients/${PATIENT}/sections/end-of-life`,
        signedOut: unauthenticated,
        roles: only(RECORD_ROLES, { kind: "episode-gated", status: 200 }),
      },
    ],
  },
  {
    file: "app/api/patients/[nhsNumber]/central-summary/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "GET",
        path: `/api/patients/${PATIENT}/central-summary`,
        signedOut: unauthenticated,
        // Allergies are in every record role's view; medication is left out for social care by the use-case.
        roles: only(RECORD_ROLES, { kind: "episode-gated", status: 200 }),
      },
    ],
  },
  // Privacy officer routes (issue: audit and alerts). Checked only once their files exist.
  {
    file: "app/api/audit/events/route.ts",
    access: "signed-in",
    calls: [{ method: "GET", path: "/api/audit/events", signedOut: unauthenticated, roles: only(PRIVACY_OFFICER, ok()) }],
  },
  {
    file: "app/api/audit/export/route.ts",
    access: "signed-in",
    calls: [{ method: "GET", path: "/api/audit/export", signedOut: unauthenticated, roles: only(PRIVACY_OFFICER, ok()) }],
  },
  {
    file: "app/api/alerts/route.ts",
    access: "signed-in",
    calls: [{ method: "GET", path: "/api/alerts", signedOut: unauthenticated, roles: only(PRIVACY_OFFICER, ok()) }],
  },
  {
    file: "app/api/alerts/[alertId]/review/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        // No alert with this id exists; the privacy officer gets past the gate to the handler's own answer.
        path: "/api/alerts/00000000-0000-4000-8000-000000000000/review",
        body: {},
        signedOut: unauthenticated,
        roles: only(PRIVACY_OFFICER, { kind: "reaches-handler" }),
      },
    ],
  },
  // Safety concerns (issue 13): anyone signed in reports; only the privacy officer reviews.
  {
    file: "app/api/safety-concerns/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        path: "/api/safety-concerns",
        body: { page: "/about", concern: "Route matrix probe: not a real concern." },
        signedOut: unauthenticated,
        roles: everyone(ok(201)),
      },
    ],
  },
  {
    file: "app/api/safety-concerns/[concernId]/review/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        // No concern with this id exists; the privacy officer gets past the gate to the handler's own answer.
        path: "/api/safety-concerns/00000000-0000-4000-8000-000000000000/review",
        body: {},
        signedOut: unauthenticated,
        roles: only(PRIVACY_OFFICER, { kind: "reaches-handler" }),
      },
    ],
  },
  // Administration (issue 18): clearing a lock-out.
  {
    file: "app/api/admin/users/[username]/unlock/route.ts",
    access: "signed-in",
    calls: [
      {
        method: "POST",
        // No such user: the administrator gets past the gate to the handler's own answer.
        path: "/api/admin/users/no-such-user-matrix/unlock",
        body: {},
        signedOut: unauthenticated,
        roles: only(["ADMINISTRATOR"], { kind: "reaches-handler" }),
      },
    ],
  },
];
