import "server-only";
// Checks a launch token from a host system, every part of it, and names the first thing that failed:
// issuer registered → signature against that host's JWKS (RS256/ES256 only) → audience → exp, iat (with the
// clock-skew allowance) and a lifetime of two minutes at most → the jti used for the first time → the claims →
// the role and organisation the host may assert → a valid NHS number. Whether the gateway knows the patient and
// whether the user has an account are checked by the launch use-case (lib/server/launch/launch.ts).
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { isValidNhsNumber } from "@/lib/domain/nhs-number";
import type { Role } from "@/lib/domain/roles";
import type { LaunchRefusal } from "@/lib/domain/launch/launch-refusals";
import {
  assertedRole,
  LAUNCH_ALGORITHMS,
  LAUNCH_MAX_LIFETIME_SECONDS,
  launchClaimsSchema,
  type LaunchClaims,
  type LaunchHost,
} from "@/lib/domain/launch/launch-token";

/** Longer than any real launch token; refused unread. */
const MAX_TOKEN_LENGTH = 8_192;

export type LaunchVerifierDeps = {
  hosts: readonly LaunchHost[];
  /** The host's public keys (jose's remote or local JWKS set). */
  keySetFor: (host: LaunchHost) => JWTVerifyGetKey;
  /** The token's required `aud`: this viewer's launch URL. */
  audience: string;
  clockSkewSeconds: number;
  /** Records the jti as used; false when it already was (a replay). */
  useJti: (issuer: string, jti: string, expiresAt: Date) => Promise<boolean>;
  now: Date;
};

export type VerifiedLaunch = { host: LaunchHost; claims: LaunchClaims; role: Role; nhsNumber: string };

export type LaunchVerification =
  | { ok: true; launch: VerifiedLaunch }
  | {
      ok: false;
      why: LaunchRefusal;
      /** The registered host the token named, when it named one. */
      host: LaunchHost | null;
      /** Claims from a token whose signature was good (never from an unverified one). */
      verified: Partial<Pick<LaunchClaims, "sub" | "name" | "ods">> & { role?: Role | null; nhsNumber?: string | null };
      /** For the logs and the audit trail: which check, never the token. */
      detail?: string;
    };

function refuse(why: LaunchRefusal, host: LaunchHost | null, detail?: string, verified: Record<string, unknown> = {}): LaunchVerification {
  return { ok: false, why, host, verified, ...(detail ? { detail } : {}) };
}

/** A jose error as the refusal a clinician is shown. */
export function refusalForJoseError(error: unknown): LaunchRefusal {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return "missing-claims";
    if (error.claim === "aud") return "wrong-audience";
    if (error.claim === "iss") return "unknown-issuer";
    if (error.claim === "iat" || error.claim === "nbf") return "not-yet-valid";
    return "malformed";
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  )
    return "bad-signature";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return "unavailable";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "malformed";
  // A key set that could not be fetched (network) is the service's problem, not the token's.
  return "unavailable";
}

export async function verifyLaunchToken(token: unknown, deps: LaunchVerifierDeps): Promise<LaunchVerification> {
  if (typeof token !== "string" || token.trim() === "") return refuse("no-token", null);
  if (token.length > MAX_TOKEN_LENGTH) return refuse("malformed", null, "too-long");

  let issuer: unknown;
  try {
    decodeProtectedHeader(token);
    issuer = decodeJwt(token).iss;
  } catch {
    return refuse("malformed", null, "not-a-jwt");
  }
  const host = deps.hosts.find((h) => h.issuer === issuer) ?? null;
  if (!host) return refuse("unknown-issuer", null);

  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, deps.keySetFor(host), {
      issuer: host.issuer,
      audience: deps.audience,
      algorithms: [...LAUNCH_ALGORITHMS],
      clockTolerance: deps.clockSkewSeconds,
      // iat at most two minutes ago (and not in the future), each within the skew allowance.
      maxTokenAge: LAUNCH_MAX_LIFETIME_SECONDS,
      requiredClaims: ["exp", "iat", "jti", "sub"],
      currentDate: deps.now,
    }));
  } catch (error) {
    const why = refusalForJoseError(error);
    return refuse(why, host, error instanceof errors.JOSEError ? error.code : "key-set");
  }

  const iat = payload.iat as number;
  const exp = payload.exp as number;
  if (exp - iat > LAUNCH_MAX_LIFETIME_SECONDS) return refuse("lifetime-too-long", host, `lifetime ${exp - iat}s`);
  if (typeof payload.jti !== "string" || payload.jti.length < 8 || payload.jti.length > 200) return refuse("missing-claims", host, "jti");

  // The jti is spent by the first token that gets this far: any later use of it is a replay, whatever else it says.
  if (!(await deps.useJti(host.issuer, payload.jti, new Date((exp + deps.clockSkewSeconds) * 1000)))) return refuse("replayed", host);

  const parsed = launchClaimsSchema.safeParse(payload);
  if (!parsed.success) return refuse("missing-claims", host, String(parsed.error.issues[0]?.path[0] ?? "claims"));
  const claims = parsed.data;
  const role = assertedRole(claims, host);
  const nhsNumber = claims.nhs_number.replace(/\s/g, "");
  const verified = { sub: claims.sub, name: claims.name, ods: claims.ods, role, nhsNumber: isValidNhsNumber(nhsNumber) ? nhsNumber : null };
  if (role === null || !host.allowedRoles.includes(role)) return refuse("role-not-allowed", host, undefined, verified);
  if (!host.allowedOrganisations.includes(claims.ods)) return refuse("organisation-not-allowed", host, undefined, verified);
  if (!isValidNhsNumber(nhsNumber)) return refuse("invalid-nhs-number", host, undefined, verified);
  return { ok: true, launch: { host, claims, role, nhsNumber } };
}
