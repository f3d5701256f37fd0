// The bearer token to the MIG: a standard HS256 JWT that jose (as the gateway does) verifies with the shared secret,
// carrying who is asking, why, and for how long; a token signed with another secret, or altered, is refused.
import { decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/server/config/env";
import { signHs256, signMigToken } from "./token";

const actor = {
  userId: "0b6f6c1e-2c55-4d7e-9d7a-3f1e2b4c5d6e",
  username: "ooh.gp",
  displayName: "Dr Ada Lovelace-Test",
  professionalCode: null,
  role: "OOH_GP" as const,
  organisation: { odsCode: "X99OO", name: "Test Out of Hours" },
};

describe("the MIG bearer token", () => {
  it("verifies as HS256 with the shared secret and carries the caller, the reason and a five-minute life", async () => {
    const env = serverEnv();
    const now = new Date();
    const token = await signMigToken({ actor, consent: "given", accessEpisodeId: "episode-1" }, now);
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(env.MIG_JWT_SECRET), {
      issuer: env.NEXTAUTH_URL,
      audience: env.MIG_AUDIENCE,
      algorithms: ["HS256"],
    });
    const iat = Math.floor(now.getTime() / 1000);
    expect(payload).toMatchObject({
      sub: actor.userId,
      iat,
      exp: iat + 300,
      reason_for_request: "directcare",
      requested_scope: "patient/*.read",
      requesting_practitioner_role: "OOH_GP",
      consent_to_view: "given",
      access_episode_id: "episode-1",
      requesting_organization: { identifier: [{ system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "X99OO" }] },
      requesting_practitioner: { id: actor.userId, name: [{ family: "Lovelace-Test", given: ["Ada"] }] },
    });
  });

  it("is refused under another secret, or when a byte of it is changed", async () => {
    const secret = "a-test-secret-of-sufficient-length-0123";
    const token = signHs256({ sub: "someone", exp: Math.floor(Date.now() / 1000) + 60 }, secret);
    await expect(jwtVerify(token, new TextEncoder().encode(secret))).resolves.toBeTruthy();
    await expect(jwtVerify(token, new TextEncoder().encode(`${secret}x`))).rejects.toThrow();
    const [header, payload, signature] = token.split(".");
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: "someone-else", exp: 9_999_999_999 })).toString("base64url")}.${signature}`;
    await expect(jwtVerify(forged, new TextEncoder().encode(secret))).rejects.toThrow();
    expect(payload).toBeTruthy();
  });
});
