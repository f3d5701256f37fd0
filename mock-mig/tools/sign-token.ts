// Signs a caller-identity token like the viewer does. Used by tests, the benchmark and dev-token.ts.

import { SignJWT } from "jose";
import type { Role } from "../server/token-claims";

export interface TokenOptions {
  secret: string;
  audience?: string;
  role?: Role;
  consent?: "given" | "emergency-override" | "deceased-patient" | "trace-only";
  lifetimeSeconds?: number;
  issuedAt?: number;
  omitEpisode?: boolean;
}

export async function signDevToken(o: TokenOptions): Promise<string> {
  const iat = o.issuedAt ?? Math.floor(Date.now() / 1000);
  const consent = o.consent ?? "given";
  return new SignJWT({
    reason_for_request: "directcare",
    requested_scope: "patient/*.read",
    requesting_device: {
      resourceType: "Device",
      identifier: [{ system: "https://gateway-record-viewer.example/device", value: "dev" }],
      model: "gateway-record-viewer",
      version: "0.1.0",
    },
    requesting_organization: {
      resourceType: "Organization",
      identifier: [{ system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "RXX01" }],
      name: "Example Emergency Department",
    },
    requesting_practitioner: {
      resourceType: "Practitioner",
      id: "dev-user",
      identifier: [{ system: "https://fhir.nhs.uk/Id/sds-user-id", value: "555000000001" }],
      name: [{ family: "Tester", given: ["Dev"] }],
    },
    requesting_practitioner_role: o.role ?? "AE_DOCTOR",
    consent_to_view: consent,
    ...(consent !== "trace-only" && !o.omitEpisode ? { access_episode_id: "dev-episode" } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("http://localhost:3000")
    .setSubject("dev-user")
    .setAudience(o.audience ?? "mock-mig")
    .setIssuedAt(iat)
    .setExpirationTime(iat + (o.lifetimeSeconds ?? 300))
    .sign(new TextEncoder().encode(o.secret));
}
