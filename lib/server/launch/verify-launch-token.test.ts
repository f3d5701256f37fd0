import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { LaunchHost } from "@/lib/domain/launch/launch-token";
import { verifyLaunchToken, type LaunchVerifierDeps } from "./verify-launch-token";

const AUDIENCE = "http://viewer.test/launch";
const NOW = new Date("2026-12-03T12:00:00Z");
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const SKEW = 30;
// A valid synthetic NHS number (demo patient, mock-mig/scenarios.json) and one with a wrong check digit.
const NHS = "9681174003";
const BAD_NHS = "9681174004";

let esKey: CryptoKey;
let rsKey: CryptoKey;
let otherKey: CryptoKey;
let host: LaunchHost;

function baseClaims(overrides: Record<string, unknown> = {}) {
  return {
    sub: "555000111222",
    name: "Dr Priya Raman",
    role: "AE_DOCTOR",
    ods: "R9A",
    nhs_number: NHS,
    reason: "Booked in at this emergency department",
    ...overrides,
  };
}

async function sign(
  options: {
    claims?: Record<string, unknown>;
    key?: CryptoKey;
    alg?: "ES256" | "RS256";
    kid?: string;
    iss?: string;
    aud?: string;
    iat?: number;
    exp?: number;
    jti?: string | null;
  } = {},
) {
  const iat = options.iat ?? nowSeconds;
  let jwt = new SignJWT(options.claims ?? baseClaims())
    .setProtectedHeader({ alg: options.alg ?? "ES256", kid: options.kid ?? (options.alg === "RS256" ? "rs" : "es") })
    .setIssuer(options.iss ?? host.issuer)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 60);
  if (options.jti !== null) jwt = jwt.setJti(options.jti ?? crypto.randomUUID());
  return jwt.sign(options.key ?? (options.alg === "RS256" ? rsKey : esKey));
}

function deps(overrides: Partial<LaunchVerifierDeps> = {}): LaunchVerifierDeps & { used: Set<string> } {
  const used = new Set<string>();
  return {
    used,
    hosts: [host],
    keySetFor: () => createLocalJWKSet(host.jwks as { keys: JWK[] }),
    audience: AUDIENCE,
    clockSkewSeconds: SKEW,
    useJti: async (issuer, jti) => {
      const key = `${issuer} ${jti}`;
      if (used.has(key)) return false;
      used.add(key);
      return true;
    },
    now: NOW,
    ...overrides,
  };
}

beforeAll(async () => {
  const es = await generateKeyPair("ES256");
  const rs = await generateKeyPair("RS256");
  const other = await generateKeyPair("ES256");
  esKey = es.privateKey;
  rsKey = rs.privateKey;
  otherKey = other.privateKey;
  host = {
    issuer: "https://ed-board.test",
    name: "Test ED board",
    jwks: {
      keys: [
        { ...(await exportJWK(es.publicKey)), kid: "es", alg: "ES256", use: "sig" },
        { ...(await exportJWK(rs.publicKey)), kid: "rs", alg: "RS256", use: "sig" },
      ],
    },
    allowedRoles: ["AE_DOCTOR", "PARAMEDIC"],
    allowedOrganisations: ["R9A", "R9Y"],
    provisionUsers: false,
    rbacRoles: { "LOCAL-RBAC-ED": "AE_DOCTOR" },
  };
});

describe("verifyLaunchToken", () => {
  it("accepts a good ES256 token and a good RS256 token from a registered host [HZ-EVID:launch-token-accepted]", async () => {
    for (const alg of ["ES256", "RS256"] as const) {
      const result = await verifyLaunchToken(await sign({ alg }), deps());
      expect(result).toMatchObject({
        ok: true,
        launch: { role: "AE_DOCTOR", nhsNumber: NHS, claims: { sub: "555000111222", ods: "R9A" } },
      });
    }
  });

  it("maps a national RBAC code through the host's registration", async () => {
    const { role: _r, ...claims } = baseClaims();
    const result = await verifyLaunchToken(await sign({ claims: { ...claims, rbac_role: "LOCAL-RBAC-ED" } }), deps());
    expect(result).toMatchObject({ ok: true, launch: { role: "AE_DOCTOR" } });
    const unmapped = await verifyLaunchToken(await sign({ claims: { ...claims, rbac_role: "LOCAL-RBAC-OTHER" } }), deps());
    expect(unmapped).toMatchObject({ ok: false, why: "role-not-allowed" });
  });

  it("refuses no token and a token that is not a JWT", async () => {
    expect(await verifyLaunchToken(undefined, deps())).toMatchObject({ ok: false, why: "no-token" });
    expect(await verifyLaunchToken("", deps())).toMatchObject({ ok: false, why: "no-token" });
    expect(await verifyLaunchToken("not.a.jwt", deps())).toMatchObject({ ok: false, why: "malformed" });
    expect(await verifyLaunchToken("x".repeat(10_000), deps())).toMatchObject({ ok: false, why: "malformed" });
  });

  it("refuses an unknown issuer [HZ-EVID:launch-unknown-issuer]", async () => {
    const result = await verifyLaunchToken(await sign({ iss: "https://someone-else.test" }), deps());
    expect(result).toMatchObject({ ok: false, why: "unknown-issuer", host: null });
  });

  it("refuses a token signed with a key the host did not publish, and a tampered payload [HZ-EVID:launch-bad-signature]", async () => {
    expect(await verifyLaunchToken(await sign({ key: otherKey }), deps())).toMatchObject({ ok: false, why: "bad-signature" });
    // Another patient's NHS number swapped into a genuinely signed token.
    const [header, payload, signature] = (await sign()).split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, nhs_number: "9663944528" })).toString("base64url");
    const result = await verifyLaunchToken(`${header}.${forged}.${signature}`, deps());
    expect(result).toMatchObject({ ok: false, why: "bad-signature", verified: {} });
  });

  it("refuses an unsigned token and an HMAC-signed one (only RS256 and ES256)", async () => {
    const { UnsecuredJWT } = await import("jose");
    const unsecured = new UnsecuredJWT({ ...baseClaims(), jti: "abcdefgh12" })
      .setIssuer(host.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + 60)
      .encode();
    expect(await verifyLaunchToken(unsecured, deps())).toMatchObject({ ok: false, why: "bad-signature" });
    const hmac = await new SignJWT({ ...baseClaims(), jti: "abcdefgh13" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(host.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + 60)
      .sign(new TextEncoder().encode("a-shared-secret-that-is-long-enough"));
    expect(await verifyLaunchToken(hmac, deps())).toMatchObject({ ok: false, why: "bad-signature" });
  });

  it("refuses an expired token [HZ-EVID:launch-expired]", async () => {
    const result = await verifyLaunchToken(await sign({ iat: nowSeconds - 100, exp: nowSeconds - SKEW - 1 }), deps());
    expect(result).toMatchObject({ ok: false, why: "expired" });
  });

  it("refuses a token issued more than two minutes ago even if its exp says otherwise", async () => {
    const result = await verifyLaunchToken(await sign({ iat: nowSeconds - 200, exp: nowSeconds + 10 }), deps());
    expect(result).toMatchObject({ ok: false, why: "expired" });
  });

  it("refuses a lifetime over two minutes [HZ-EVID:launch-lifetime]", async () => {
    const result = await verifyLaunchToken(await sign({ iat: nowSeconds, exp: nowSeconds + 121 }), deps());
    expect(result).toMatchObject({ ok: false, why: "lifetime-too-long" });
    expect(await verifyLaunchToken(await sign({ iat: nowSeconds, exp: nowSeconds + 120 }), deps())).toMatchObject({ ok: true });
  });

  it("allows the clock-skew allowance either way, and no more [HZ-EVID:launch-clock-skew]", async () => {
    // The host's clock 25 s ahead: iat in our future, within the 30 s allowance.
    expect(await verifyLaunchToken(await sign({ iat: nowSeconds + 25, exp: nowSeconds + 85 }), deps())).toMatchObject({ ok: true });
    // 40 s ahead: refused as dated in the future.
    expect(await verifyLaunchToken(await sign({ iat: nowSeconds + 40, exp: nowSeconds + 100 }), deps())).toMatchObject({
      ok: false,
      why: "not-yet-valid",
    });
    // The host's clock behind: exp passed 20 s ago by our clock, within the allowance.
    expect(await verifyLaunchToken(await sign({ iat: nowSeconds - 80, exp: nowSeconds - 20 }), deps())).toMatchObject({ ok: true });
    // With no allowance the same token is expired.
    expect(
      await verifyLaunchToken(await sign({ iat: nowSeconds - 80, exp: nowSeconds - 20 }), deps({ clockSkewSeconds: 0 })),
    ).toMatchObject({ ok: false, why: "expired" });
  });

  it("refuses the wrong audience [HZ-EVID:launch-wrong-audience]", async () => {
    const result = await verifyLaunchToken(await sign({ aud: "http://another-viewer.test/launch" }), deps());
    expect(result).toMatchObject({ ok: false, why: "wrong-audience" });
  });

  it("refuses a replayed jti, even with other claims changed by the host [HZ-EVID:launch-replay]", async () => {
    const d = deps();
    const token = await sign({ jti: "launch-0001" });
    expect(await verifyLaunchToken(token, d)).toMatchObject({ ok: true });
    expect(await verifyLaunchToken(token, d)).toMatchObject({ ok: false, why: "replayed" });
    const again = await sign({ jti: "launch-0001", claims: baseClaims({ nhs_number: "9663944528" }) });
    expect(await verifyLaunchToken(again, d)).toMatchObject({ ok: false, why: "replayed" });
    // The same jti from another registered issuer is a different token.
    const secondHost = { ...host, issuer: "https://ooh.test", name: "OOH" };
    const both = { ...d, hosts: [host, secondHost] };
    expect(await verifyLaunchToken(await sign({ jti: "launch-0001", iss: secondHost.issuer }), both)).toMatchObject({ ok: true });
  });

  it("refuses a token without a jti or without the user and patient", async () => {
    expect(await verifyLaunchToken(await sign({ jti: null }), deps())).toMatchObject({ ok: false, why: "missing-claims" });
    const { nhs_number: _n, ...noPatient } = baseClaims();
    expect(await verifyLaunchToken(await sign({ claims: noPatient }), deps())).toMatchObject({ ok: false, why: "missing-claims" });
    const { role: _r, ...noRole } = baseClaims();
    expect(await verifyLaunchToken(await sign({ claims: noRole }), deps())).toMatchObject({ ok: false, why: "missing-claims" });
  });

  it("refuses a role the host may not assert [HZ-EVID:launch-role-not-allowed]", async () => {
    for (const role of ["SOCIAL_CARE", "PRIVACY_OFFICER", "NOT_A_ROLE"]) {
      const result = await verifyLaunchToken(await sign({ claims: baseClaims({ role }) }), deps());
      expect(result).toMatchObject({ ok: false, why: "role-not-allowed" });
    }
  });

  it("refuses an organisation the host may not assert [HZ-EVID:launch-org-not-allowed]", async () => {
    const result = await verifyLaunchToken(await sign({ claims: baseClaims({ ods: "Q9X" }) }), deps());
    expect(result).toMatchObject({ ok: false, why: "organisation-not-allowed", verified: { ods: "Q9X" } });
  });

  it("refuses an invalid NHS number [HZ-EVID:launch-invalid-nhs-number]", async () => {
    for (const nhs of [BAD_NHS, "123", "not-a-number"]) {
      const result = await verifyLaunchToken(await sign({ claims: baseClaims({ nhs_number: nhs }) }), deps());
      expect(result).toMatchObject({ ok: false, why: "invalid-nhs-number" });
    }
  });
});
