// The running production server (scripts/serve.ts in front of Next.js) tried as an attacker would, over HTTP:
// malformed percent-encoding, NUL bytes and junk in any path, malformed Referer, oversized bodies, spoofed
// forwarding headers, and a session cookie copied before sign-out. No answer may be a 5xx or carry driver or
// stack text. Property-based (fast-check) over raw request paths and headers.
import fc from "fast-check";
import http from "node:http";
import { expect, test } from "../support/fixtures";
import { request as playwrightRequest } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-users";

const LEAK = /\bat [\w$.<>]+ \(|node_modules|Prisma|invalid byte sequence|ECONNREFUSED|TypeError|DriverAdapter/i;
const PAGES = [
  "/",
  "/sign-in",
  "/patients",
  "/patients/9681174003",
  "/patients/9681174003/medications",
  "/audit",
  "/audit/alerts",
  "/audit/safety-concerns",
  "/safety-concern",
  "/admin",
  "/launch",
  "/launch/refused",
];
const APIS = [
  "/api/health",
  "/api/alerts",
  "/api/audit/events",
  "/api/audit/export",
  "/api/patients/9681174003/sections/summary",
  "/api/patients/9681174003/central-summary",
  "/api/patients/search",
  "/api/safety-concerns",
  "/api/alerts/00000000-0000-4000-8000-000000000000/review",
  "/api/safety-concerns/00000000-0000-4000-8000-000000000000/review",
  "/api/admin/users/nurse/unlock",
  "/api/auth/session",
  "/api/auth/csrf",
];

type Raw = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** A request exactly as written: no URL normalisation, so malformed encodings reach the server as sent. */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Raw> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function expectNoServerError(response: Raw, what: string): void {
  expect(response.status, `${what} → ${response.status}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
  if (response.status >= 400) expect(response.body, what).not.toMatch(LEAK);
}

async function signIn(baseURL: string, username: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await context.post("/api/auth/callback/credentials", {
    headers: { origin: new URL(baseURL).origin },
    form: { username, password: DEMO_PASSWORD, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(callback.status()).toBe(200);
  return context;
}

test.describe("hostile input to the running server", () => {
  test("malformed percent-encoding and NUL bytes in any path answer 400, signed in or not", async ({ baseURL }) => {
    const context = await signIn(baseURL!, "privacy.officer");
    const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    for (const base of [...PAGES, ...APIS]) {
      for (const junk of ["%C0%AE%C0%AE", "%", "%zz", "%00", "%E0%A4%A"]) {
        for (const headers of [{}, { cookie }] as Record<string, string>[]) {
          const response = await raw(baseURL!, "GET", `${base}/${junk}`, headers);
          expectNoServerError(response, `GET ${base}/${junk}`);
        }
      }
    }
    expect((await raw(baseURL!, "GET", "/api/patients/%C0%AE%C0%AE/sections/summary")).status).toBe(400);
    await context.dispose();
  });

  test("any path, query and header a client can send gets no 5xx (fast-check)", async ({ baseURL }) => {
    // A clinician who never opens this patient's record in any journey: a hostile request that happens to form a
    // valid record address is refused or asks why, and leaves no record view that no browser saw.
    const context = await signIn(baseURL!, "paramedic");
    const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const printable = fc.array(fc.integer({ min: 0x21, max: 0x7e }), { maxLength: 24 }).map((codes) => String.fromCharCode(...codes));
    const segment = fc.oneof(
      printable,
      fc.constantFrom("%C0%AE", "%", "%zz", "%00", "%FF", "..", "%2e%2e", "9681174003", "sections", "summary", "api", "patients", "audit"),
    );
    const headerValue = fc.oneof(
      fc.array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes).trim()),
      fc.constantFrom("http://[::1", "%%%", "null", "http://evil.example"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAGES, ...APIS),
        fc.array(segment, { maxLength: 3 }),
        fc.option(fc.tuple(printable, printable)),
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "OPTIONS"),
        fc.option(headerValue),
        fc.option(headerValue),
        fc.boolean(),
        fc.boolean(),
        async (base, segments, pair, method, referer, forwarded, signedIn, declareLength) => {
          const path = `${base}${segments.length ? `/${segments.join("/")}` : ""}${pair ? `?${pair[0]}=${pair[1]}` : ""}`;
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (referer !== null) headers.referer = referer;
          if (forwarded !== null) headers["x-forwarded-for"] = forwarded;
          if (signedIn) headers.cookie = cookie;
          const body = method === "GET" || method === "OPTIONS" ? undefined : "{}";
          if (body !== undefined && declareLength) headers["content-length"] = String(body.length);
          const response = await raw(baseURL!, method, path, headers, body);
          expectNoServerError(response, `${method} ${path}`);
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300), endOnFailure: true },
    );
    await context.dispose();
  });

  test("a body over the documented limit is refused with 413 before it is read", async ({ baseURL }) => {
    const big = Buffer.alloc(100 * 1024 * 1024, 0x20);
    const started = Date.now();
    const response = await raw(baseURL!, "POST", "/api/patients/search", {
      "content-type": "application/json",
      "content-length": String(big.length),
    }).catch(() => null);
    // The server answers at once from the declared length (the client may not even get to send the body).
    if (response) expect(response.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(10_000);
    // A body that does not declare its length (chunked) is refused before it is read.
    const chunked = await raw(
      baseURL!,
      "POST",
      "/api/auth/callback/credentials",
      { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
      "a=".padEnd(200_000, "x"),
    );
    expect(chunked.status).toBe(411);
    const declared = await raw(
      baseURL!,
      "POST",
      "/api/patients/search",
      { "content-type": "application/json", "content-length": String(70 * 1024) },
      "x".repeat(70 * 1024),
    );
    expect(declared.status).toBe(413);
  });

  test("a copied session cookie is refused on its next request after sign-out", async ({ baseURL }) => {
    const context = await signIn(baseURL!, "privacy.officer");
    const copy = await playwrightRequest.newContext({ baseURL, storageState: await context.storageState() });
    expect((await copy.get("/api/alerts")).status()).toBe(200);
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect(
      (
        await context.post("/api/auth/signout", { headers: { origin: new URL(baseURL!).origin }, form: { csrfToken, json: "true" } })
      ).status(),
    ).toBe(200);
    const refused = await copy.get("/api/alerts");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const page = await copy.get("/audit", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toContain("/sign-in");
    await Promise.all([copy.dispose(), context.dispose()]);
  });
});
