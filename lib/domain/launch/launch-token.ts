// The context launch (issue 17), modelled on the SMART App Launch "EHR launch": a registered host system signs a
// short-lived JWT (RS256 or ES256) naming the user, the patient and the legitimate relationship, and the viewer
// verifies it against that host's JWKS. This module holds the shapes; checking signatures and jti is on the server
// (lib/server/launch).
import { z } from "zod";
import { ROLES, type Role } from "../roles";
import { hasControlCharacters } from "../text/control-characters";

/** The signing algorithms a host may use. */
export const LAUNCH_ALGORITHMS = ["RS256", "ES256"] as const;

/** A launch is valid for two minutes at most (exp − iat). */
export const LAUNCH_MAX_LIFETIME_SECONDS = 120;

/** The path a host posts the token to; also the token's audience, as `${NEXTAUTH_URL}/launch`. */
export const LAUNCH_PATH = "/launch";

/** The form field the host posts the token in (application/x-www-form-urlencoded), like SMART's `launch`. */
export const LAUNCH_TOKEN_FIELD = "launch_token";

const odsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,10}$/);

/** One registered host system, as the hosts file (LAUNCH_HOSTS_FILE) lists it. */
export const launchHostSchema = z
  .object({
    /** The token's `iss`, exactly. */
    issuer: z.string().min(1).max(500),
    /** Shown to users and in the audit trail: "legitimate relationship asserted by <name>". */
    name: z.string().min(1).max(200),
    /** Where the host publishes its public keys; or `jwks`, the keys themselves. */
    jwksUri: z.url().optional(),
    jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1) }).optional(),
    allowedRoles: z.array(z.enum(ROLES)).min(1),
    allowedOrganisations: z.array(odsCode).min(1),
    /** Create a viewer account for a user the viewer does not know yet (matched by SDS user id). */
    provisionUsers: z.boolean().default(false),
    /** The host's national RBAC codes (`rbac_role` claim) and the viewer role each maps to; set by whoever registers the host. */
    rbacRoles: z.record(z.string(), z.enum(ROLES)).default({}),
  })
  .refine((h) => Boolean(h.jwksUri) !== Boolean(h.jwks), { message: "give exactly one of jwksUri and jwks" });

export type LaunchHost = z.infer<typeof launchHostSchema>;

export const launchHostsFileSchema = z
  .object({ hosts: z.array(launchHostSchema) })
  .refine((f) => new Set(f.hosts.map((h) => h.issuer)).size === f.hosts.length, { message: "each issuer may be registered once" });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !hasControlCharacters(v));

/** The launch token's own claims, after the signature, issuer, audience and times have been checked. */
export const launchClaimsSchema = z
  .object({
    jti: z.string().min(8).max(200),
    /** The user's SDS user id. */
    sub: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/),
    name: text(200),
    /** A viewer role, or a national RBAC code (`rbac_role`) that the host's registration maps to one. */
    role: z.string().max(40).optional(),
    rbac_role: z.string().max(40).optional(),
    ods: odsCode,
    nhs_number: z.string().max(20),
    /** The legitimate relationship the host asserts, e.g. "Booked in at this emergency department". */
    reason: text(200),
  })
  .refine((c) => c.role !== undefined || c.rbac_role !== undefined, { message: "role or rbac_role is required" });

export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

/** The viewer role the token asserts, through the host's own RBAC map when it sends a national code. */
export function assertedRole(claims: LaunchClaims, host: LaunchHost): Role | null {
  if (claims.rbac_role !== undefined) return host.rbacRoles[claims.rbac_role] ?? null;
  return (ROLES as readonly string[]).includes(claims.role ?? "") ? (claims.role as Role) : null;
}

/** The access episode's reason, as recorded and shown to the privacy officer. */
export function launchAccessReason(hostName: string): string {
  return `legitimate relationship asserted by ${hostName}`;
}
