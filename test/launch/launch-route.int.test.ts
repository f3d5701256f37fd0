// POST /launch in-process with hostile input (fast-check): any body, any content type, any JWT-shaped string. Every
// answer is a 303 to the refusal page with a known reason (never a 5xx, never a session cookie), and each refusal
// with a token is audited as LAUNCH_REFUSED. No host is registered here, so nothing can be let in.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { isLaunchRefusal } from "../../lib/domain/launch/launch-refusals";
import { BACKENDS } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 100);
const APP = "http://localhost:3000";
const { POST, GET } = await import("../../app/launch/route");

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const jwtShaped = fc
  .tuple(
    fc.oneof(fc.constant({ alg: "ES256" }), fc.constant({ alg: "none" }), fc.constant({ alg: "HS256" }), fc.jsonValue()),
    fc.oneof(fc.jsonValue(), fc.record({ iss: fc.string(), jti: fc.string(), nhs_number: fc.string(), exp: fc.integer() })),
    fc.string(),
  )
  .map(([h, p, s]) => `${b64(h)}.${b64(p)}.${b64(s)}`);
const token = fc.oneof(jwtShaped, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 100 }));
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json",
  "text/plain",
  "",
);

function refusalOf(response: Response): string | null {
  const location = response.headers.get("location");
  if (!location) return null;
  const url = new URL(location);
  return url.pathname === "/launch/refused" ? url.searchParams.get("why") : null;
}

describe(`POST /launch with hostile input on ${BACKENDS[0]!.name}`, () => {
  const app = setUpAppDatabase(BACKENDS[0]!);
  beforeAll(() => {
    delete process.env.LAUNCH_HOSTS_FILE;
  });

  it("always answers 303 to the refusal page with a known reason, and never sets a session", async () => {
    await fc.assert(
      fc.asyncProperty(token, contentType, async (value, type) => {
        const body = type.startsWith("application/x-www-form-urlencoded") ? new URLSearchParams({ launch_token: value }).toString() : value;
        const response = await POST(
          new NextRequest(`${APP}/launch`, { method: "POST", body, headers: type ? { "content-type": type } : {} }),
        );
        expect(response.status).toBe(303);
        expect(isLaunchRefusal(refusalOf(response))).toBe(true);
        expect(response.headers.get("set-cookie") ?? "").not.toMatch(/session-token/);
      }),
      { numRuns: RUNS },
    );
  });

  it("audits a refused token without believing anything in it", async () => {
    const before = await app().prisma.auditEvent.count({ where: { action: "LAUNCH_REFUSED" } });
    const forged = `${b64({ alg: "ES256" })}.${b64({ iss: "https://nobody.test", nhs_number: "9681174003", sub: "1" })}.${b64("sig")}`;
    const response = await POST(
      new NextRequest(`${APP}/launch`, {
        method: "POST",
        body: new URLSearchParams({ launch_token: forged }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(refusalOf(response)).toBe("unknown-issuer");
    const events = await app().prisma.auditEvent.findMany({ where: { action: "LAUNCH_REFUSED" }, orderBy: { seq: "asc" } });
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({ patientNhsNumber: null, username: null, userId: null, detail: { why: "unknown-issuer" } });
  });

  it("sends a GET (a typed or bookmarked address) to the refusal page", () => {
    expect(refusalOf(GET())).toBe("no-token");
  });
});
