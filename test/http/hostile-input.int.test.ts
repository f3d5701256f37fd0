// Property-based (fast-check): thousands of hostile inputs sent to every route handler in-process, on a real
// database and the real mock MIG, signed in as a clinician and as the privacy officer. No input may produce a
// 5xx (bar the gateway's own "practice unavailable" demo condition), and no failure may leak a stack trace,
// driver or framework text. Malformed percent-encoding in the path itself never reaches a handler: the app
// server (scripts/serve.ts) answers it 400, tested with the server in e2e/specs/hostile-input.spec.ts.
// Issue 18 added the newer doors: POST /launch, the central summary, safety-concern reports and reviews, the
// administrator's lock-out clearing, the trace search's fields and the follow-up owner and due date on alerts.
// Each answers a specific 4xx (or, for /launch, the refusal page), never a stack trace; what is accepted is kept
// exactly as sent (nothing lost or silently changed); and nothing the servers log carries patient data.
// FAST_CHECK_RUNS sets the runs per property (default 300: about 4,000 requests over fourteen properties).
import fc from "fast-check";
import { NextRequest } from "next/server";
import pino from "pino";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { OVERRIDE_REASONS } from "../../lib/domain/access/access-reasons";
import type { Actor } from "../../lib/server/auth/session";
import { BACKENDS } from "../db/databases";
import { startMig, type RunningMig } from "../mig/helpers";
import { setUpAppDatabase } from "../support/app-database";
import { fakeSession, createActor } from "../support/fake-session";

vi.hoisted(() => {
  // Limits are not under test here: keep the handlers' deeper paths reachable for every run.
  for (const name of ["RATE_LIMIT_SEARCH", "RATE_LIMIT_ACCESS_DECISION"]) process.env[name] = "1000000";
  // Every log line is produced (and captured below, not printed), so the check for patient data sees all of them.
  process.env.LOG_LEVEL = "debug";
});
vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { GET: getSection } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { POST: postSearch } = await import("../../app/api/patients/search/route");
const { GET: getAlerts } = await import("../../app/api/alerts/route");
const { POST: postReview } = await import("../../app/api/alerts/[alertId]/review/route");
const { GET: getAuditEvents } = await import("../../app/api/audit/events/route");
const { GET: getAuditExport } = await import("../../app/api/audit/export/route");
const { GET: getCentralSummary } = await import("../../app/api/patients/[nhsNumber]/central-summary/route");
const { POST: postConcern } = await import("../../app/api/safety-concerns/route");
const { POST: postConcernReview } = await import("../../app/api/safety-concerns/[concernId]/review/route");
const { POST: postUnlock } = await import("../../app/api/admin/users/[username]/unlock/route");
const { POST: postLaunch, GET: getLaunch } = await import("../../app/launch/route");
const { logger } = await import("../../lib/server/log/logger");
const { LAUNCH_REFUSALS } = await import("../../lib/domain/launch/launch-refusals");

const APP = "http://localhost:3000";
const PATIENT = "9681174003";
const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 300);
const LEAK =
  /\bat [\w$.<>]+ \(|node_modules|Prisma|prisma|invalid byte sequence|ECONNREFUSED|TypeError|SyntaxError|RangeError|stack|postgres|PGlite|DriverAdapter/i;

// Hostile text: anything at all (lone surrogates and NUL included), and the classics.
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "%C0%AE%C0%AE",
    "%",
    "%zz",
    "\u0000",
    "abc\u0000def",
    "..%2f..%2fetc%2fpasswd",
    "../../etc/passwd",
    `${PATIENT}\u0000`,
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\uD800",
    "\u202Egnp.exe",
    "9".repeat(400),
    "x".repeat(70_000),
    "__proto__",
    "constructor",
  ),
);
// Nearly valid bodies with one hostile field: the inputs most likely to get past validation to the database.
const controlled = fc
  .tuple(hostile, fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u2028", "\r\n", ""), hostile)
  .map(([a, c, b]) => `${a}${c}${b}`);
const nearlyValidOverride = fc
  .record({ reason: fc.constantFrom(...OVERRIDE_REASONS), detail: controlled.map((v) => `Unresponsive on arrival ${v}`) })
  .map((v) => JSON.stringify({ decision: "EMERGENCY_OVERRIDE", ...v }));
const nearlyValidReview = fc
  .record({ outcome: fc.constantFrom("APPROPRIATE", "NEEDS_FOLLOW_UP"), note: controlled })
  .map((v) => JSON.stringify(v));
// Header values a client can actually send (visible ASCII and Latin-1), including malformed URLs.
const headerValue = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("http://localhost:3000") },
  fc.array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 60 }).map((codes) => String.fromCharCode(...codes).trim()),
  fc.constantFrom(
    "http://[::1",
    "%%%",
    "null",
    "http://localhost:3000",
    "http://localhost:3000/patients",
    "javascript:alert(1)",
    "http://evil.example",
  ),
);
const jsonish = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .record({
      decision: fc.oneof(hostile, fc.constantFrom("CONSENT_GIVEN", "CONSENT_REFUSED", "EMERGENCY_OVERRIDE")),
      reason: fc.oneof(hostile, fc.constantFrom(...OVERRIDE_REASONS)),
      detail: fc.oneof(
        hostile,
        hostile.map((v) => `Unresponsive on arrival ${v}`),
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc.record({ outcome: fc.oneof(hostile, fc.constantFrom("APPROPRIATE", "NEEDS_FOLLOW_UP")), note: hostile }).map((v) => JSON.stringify(v)),
  fc
    .record({
      mode: fc.constantFrom("nhs-number", "demographics", "x"),
      nhsNumber: hostile,
      family: hostile,
      given: hostile,
      birthDate: hostile,
      postcode: hostile,
    })
    .map((v) => JSON.stringify(v)),
  fc.constant("x".repeat(100_000)),
);
// A name no patient has: if it ever reaches a log, a body was logged.
const MARKER = "Zebedee-Quorn";
const nearlyValidFollowUp = fc
  .record({
    outcome: fc.constant("NEEDS_FOLLOW_UP"),
    owner: fc.oneof(fc.constant("A&E clinical lead"), controlled, hostile),
    dueOn: fc.oneof(
      fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom("2027-02-31", "2027-02-29", "2028-02-29", "0000-01-01", "9999-12-31", "2027-1-5", " 2027-01-31 ", "31/01/2027", ""),
      hostile,
    ),
    note: fc.option(controlled, { nil: undefined }),
  })
  .map((v) => JSON.stringify(v));
const partialDate = fc.oneof(
  fc.integer({ min: 1800, max: 2200 }).map(String),
  fc.tuple(fc.integer({ min: 1880, max: 2030 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .tuple(fc.integer({ min: 1880, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("", "1945-02-30", "0000", "99999", "1945-7", "14/07/1945", "--"),
  hostile,
);
const nearlyValidTrace = fc
  .record({
    mode: fc.constant("demographics"),
    family: fc.oneof(
      fc.constantFrom(MARKER, "Arkwrite", "O'Neill", "Smith-Jones"),
      controlled.map((v) => `${MARKER}${v}`),
    ),
    given: fc.option(fc.oneof(fc.constant("David"), hostile), { nil: undefined }),
    birthDate: fc.option(partialDate, { nil: undefined }),
    gender: fc.option(fc.oneof(fc.constantFrom("female", "male", "", "other"), hostile), { nil: undefined }),
    postcode: fc.option(fc.oneof(fc.constantFrom("NG1 5FT", "NG1", "ng15ft", "N", ""), hostile), { nil: undefined }),
  })
  .map((v) => JSON.stringify(v));
const nearlyValidConcern = fc
  .record({
    page: fc.oneof(
      fc.constantFrom(`/patients/${PATIENT}/summary`, "/about", "/patients", "//evil.example", "https://evil.example/"),
      hostile.map((v) => `/patients/${v}`),
      hostile,
    ),
    concern: fc.oneof(
      controlled.map((v) => `${MARKER} saw ${v}`),
      hostile,
      fc.constant(" "),
    ),
  })
  .map((v) => JSON.stringify(v));
const nearlyValidConcernReview = fc
  .record({ outcome: fc.oneof(fc.constantFrom("NO_ACTION_NEEDED", "HAZARD_LOG_UPDATED", "OPEN"), hostile), note: fc.option(controlled) })
  .map((v) => JSON.stringify(v));
const contentType = fc.oneof(
  fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json", "text/plain", ""),
  headerValue,
);

const query = fc.array(
  fc.tuple(
    fc.oneof(hostile, fc.constantFrom("username", "nhsNumber", "ods", "action", "outcome", "from", "to", "upTo", "from", "issues")),
    hostile,
  ),
  { maxLength: 6 },
);

function safeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "x"; // a lone surrogate: the URL cannot carry it; the handler still gets it as a parameter
  }
}

function urlWith(path: string, pairs: [string, string][] = []): string {
  const search = new URLSearchParams(pairs).toString();
  return `${APP}${path}${search ? `?${search}` : ""}`;
}

function post(path: string, body: string, headers: Record<string, string>): Request {
  return new Request(urlWith(path), { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}

async function expectNoServerError(response: Response): Promise<void> {
  const text = await response.text();
  const gatewayDemoFailure = response.status === 503 && text.includes("PRACTICE_UNAVAILABLE");
  if (response.status >= 500 && !gatewayDemoFailure) throw new Error(`answered ${response.status}: ${text.slice(0, 300)}`);
  if (response.status >= 400) {
    expect(text).not.toMatch(LEAK);
    expect(JSON.parse(text)).toHaveProperty("error.code");
  }
}

// What the servers log, as pino writes it (after redaction): captured, not printed, and checked after every property.
const logged: string[] = [];
const stream = (logger as unknown as Record<symbol, { write: (line: string) => boolean }>)[pino.symbols.streamSym]!;
stream.write = (line: string) => {
  logged.push(line);
  return true;
};
function expectNoPatientDataLogged(): void {
  const numbers = logged.flatMap((line) => [...line.matchAll(/(?<![\d.])\d{10}(?![\d.])/g)].map((m) => m[0]));
  expect(numbers.filter(isValidNhsNumber), "NHS numbers in the logs").toEqual([]);
  expect(
    logged.filter((line) => line.includes(MARKER)),
    "request text in the logs",
  ).toEqual([]);
}

const backend = BACKENDS[0]!; // PGlite: the handlers are the same on both databases; PostgreSQL doubles the run time
let mig: RunningMig;
beforeAll(async () => {
  mig = await startMig();
  process.env.MIG_URL = mig.url;
});
afterAll(async () => {
  await mig?.close();
});

describe(`hostile input to every route handler on ${backend.name}`, () => {
  const app = setUpAppDatabase(backend);
  const actors: Record<"doctor" | "officer" | "admin", Actor> = {} as never;
  let alertId = "";
  let concernId = "";

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RH1", name: "Hostile Input Trust", kind: "ACUTE_TRUST" } });
    const make = (username: string, role: Actor["role"]) => createActor(prisma, organisation, username, role);
    actors.doctor = await make("hostile.doctor", "AE_DOCTOR");
    actors.officer = await make("hostile.officer", "PRIVACY_OFFICER");
    actors.admin = await make("hostile.admin", "ADMINISTRATOR");
    await make("locked.user", "NURSE");
    fakeSession.actor = actors.doctor;
    const override = await postAccess(
      post(
        `/api/patients/${PATIENT}/access`,
        JSON.stringify({
          decision: "EMERGENCY_OVERRIDE",
          reason: "Life-threatening emergency",
          detail: "Unresponsive on arrival in resus",
        }),
        { origin: APP },
      ),
      {
        params: Promise.resolve({ nhsNumber: PATIENT }),
      },
    );
    expect(override.status).toBe(201);
    alertId = (await prisma.alert.findFirstOrThrow()).id;
    const concern = await postConcern(
      post("/api/safety-concerns", JSON.stringify({ page: "/about", concern: "Seed concern" }), { origin: APP }),
      {
        params: Promise.resolve({}),
      },
    );
    expect(concern.status).toBe(201);
    concernId = ((await concern.json()) as { id: string }).id;
  });

  afterEach(() => {
    expectNoPatientDataLogged();
  });

  const settings = { numRuns: RUNS, endOnFailure: true };

  it("record sections: any NHS number, section and query", async () => {
    fakeSession.actor = actors.doctor;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostile, fc.constant(PATIENT)),
        fc.oneof(hostile, fc.constantFrom("summary", "medications", "allergies")),
        query,
        async (nhsNumber, section, pairs) => {
          const response = await getSection(
            new Request(urlWith(`/api/patients/${safeSegment(nhsNumber)}/sections/${safeSegment(section)}`, pairs)),
            { params: Promise.resolve({ nhsNumber, section }) },
          );
          await expectNoServerError(response);
        },
      ),
      settings,
    );
  });

  it("access decisions: any NHS number, body, Origin and Referer", async () => {
    fakeSession.actor = actors.doctor;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: fc.constant(PATIENT) }, { weight: 1, arbitrary: hostile }),
        fc.oneof({ weight: 3, arbitrary: nearlyValidOverride }, { weight: 2, arbitrary: jsonish }),
        fc.option(headerValue, { freq: 4 }),
        fc.option(headerValue),
        async (nhsNumber, body, origin, referer) => {
          const headers: Record<string, string> = {};
          if (origin !== null) headers.origin = origin;
          if (referer !== null) headers.referer = referer;
          const response = await postAccess(post(`/api/patients/${safeSegment(nhsNumber)}/access`, body, headers), {
            params: Promise.resolve({ nhsNumber }),
          });
          await expectNoServerError(response);
        },
      ),
      settings,
    );
  });

  it("patient search: any body", async () => {
    fakeSession.actor = actors.doctor;
    await fc.assert(
      fc.asyncProperty(jsonish, fc.option(headerValue), async (body, referer) => {
        const response = await postSearch(post("/api/patients/search", body, referer === null ? { origin: APP } : { referer }), {
          params: Promise.resolve({}),
        });
        await expectNoServerError(response);
      }),
      settings,
    );
  });

  it("alert review: any alert id and body", async () => {
    fakeSession.actor = actors.officer;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: fc.constant(alertId) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.uuid() }),
        fc.oneof({ weight: 3, arbitrary: nearlyValidReview }, { weight: 2, arbitrary: jsonish }),
        async (id, body) => {
          const response = await postReview(post(`/api/alerts/${safeSegment(id)}/review`, body, { origin: APP }), {
            params: Promise.resolve({ alertId: id }),
          });
          await expectNoServerError(response);
        },
      ),
      settings,
    );
  });

  it("audit search, export and the alert list: any query", async () => {
    fakeSession.actor = actors.officer;
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom(getAuditEvents, getAuditExport, getAlerts), async (pairs, handler) => {
        const response = await handler(new Request(urlWith("/api/audit/events", pairs)), { params: Promise.resolve({}) });
        await expectNoServerError(response);
      }),
      { ...settings, numRuns: Math.max(20, Math.floor(RUNS / 2)) },
    );
  });

  it("alert follow-up owner and due date: any value; what is accepted is stored exactly as sent", async () => {
    fakeSession.actor = actors.officer;
    const { prisma } = app();
    await fc.assert(
      fc.asyncProperty(nearlyValidFollowUp, async (body) => {
        const response = await postReview(post(`/api/alerts/${alertId}/review`, body, { origin: APP }), {
          params: Promise.resolve({ alertId }),
        });
        const sent = JSON.parse(body) as { owner: string; dueOn: string };
        if (response.status === 200) {
          const followUp = await prisma.alertFollowUp.findUniqueOrThrow({ where: { alertId } });
          expect(followUp.owner).toBe(sent.owner.trim());
          expect(followUp.dueOn.toISOString().slice(0, 10)).toBe(sent.dueOn.trim());
        } else {
          expect([400, 413]).toContain(response.status); // a field error, or a body over the size limit
        }
        await expectNoServerError(response);
      }),
      settings,
    );
  });

  it("trace search: any names, partial date of birth, gender and postcode", async () => {
    fakeSession.actor = actors.doctor;
    await fc.assert(
      fc.asyncProperty(nearlyValidTrace, async (body) => {
        const response = await postSearch(post("/api/patients/search", body, { origin: APP }), { params: Promise.resolve({}) });
        expect(response.status === 200 || (response.status >= 400 && response.status < 500) || response.status === 503).toBe(true);
        await expectNoServerError(response);
      }),
      settings,
    );
  });

  it("central summary: any NHS number and query", async () => {
    fakeSession.actor = actors.doctor;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.constant(PATIENT)), query, async (nhsNumber, pairs) => {
        const response = await getCentralSummary(new Request(urlWith(`/api/patients/${safeSegment(nhsNumber)}/central-summary`, pairs)), {
          params: Promise.resolve({ nhsNumber }),
        });
        await expectNoServerError(response);
      }),
      { ...settings, numRuns: Math.max(20, Math.floor(RUNS / 2)) },
    );
  });

  it("safety concern report: any page and text; what is accepted is stored exactly as sent", async () => {
    fakeSession.actor = actors.doctor;
    const { prisma } = app();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: nearlyValidConcern }, { weight: 1, arbitrary: jsonish }), async (body) => {
        const response = await postConcern(post("/api/safety-concerns", body, { origin: APP }), { params: Promise.resolve({}) });
        if (response.status === 201) {
          const { id } = (await response.clone().json()) as { id: string };
          const sent = JSON.parse(body) as { page: string; concern: string };
          const row = await prisma.safetyConcern.findUniqueOrThrow({ where: { id } });
          expect([row.page, row.concern]).toEqual([sent.page.trim(), sent.concern.trim()]);
        }
        await expectNoServerError(response);
      }),
      settings,
    );
  });

  it("safety concern review: any concern id and body", async () => {
    fakeSession.actor = actors.officer;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: fc.constant(concernId) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.uuid() }),
        fc.oneof({ weight: 3, arbitrary: nearlyValidConcernReview }, { weight: 1, arbitrary: jsonish }),
        async (id, body) => {
          const response = await postConcernReview(post(`/api/safety-concerns/${safeSegment(id)}/review`, body, { origin: APP }), {
            params: Promise.resolve({ concernId: id }),
          });
          await expectNoServerError(response);
        },
      ),
      settings,
    );
  });

  it("clearing a lock-out: any username, Origin and body", async () => {
    fakeSession.actor = actors.admin;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 2, arbitrary: fc.constantFrom("locked.user", " LOCKED.USER ", "nobody") }, { weight: 3, arbitrary: hostile }),
        fc.option(headerValue, { freq: 4 }),
        jsonish,
        async (username, origin, body) => {
          const response = await postUnlock(
            post(`/api/admin/users/${safeSegment(username)}/unlock`, body, origin === null ? {} : { origin }),
            { params: Promise.resolve({ username }) },
          );
          expect([200, 400, 403]).toContain(response.status);
          await expectNoServerError(response);
        },
      ),
      settings,
    );
  });

  it("launch: any body and content type sends the browser to a refusal it can explain, never an error", async () => {
    fakeSession.actor = null;
    const form = fc.oneof(
      hostile.map((v) => `launch_token=${safeSegment(v)}`),
      fc.tuple(hostile, hostile).map(([k, v]) => `${safeSegment(k)}=${safeSegment(v)}`),
      fc.constant("launch_token=eyJhbGciOiJIUzI1NiJ9.e30.x"),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(form, contentType, fc.option(headerValue), async (body, type, cookie) => {
        const headers: Record<string, string> = {};
        if (type) headers["content-type"] = type;
        if (cookie) headers.cookie = `authjs.session-token=${cookie}`;
        const response = await postLaunch(new NextRequest(`${APP}/launch`, { method: "POST", body, headers }));
        expect(response.status).toBe(303);
        const location = new URL(response.headers.get("location") ?? "");
        expect(location.pathname).toBe("/launch/refused");
        expect(LAUNCH_REFUSALS).toContain(location.searchParams.get("why"));
      }),
      settings,
    );
    const typed = await getLaunch();
    expect(typed.status).toBe(303);
  });

  it("a role that may not use a route gets 403 for any input, never more", async () => {
    fakeSession.actor = actors.officer;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (nhsNumber, section) => {
        const response = await getSection(
          new Request(urlWith(`/api/patients/${safeSegment(nhsNumber)}/sections/${safeSegment(section)}`)),
          { params: Promise.resolve({ nhsNumber, section }) },
        );
        expect(response.status).toBe(403);
      }),
      { ...settings, numRuns: Math.max(20, Math.floor(RUNS / 5)) },
    );
  });

  it("signed out, every route answers 401 whatever is sent", async () => {
    fakeSession.actor = null;
    await fc.assert(
      fc.asyncProperty(hostile, jsonish, async (param, body) => {
        const responses = await Promise.all([
          getSection(new Request(urlWith(`/api/patients/${safeSegment(param)}/sections/x`)), {
            params: Promise.resolve({ nhsNumber: param, section: "x" }),
          }),
          postAccess(post(`/api/patients/x/access`, body, { origin: APP }), { params: Promise.resolve({ nhsNumber: param }) }),
          postSearch(post("/api/patients/search", body, { origin: APP }), { params: Promise.resolve({}) }),
          postReview(post(`/api/alerts/x/review`, body, { origin: APP }), { params: Promise.resolve({ alertId: param }) }),
          getAuditEvents(new Request(urlWith("/api/audit/events", [["username", param]])), { params: Promise.resolve({}) }),
          getCentralSummary(new Request(urlWith(`/api/patients/${safeSegment(param)}/central-summary`)), {
            params: Promise.resolve({ nhsNumber: param }),
          }),
          postConcern(post("/api/safety-concerns", body, { origin: APP }), { params: Promise.resolve({}) }),
          postConcernReview(post(`/api/safety-concerns/x/review`, body, { origin: APP }), {
            params: Promise.resolve({ concernId: param }),
          }),
          postUnlock(post(`/api/admin/users/x/unlock`, body, { origin: APP }), { params: Promise.resolve({ username: param }) }),
        ]);
        expect(responses.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401]);
      }),
      { ...settings, numRuns: Math.max(20, Math.floor(RUNS / 5)) },
    );
  });

  it("the log check above is real: it saw the lines the handlers logged", () => {
    expect(logged.length).toBeGreaterThan(0);
  });
});
