// Bearer token check: HS256 signature, audience, expiry, issued-at (jose), then the claim shape (zod).
// A token issued in the future (beyond CLOCK_SKEW_SECONDS) or longer ago than the maximum lifetime is refused,
// whatever its exp says.
// Every failure is the same 401 so callers learn nothing from the difference.

import { errors as joseErrors, jwtVerify } from "jose";
import { MigError } from "../fhir/errors";
import { MAX_TOKEN_LIFETIME_SECONDS, tokenClaims, type TokenClaims } from "./token-claims";

/** How far the caller's clock may be ahead of or behind ours. */
export const CLOCK_SKEW_SECONDS = 30;

// A caller reuses one token for many requests within its five minutes: remember tokens already
// verified (keyed by the exact token string, so a different signature is a different key) until expiry.
// One cache per verifier (per secret and audience).
const MAX_CACHED = 10_000;

export function bearerVerifier(secret: Uint8Array, audience: string): (header: string | undefined) => Promise<TokenClaims> {
  const verified = new Map<string, TokenClaims>();
  return async (header) => {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
    if (!match?.[1]) throw new MigError("INVALID_TOKEN", "A bearer token is required");
    const cached = verified.get(match[1]);
    if (cached && cached.exp * 1000 > Date.now()) return cached;
    verified.delete(match[1]);
    const claims = await verifyUncached(match[1], secret, audience);
    if (verified.size >= MAX_CACHED) verified.clear();
    verified.set(match[1], claims);
    return claims;
  };
}

async function verifyUncached(token: string, secret: Uint8Array, audience: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ["HS256"],
      audience,
      requiredClaims: ["iat", "exp", "iss", "sub"],
      maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
      clockTolerance: CLOCK_SKEW_SECONDS,
    });
    const claims = tokenClaims.safeParse(payload);
    if (!claims.success)
      throw new MigError(
        "INVALID_TOKEN",
        `Token claims are invalid: ${claims.error.issues.map((i) => i.path.join(".") || i.message).join(", ")}`,
      );
    return claims.data;
  } catch (error) {
    if (error instanceof MigError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new MigError("INVALID_TOKEN", "The token has expired");
    throw new MigError("INVALID_TOKEN", "The token is not valid");
  }
}
