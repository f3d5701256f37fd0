import { SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { demoNhsNumber } from "../../mock-mig";
import { errorCode, get, post, RECORD, recordParameters, schemaErrors, token } from "./helpers";
import { useMig } from "./use-mig";

const mig = useMig();
let bearer: string;
beforeAll(async () => {
  bearer = await token();
});

const ordinary = () => demoNhsNumber("ordinary");

async function expectError(res: { status: number; text: string }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(errorCode(res.text)).toBe(code);
  expect(schemaErrors(JSON.parse(res.text))).toEqual([]);
}

describe("authentication", () => {
  const search = (t?: string) => get(mig(), `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${ordinary()}`, t);

  it("refuses a missing token", async () => expectError(await search(), 401, "INVALID_TOKEN"));
  it("refuses an expired token", async () =>
    expectError(await search(await token({ issuedAt: Math.floor(Date.now() / 1000) - 600 })), 401, "INVALID_TOKEN"));
  it("refuses a token issued in the future, beyond the allowed clock skew", async () =>
    expectError(await search(await token({ issuedAt: Math.floor(Date.now() / 1000) + 10 * 365 * 86_400 })), 401, "INVALID_TOKEN"));
  it("refuses a token issued a minute ahead of its clock", async () =>
    expectError(await search(await token({ issuedAt: Math.floor(Date.now() / 1000) + 60 })), 401, "INVALID_TOKEN"));
  it("accepts a token within the clock skew", async () =>
    expect((await search(await token({ issuedAt: Math.floor(Date.now() / 1000) + 10 }))).status).toBe(200));
  it("refuses a token signed with another secret", async () =>
    expectError(await search(await signWith("another-secret-entirely-000000")), 401, "INVALID_TOKEN"));
  it("refuses an unsigned token", async () => {
    const unsigned = new UnsecuredJWT({ sub: "x" }).setAudience("mock-mig").setIssuedAt().setExpirationTime("2m").encode();
    await expectError(await search(unsigned), 401, "INVALID_TOKEN");
  });
  it("refuses a token living longer than 300 seconds", async () =>
    expectError(await search(await token({ lifetimeSeconds: 3600 })), 401, "INVALID_TOKEN"));
  it("refuses a token for another audience", async () =>
    expectError(await search(await token({ audience: "someone-else" })), 401, "INVALID_TOKEN"));
  it("refuses consent without an access episode", async () =>
    expectError(await search(await token({ omitEpisode: true })), 401, "INVALID_TOKEN"));
  it("refuses a token missing the caller's identity claims", async () =>
    expectError(await search(await signWith(undefined, true)), 401, "INVALID_TOKEN"));
  it("lets trace-only consent search", async () => expect((await search(await token({ consent: "trace-only" }))).status).toBe(200));
});

async function signWith(secret = "dev-only-mig-secret-do-not-use-in-production", bare = false): Promise<string> {
  if (!bare) return token({ secret });
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ reason_for_request: "directcare" })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience("mock-mig")
    .setIssuer("x")
    .setSubject("x")
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(new TextEncoder().encode(secret));
}

describe("error codes", () => {
  it("INVALID_NHS_NUMBER (400) for search and record", async () => {
    await expectError(
      await get(mig(), "/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|1234567890", bearer),
      400,
      "INVALID_NHS_NUMBER",
    );
    await expectError(await post(mig(), RECORD, recordParameters("1234567890"), bearer), 400, "INVALID_NHS_NUMBER");
  });
  it("PATIENT_NOT_FOUND (404) for an unknown and for a sensitive patient", async () => {
    await expectError(await post(mig(), RECORD, recordParameters("9000000009"), bearer), 404, "PATIENT_NOT_FOUND");
    await expectError(await post(mig(), RECORD, recordParameters(demoNhsNumber("sensitive")), bearer), 404, "PATIENT_NOT_FOUND");
  });
  it("NO_PATIENT_CONSENT (403) for a trace-only token", async () => {
    await expectError(
      await post(mig(), RECORD, recordParameters(ordinary()), await token({ consent: "trace-only" })),
      403,
      "NO_PATIENT_CONSENT",
    );
  });
  it("ACCESS_DENIED (403) for privacy officers and administrators", async () => {
    for (const role of ["PRIVACY_OFFICER", "ADMINISTRATOR"] as const) {
      await expectError(await post(mig(), RECORD, recordParameters(ordinary()), await token({ role })), 403, "ACCESS_DENIED");
    }
  });
  it("INVALID_PARAMETER (422) for unknown parameters and bad searches", async () => {
    await expectError(
      await post(mig(), RECORD, recordParameters(ordinary(), [{ name: "includeEverything" }]), bearer),
      422,
      "INVALID_PARAMETER",
    );
    await expectError(await get(mig(), "/Patient?family=Smith", bearer), 422, "INVALID_PARAMETER");
    await expectError(await get(mig(), "/Patient?name=Smith", bearer), 422, "INVALID_PARAMETER");
  });
  it("INVALID_IDENTIFIER_SYSTEM (422)", async () => {
    await expectError(await get(mig(), "/Patient?identifier=urn:other|9681174003", bearer), 422, "INVALID_IDENTIFIER_SYSTEM");
  });
  it("INVALID_RESOURCE (422) when the body is not Parameters", async () => {
    await expectError(await post(mig(), RECORD, { resourceType: "Patient" }, bearer), 422, "INVALID_RESOURCE");
  });
  it("BAD_REQUEST (400) for a body that is not JSON", async () => {
    await expectError(await post(mig(), RECORD, "{not json", bearer), 400, "BAD_REQUEST");
  });
  it("NOT_FOUND (404) for an unknown route; admin is off by default", async () => {
    await expectError(await get(mig(), "/Observation", bearer), 404, "NOT_FOUND");
    await expectError(await get(mig(), "/admin/faults"), 404, "NOT_FOUND");
  });
  it("PRACTICE_UNAVAILABLE (503) for the offline demo practice", async () => {
    await expectError(await post(mig(), RECORD, recordParameters(demoNhsNumber("offline-practice")), bearer), 503, "PRACTICE_UNAVAILABLE");
  });
});
