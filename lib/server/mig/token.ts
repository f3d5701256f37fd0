import "server-only";
// The GP Connect-style bearer token that tells the MIG who is asking and why (docs/architecture.md, "Conventions").
import { createHmac } from "node:crypto";
import type { Actor } from "@/lib/server/auth/session";
import { serverEnv } from "@/lib/server/config/env";

export type ConsentToView = "given" | "emergency-override" | "deceased-patient" | "trace-only";

export type MigCaller = { actor: Actor; consent: ConsentToView; accessEpisodeId?: string };

const LIFETIME_SECONDS = 300;

/**
 * A compact HS256 JWT, signed with node:crypto's HMAC in the calling tick: every gateway call signs one, and jose's
 * WebCrypto signing imports the key and hops through the thread pool each time (BENCHMARKS.md, "Per-request breakdown
 * after the s6 changes"). The gateway verifies it as any HS256 JWT (token.test.ts checks it with jose).
 */
export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}`;
  return `${signingInput}.${createHmac("sha256", secret).update(signingInput).digest("base64url")}`;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export async function signMigToken({ actor, consent, accessEpisodeId }: MigCaller, now = new Date()): Promise<string> {
  const env = serverEnv();
  const iat = Math.floor(now.getTime() / 1000);
  const [given, ...rest] = actor.displayName.replace(/^(Dr|Nurse)\s+/, "").split(" ");
  return signHs256(
    {
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
      iss: env.NEXTAUTH_URL,
      sub: actor.userId,
      aud: env.MIG_AUDIENCE,
      iat,
      exp: iat + LIFETIME_SECONDS,
    },
    env.MIG_JWT_SECRET,
  );
}
