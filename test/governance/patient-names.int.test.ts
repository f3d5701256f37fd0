// Names next to ids on the governance screens (issue 18), end to end: real route handlers, a real database and the
// real mock MIG over HTTP, only the session faked. The audit trail, the override alerts and the safety concerns show
// "SURNAME, Given (NHS number)" from the gateway's demographics; when the gateway cannot be reached each keeps its NHS
// number and says why. The screen's own AUDIT_SEARCH event names the patients it named; no lookup writes an event
// of its own (no RECORD_VIEW, no PATIENT_SEARCH). Empty cells stay empty: no "None", "null" or "undefined".
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AlertCard } from "../../components/governance/alert-card";
import { AuditEventsTable } from "../../components/governance/audit-events-table";
import { SafetyConcernCard } from "../../components/governance/safety-concern-card";
import type { AlertList, AuditSearchResult } from "../../lib/domain/governance/views";
import { auditActor, recordAuditEvent } from "../../lib/server/audit/record-audit-event";
import type { Actor } from "../../lib/server/auth/actor";
import { reportSafetyConcern } from "../../lib/server/governance/report-safety-concern";
import { listSafetyConcerns } from "../../lib/server/governance/safety-concerns";
import { createActor } from "../builders/actors";
import { render } from "../builders/view-models/render";
import { BACKENDS, backendTitle } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));
// The review forms on the cards are client components; rendered once on the server here, they need a router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));

const { GET: getAuditEvents } = await import("../../app/api/audit/events/route");
const { GET: getAlerts } = await import("../../app/api/alerts/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");

const APP = "http://localhost:3000";
// Demo patients of the mock MIG (mock-mig/scenarios.json).
const ARKWRIGHT = "9681174003"; // ARKWRIGHT, David John (Mr)
const MARGERISON = "9663944528"; // MARGERISON, Edith May (Mrs)
const EMPTY_WORDS = /\b(None|null|undefined)\b/;

async function json<T>(response: Response): Promise<T> {
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}
const auditFor = (nhsNumber: string) =>
  getAuditEvents(new Request(`${APP}/api/audit/events?nhsNumber=${nhsNumber}`), { params: Promise.resolve({}) }).then((r) =>
    json<AuditSearchResult>(r),
  );
const alerts = () => getAlerts(new Request(`${APP}/api/alerts`), { params: Promise.resolve({}) }).then((r) => json<AlertList>(r));

const mig = useMig({}, { forApp: true });

const backend = BACKENDS[0]!; // PGlite: the lookups are the same on both databases

describe(`patient and user names on the governance screens on ${backendTitle(backend)}`, () => {
  const app = setUpAppDatabase(backend);
  const actors = {} as Record<"doctor" | "officer", Actor>;
  const eventCount = (action: "RECORD_VIEW" | "PATIENT_SEARCH") => app().prisma.auditEvent.count({ where: { action } });

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RN1", name: "Names Test Trust", kind: "ACUTE_TRUST" } });
    actors.doctor = await createActor(prisma, organisation, "names.doctor", "AE_DOCTOR");
    actors.officer = await createActor(prisma, organisation, "names.officer", "PRIVACY_OFFICER");
    await prisma.user.update({ where: { id: actors.doctor.userId }, data: { displayName: "Dr Nadia Okafor" } });
    fakeSession.actor = actors.doctor;
    const override = await postAccess(
      new Request(`${APP}/api/patients/${ARKWRIGHT}/access`, {
        method: "POST",
        headers: { origin: APP, "content-type": "application/json" },
        body: JSON.stringify({
          decision: "EMERGENCY_OVERRIDE",
          reason: "Life-threatening emergency",
          detail: "Collapsed in the waiting room",
        }),
      }),
      { params: Promise.resolve({ nhsNumber: ARKWRIGHT }) },
    );
    expect(override.status).toBe(201);
    for (let n = 0; n < 3; n++)
      await recordAuditEvent({
        ...auditActor(actors.doctor),
        action: "RECORD_VIEW",
        outcome: "SUCCESS",
        patientNhsNumber: ARKWRIGHT,
        detail: { n },
      });
    await reportSafetyConcern(actors.doctor, { page: `/patients/${MARGERISON}/summary`, concern: "The allergy list looked short." });
    await reportSafetyConcern(actors.doctor, { page: "/about", concern: "No patient on this one." });
    fakeSession.actor = actors.officer;
  });

  it("the audit trail shows the user's and the patient's name next to their ids, covered by the search's own event", async () => {
    const views = await eventCount("RECORD_VIEW");
    const searches = await eventCount("PATIENT_SEARCH");
    const result = await auditFor(ARKWRIGHT);
    expect(result.events.length).toBeGreaterThanOrEqual(4);
    for (const event of result.events.filter((e) => e.username === "names.doctor")) {
      expect(event.userDisplayName).toBe("Dr Nadia Okafor");
      expect(event.patient).toEqual({ nhsNumber: ARKWRIGHT, name: "ARKWRIGHT, David John", unavailable: null });
    }
    // Naming patients is covered by the officer's AUDIT_SEARCH event: no record view and no patient search of its own.
    expect(await eventCount("RECORD_VIEW")).toBe(views);
    expect(await eventCount("PATIENT_SEARCH")).toBe(searches);
    const own = await app().prisma.auditEvent.findFirstOrThrow({ where: { action: "AUDIT_SEARCH" }, orderBy: { seq: "desc" } });
    expect(own).toMatchObject({ username: "names.officer", patientNhsNumber: ARKWRIGHT });
    expect(own.detail).toMatchObject({ patientsNamed: [ARKWRIGHT] });

    const { text } = render(createElement(AuditEventsTable, { events: result.events, caption: "Audit events" }));
    expect(text).toContain("Dr Nadia Okafor (names.doctor)");
    expect(text).toContain("ARKWRIGHT, David John (968 117 4003)");
    expect(text).not.toMatch(EMPTY_WORDS);
  });

  it("the alerts and safety concerns name the patient next to the NHS number; a concern with no patient leaves it empty", async () => {
    const list = await alerts();
    const alert = list.alerts.find((a) => a.patientNhsNumber === ARKWRIGHT);
    expect(alert?.patient).toEqual({ nhsNumber: ARKWRIGHT, name: "ARKWRIGHT, David John", unavailable: null });
    const alertText = render(createElement(AlertCard, { alert: alert! })).text;
    expect(alertText).toContain("Dr Nadia Okafor – patient ARKWRIGHT, David John (968 117 4003)");
    expect(alertText).not.toMatch(EMPTY_WORDS);

    const { concerns } = await listSafetyConcerns(actors.officer);
    const named = concerns.find((c) => c.patientNhsNumber === MARGERISON);
    expect(named?.patient).toEqual({ nhsNumber: MARGERISON, name: "MARGERISON, Edith May", unavailable: null });
    expect(render(createElement(SafetyConcernCard, { concern: named! })).text).toContain("MARGERISON, Edith May (966 394 4528)");
    const none = concerns.find((c) => c.patientNhsNumber === null);
    expect(none?.patient).toBeNull();
    expect(render(createElement(SafetyConcernCard, { concern: none! })).text).not.toMatch(EMPTY_WORDS);
    const own = await app().prisma.auditEvent.findFirstOrThrow({ where: { action: "AUDIT_SEARCH" }, orderBy: { seq: "desc" } });
    expect(own.detail).toMatchObject({ view: "safety-concerns", patientsNamed: [MARGERISON] });
  });

  it("when the gateway is unreachable every screen still answers, each patient keeps the NHS number and says why", async () => {
    await mig().close(); // the gateway goes away: connections are refused from here on
    const result = await auditFor(ARKWRIGHT);
    const event = result.events.find((e) => e.username === "names.doctor");
    expect(event?.patient).toEqual({ nhsNumber: ARKWRIGHT, name: null, unavailable: "unreachable" });
    expect(event?.userDisplayName).toBe("Dr Nadia Okafor");
    const { text } = render(createElement(AuditEventsTable, { events: result.events, caption: "Audit events" }));
    expect(text).toContain("968 117 4003 — name not available — gateway unreachable");
    expect(text).not.toContain("ARKWRIGHT");
    const own = await app().prisma.auditEvent.findFirstOrThrow({ where: { action: "AUDIT_SEARCH" }, orderBy: { seq: "desc" } });
    expect(own.detail).toMatchObject({ patientsNamed: [] });

    const alert = (await alerts()).alerts.find((a) => a.patientNhsNumber === ARKWRIGHT);
    expect(render(createElement(AlertCard, { alert: alert! })).text).toContain("968 117 4003 — name not available — gateway unreachable");
    const { concerns } = await listSafetyConcerns(actors.officer);
    expect(concerns.find((c) => c.patientNhsNumber === MARGERISON)?.patient).toMatchObject({ name: null, unavailable: "unreachable" });
  });
});
