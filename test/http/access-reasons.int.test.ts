// The access-decision route with the issue 18 reasons, end to end (real route, database and mock MIG; only the
// session faked): consent given by an attorney is consent, with who gave it kept and audited; a deceased patient's
// record opens for a stated purpose, audited under its own action, and that reason is refused for a living patient.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, backendTitle } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { createActor, fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { GET: getSection } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");
const APP = "http://localhost:3000";
const DECEASED = "9671091849"; // BOOTHROYD, deceased demo patient
const LIVING = "9681174003"; // ARKWRIGHT
const FRAIL = "9663944528"; // MARGERISON, has a lasting power of attorney

const decide = (nhsNumber: string, body: unknown) =>
  postAccess(
    new Request(`${APP}/api/patients/${nhsNumber}/access`, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ nhsNumber }) },
  );

useMig({}, { forApp: true });
const backend = BACKENDS[0]!;

describe(`access reasons on ${backendTitle(backend)}`, () => {
  const app = setUpAppDatabase(backend);

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RX4", name: "Test OOH", kind: "OUT_OF_HOURS" } });
    fakeSession.actor = await createActor(prisma, organisation, "reasons.tester", "OOH_GP");
  });

  it("opens a deceased patient's record for the coroner, audited under its own action with the purpose", async () => {
    const response = await decide(DECEASED, { decision: "DECEASED_PATIENT", purpose: "coroner" });
    expect(response.status).toBe(201);
    const { prisma } = app();
    const episode = await prisma.accessEpisode.findFirst({ where: { patientNhsNumber: DECEASED } });
    expect(episode).toMatchObject({ decision: "DECEASED_PATIENT", accessPurpose: "coroner", consentGivenBy: null });
    const event = await prisma.auditEvent.findFirst({ where: { action: "DECEASED_PATIENT", patientNhsNumber: DECEASED } });
    expect(event).toMatchObject({ outcome: "SUCCESS", accessEpisodeId: episode!.id, detail: { purpose: "For the coroner" } });
    // No alert: it is a stated, legitimate purpose, shown in the audit trail rather than raised as an override.
    expect(await prisma.alert.count({ where: { accessEpisodeId: episode!.id } })).toBe(0);
    const view = await getSection(new Request(`${APP}/api/patients/${DECEASED}/sections/summary`), {
      params: Promise.resolve({ nhsNumber: DECEASED, section: "summary" }),
    });
    expect(view.status).toBe(200);
  });

  it("refuses the deceased-patient reason for a patient the gateway records as alive, opening no episode", async () => {
    const response = await decide(LIVING, { decision: "DECEASED_PATIENT", purpose: "certification" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { fields: { decision: expect.stringMatching(/not record this patient as having died/) } },
    });
    expect(await app().prisma.accessEpisode.count({ where: { patientNhsNumber: LIVING } })).toBe(0);
  });

  it("keeps who gave consent when an attorney gives it, and audits it", async () => {
    const response = await decide(FRAIL, { decision: "CONSENT_GIVEN", givenBy: "lasting-power-of-attorney" });
    expect(response.status).toBe(201);
    const { prisma } = app();
    expect(await prisma.accessEpisode.findFirst({ where: { patientNhsNumber: FRAIL } })).toMatchObject({
      decision: "CONSENT_GIVEN",
      consentGivenBy: "lasting-power-of-attorney",
    });
    const event = await prisma.auditEvent.findFirst({ where: { action: "CONSENT_GIVEN", patientNhsNumber: FRAIL } });
    expect(event?.detail).toEqual({ consentGivenBy: expect.stringMatching(/lasting power of attorney/) });
  });
});
