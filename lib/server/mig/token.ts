import "server-only";
// The GP Connect-style bearer token that tells the MIG who is asking and why (docs/architecture.md, "Conventions").
import { SignJWT } from "jose";
import type { Actor } from "@/lib/server/auth/session";
import { serverEnv } from "@/lib/server/config/env";

export type ConsentToView = "given" | "emergency-override" | "deceased-patient" | "trace-only";

export type MigCaller = { actor: Actor; consent: ConsentToView; accessEpisodeId?: string };

const LIFETIME_SECONDS = 300;

export async function signMigToken({ actor, consent, accessEpisodeId }: MigCaller, now = new Date()): Promise<string> {
  const env = serverEnv();
  const iat = Math.floor(now.getTime() / 1000);
  const [given, ...rest] = actor.displayName.replace(/^(Dr|Nurse)\s+/, "").split(" ");
  return new SignJWT({
    reason_for_request: "directcare",
    requested_scope: "patient/*.read",
    requesting_device: {
      resourceType: "Device",
      identifier: [{ system: "https://gateway-record-viewer.example/Id/device", value: "gateway-record-viewer" }],
      model: "Gateway Record Viewer",
      version: "0.1.0",
    },
    requesting_organization: {
      resourceType: "Organization",
      identifier: [{ system: "https://fhir.nhs.uk/Id/ods-organization-code", value: actor.organisation.odsCode }],
      name: actor.organisation.name,
    },
    requesting_practitioner: {
      resourceType: "Practitioner",
      id: actor.userId,
      identifier: [{ system: "https://fhir.nhs.uk/Id/sds-user-id", value: actor.userId }],
      name: [{ family: rest.join(" ") || given, given: [given ?? actor.username] }],
    },
    requesting_practitioner_role: actor.role,
    consent_to_view: consent,
    ...(accessEpisodeId ? { access_episode_id: accessEpisodeId } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(env.NEXTAUTH_URL)
    .setSubject(actor.userId)
    .setAudience(env.MIG_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + LIFETIME_SECONDS)
    .sign(new TextEncoder().encode(env.MIG_JWT_SECRET));
}
