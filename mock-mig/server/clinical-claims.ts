// The token checks every clinical-data route makes, the structured record and the central summary alike: a token,
// a role that may see clinical data, and consent to view (or an emergency override) rather than trace only.
import type { FastifyRequest } from "fastify";
import { MigError } from "../fhir/errors";
import { CLINICAL_DATA_ROLES, type TokenClaims } from "./token-claims";

/** The request's claims when it may read clinical data; `what` names the request in the consent message. */
export function clinicalDataClaims(request: FastifyRequest, what: string): TokenClaims {
  const claims = request.claims;
  if (!claims) throw new MigError("INVALID_TOKEN");
  if (!CLINICAL_DATA_ROLES.includes(claims.requesting_practitioner_role))
    throw new MigError("ACCESS_DENIED", "This role may not view clinical records");
  if (claims.consent_to_view === "trace-only")
    throw new MigError("NO_PATIENT_CONSENT", `Record consent to view (or an emergency override) before requesting ${what}`);
  return claims;
}
