// The viewer's central-summary route end to end (real route handler, real database, the real mock MIG over HTTP,
// only the session faked): for a patient whose practice is offline the record fails but the central summary is
// served, labelled and dated, after an access decision only, and audited as a record view before it is sent.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, backendTitle } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { createActor, fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { GET: getSummary } = await import("../../app/api/patients/[nhsNumber]/central-summary/route");
const { GET: getSection } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { POST: postSearch } = await import("../../app/api/patients/search/route");

const APP = "http://localhost:3000";
const OFFLINE = "9674549269"; // SHACKLETON, practice Y90143 offline by default

const summary = (nhsNumber: string) =>
  getSummary(new Request(`${APP}/api/patients/${nhsNumber}/central-summary`), { params: Promise.resolve({ nhsNumber }) });
const section = (nhsNumber: string, name: string) =>
  getSection(new Request(`${APP}/api/patients/${nhsNumber}/sections/${name}`), { params: Promise.resolve({ nhsNumber, section: name }) });
const post = (path: string, body: unknown) =>
  new Request(`${APP}${path}`, {
    method: "POST",
    headers: { origin: APP, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

useMig({}, { forApp: true });
const backend = BACKENDS[0]!;

describe(`central summary route on ${backendTitle(backend)}`, () => {
  const app = setUpAppDatabase(backend);

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RX3", name: "Test ED", kind: "ACUTE_TRUST" } });
    fakeSession.actor = await createActor(prisma, organisation, "summary.tester", "OOH_GP");
  });

  it("refuses before an access decision, and audits the refusal", async () => {
    const response = await summary(OFFLINE);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "NO_ACCESS_EPISODE" } });
    const denied = await app().prisma.auditEvent.findMany({ where: { action: "ACCESS_DENIED", patientNhsNumber: OFFLINE } });
    expect(denied).toHaveLength(1);
  });

  it("[HZ-EVID:central-summary-audited] serves the labelled, dated summary when the practice is offline, audited as a record view first", async () => {
    const access = await postAccess(post(`/api/patients/${OFFLINE}/access`, { decision: "CONSENT_GIVEN" }), {
      params: Promise.resolve({ nhsNumber: OFFLINE }),
    });
    expect(access.status).toBe(201);
    expect((await section(OFFLINE, "summary")).status).toBe(503);

    const response = await summary(OFFLINE);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = (await response.json()) as {
      auditEventId: string;
      summary: { label: string; lastUpdated: string; age: string; medicationIncluded: boolean; currentRepeat: unknown[] };
    };
    expect(body.summary.label).toBe("Central summary — not the live GP record");
    expect(body.summary.lastUpdated).toMatch(/^\d{2}-[A-Z][a-z]{2}-\d{4}$/);
    expect(body.summary.age).toMatch(/days? old|updated today/);
    expect(body.summary.medicationIncluded).toBe(true);
    const event = await app().prisma.auditEvent.findUnique({ where: { id: body.auditEventId } });
    expect(event).toMatchObject({
      action: "RECORD_VIEW",
      outcome: "SUCCESS",
      patientNhsNumber: OFFLINE,
      detail: { section: "central-summary" },
    });
  });

  it("gives the practice's phone number and out-of-hours arrangements with a search result", async () => {
    const response = await postSearch(post("/api/patients/search", { mode: "nhs-number", nhsNumber: OFFLINE }), {
      params: Promise.resolve({}),
    });
    const body = (await response.json()) as { patients: { registeredPractice: { odsCode: string; phone: string; outOfHours: string } }[] };
    expect(body.patients[0]?.registeredPractice).toMatchObject({
      odsCode: "Y90143",
      phone: expect.stringMatching(/^01632 960\d{3}$/),
      outOfHours: expect.stringMatching(/NHS 111/),
    });
  });
});
