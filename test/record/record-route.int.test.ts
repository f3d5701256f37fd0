// The record-section route handler end to end on a real database and the real mock MIG over HTTP, with only
// the session faked: exactly one audit event per view, refusals audited, and failing closed when the audit
// write fails or the database is down (no record leaves the server either way).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { createPrismaClient } from "../../lib/server/db/client";
import { BACKENDS, backendTitle } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { GET: getSection } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");

const PATIENT = "9681174003"; // the ordinary demo patient
const OTHER_PATIENT = "9663944528"; // never consented to in these tests
const LONG_RECORD = "9671762425"; // the very long record demo patient
const APP = "http://localhost:3000";
const UNKNOWN_PATIENT = "4000000004"; // a valid NHS number outside the mock gateway's population

function sectionRequest(nhsNumber: string, section: string, query = "") {
  return getSection(new Request(`${APP}/api/patients/${nhsNumber}/sections/${section}${query}`), {
    params: Promise.resolve({ nhsNumber, section }),
  });
}

function decide(nhsNumber: string, decision: unknown) {
  return postAccess(
    new Request(`${APP}/api/patients/${nhsNumber}/access`, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: JSON.stringify(decision),
    }),
    { params: Promise.resolve({ nhsNumber }) },
  );
}

function consent(nhsNumber: string) {
  return decide(nhsNumber, { decision: "CONSENT_GIVEN" });
}

const mig = useMig({}, { forApp: true });

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`record section route on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);

    beforeAll(async () => {
      const { prisma } = app();
      const organisation = await prisma.organisation.create({
        data: { odsCode: "RX1", name: "Test Emergency Department", kind: "ACUTE_TRUST" },
      });
      const user = await prisma.user.create({
        data: {
          username: "route.tester",
          displayName: "Route Tester",
          passwordHash: "not-used",
          role: "AE_DOCTOR",
          organisationId: organisation.id,
        },
      });
      fakeSession.actor = {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        professionalCode: null,
        role: "AE_DOCTOR",
        organisation: { odsCode: organisation.odsCode, name: organisation.name },
      };
    });

    const recordViews = (prisma: PrismaClient, nhsNumber: string) =>
      prisma.auditEvent.findMany({ where: { action: "RECORD_VIEW", patientNhsNumber: nhsNumber }, orderBy: { seq: "asc" } });

    it("without an access episode, a crafted URL is refused and the attempt audited", async () => {
      const response = await sectionRequest(OTHER_PATIENT, "medications");
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "NO_ACCESS_EPISODE" } });
      const denied = await app().prisma.auditEvent.findMany({ where: { action: "ACCESS_DENIED", patientNhsNumber: OTHER_PATIENT } });
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        outcome: "DENIED",
        username: "route.tester",
        detail: { section: "medications", why: "no-access-episode" },
      });
      expect(await recordViews(app().prisma, OTHER_PATIENT)).toHaveLength(0);
    });

    it("after consent, each view returns the record, is not cached, and writes exactly one audit event [HZ-EVID:record-not-cached]", async () => {
      expect((await consent(PATIENT)).status).toBe(201);
      const sentIds: string[] = [];
      for (const section of ["summary", "medications", "medications"]) {
        const response = await sectionRequest(PATIENT, section);
        expect(response.status, section).toBe(200);
        expect(response.headers.get("cache-control")).toContain("no-store");
        const body = (await response.json()) as {
          section: string;
          auditEventId: string;
          record: { summary: unknown; sections: Record<string, unknown> };
        };
        expect(body.section).toBe(section);
        // Only what the page shows: the Summary's own lists, or the one section on screen.
        if (section === "summary") expect([body.record.summary === null, Object.keys(body.record.sections)]).toEqual([false, []]);
        else expect([body.record.summary, Object.keys(body.record.sections)]).toEqual([null, ["medications"]]);
        expect(response.headers.get("x-audit-event")).toBe(body.auditEventId);
        sentIds.push(body.auditEventId);
      }
      const views = await recordViews(app().prisma, PATIENT);
      expect(views.map((v) => v.id)).toEqual(sentIds);
      expect(views.map((v) => [v.outcome, (v.detail as { section: string }).section])).toEqual([
        ["SUCCESS", "summary"],
        ["SUCCESS", "medications"],
        ["SUCCESS", "medications"],
      ]);
      expect(new Set(views.map((v) => v.accessEpisodeId)).size).toBe(1);
    });

    it("a long record's medications open with the newest issues and the count; issues=all sends every one, audited as such", async () => {
      expect((await consent(LONG_RECORD)).status).toBe(201);
      type Body = { auditEventId: string; record: { issuesInRecord: number | null; sections: { medications: { issues: unknown[] } } } };
      const opened = (await (await sectionRequest(LONG_RECORD, "medications")).json()) as Body;
      const inRecord = opened.record.issuesInRecord ?? 0;
      expect(inRecord).toBeGreaterThan(1000);
      expect(opened.record.sections.medications.issues).toHaveLength(100);
      const all = (await (await sectionRequest(LONG_RECORD, "medications", "?issues=all")).json()) as Body;
      expect([all.record.issuesInRecord, all.record.sections.medications.issues.length]).toEqual([null, inRecord]);
      const views = await recordViews(app().prisma, LONG_RECORD);
      expect(views.map((v) => [v.id, v.detail])).toEqual([
        [opened.auditEventId, expect.not.objectContaining({ allIssues: true })],
        [all.auditEventId, expect.objectContaining({ section: "medications", allIssues: true })],
      ]);
      const wrong = await sectionRequest(LONG_RECORD, "medications", "?issues=some");
      expect(wrong.status).toBe(400);
      expect(await recordViews(app().prisma, LONG_RECORD)).toHaveLength(2);
      // Another page has nothing more to send: the flag is refused there, as the page refuses it, and nothing is audited.
      const problems = await sectionRequest(LONG_RECORD, "problems", "?issues=all");
      expect(problems.status).toBe(400);
      expect(await problems.json()).toMatchObject({
        error: { code: "INVALID_INPUT", fields: { issues: expect.stringContaining("always shows every item") } },
      });
      expect(await recordViews(app().prisma, LONG_RECORD)).toHaveLength(2);
    });

    it("when the audit event cannot be written, the record is not sent", async () => {
      const { prisma } = app();
      const before = (await recordViews(prisma, PATIENT)).length;
      // A fault only in the audit write: everything else in the database keeps working.
      await prisma.$executeRawUnsafe(
        `CREATE FUNCTION refuse_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store full'; END $$`,
      );
      await prisma.$executeRawUnsafe(
        `CREATE TRIGGER refuse_audit_insert BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION refuse_audit_insert()`,
      );
      try {
        const response = await sectionRequest(PATIENT, "medications");
        expect(response.status).toBe(503);
        const body = (await response.json()) as Record<string, unknown>;
        expect(body).toMatchObject({ error: { code: "AUDIT_UNAVAILABLE" } });
        expect(Object.keys(body)).toEqual(["error"]);
      } finally {
        await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit_insert ON "audit_event"`);
        await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_audit_insert()`);
      }
      expect(await recordViews(prisma, PATIENT)).toHaveLength(before);
    });

    it("an access decision for an NHS number the gateway does not know is refused, audited, and opens nothing", async () => {
      const { prisma } = app();
      const override = { decision: "EMERGENCY_OVERRIDE", reason: "Life-threatening emergency", detail: "Unresponsive on arrival in resus" };
      const response = await decide(UNKNOWN_PATIENT, override);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: expect.objectContaining({ code: "PATIENT_NOT_FOUND" }) });
      expect(await prisma.accessEpisode.count({ where: { patientNhsNumber: UNKNOWN_PATIENT } })).toBe(0);
      expect(await prisma.alert.count({ where: { accessEpisode: { patientNhsNumber: UNKNOWN_PATIENT } } })).toBe(0);
      const last = await prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
      expect(last).toMatchObject({
        action: "ACCESS_DENIED",
        patientNhsNumber: UNKNOWN_PATIENT,
        detail: { why: "unknown-patient", decision: "EMERGENCY_OVERRIDE" },
      });
    });

    it("a NUL byte in an override explanation is a field error, not a failed write", async () => {
      const { prisma } = app();
      const episodes = await prisma.accessEpisode.count();
      const response = await decide(OTHER_PATIENT, {
        decision: "EMERGENCY_OVERRIDE",
        reason: "Life-threatening emergency",
        detail: "Unresponsive\u0000 on arrival",
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: expect.objectContaining({ code: "INVALID_INPUT", fields: { detail: expect.stringMatching(/control/) } }),
      });
      expect(await prisma.accessEpisode.count()).toBe(episodes);
    });

    it("access decisions are rate-limited per user", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 25 && !statuses.includes(429); i++) statuses.push((await consent(PATIENT)).status);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(20);
    });

    it("with the database down, record requests fail closed before the gateway is asked", async () => {
      const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };
      const working = cache.__gatewayPrisma;
      // Nothing listens on port 1: the same answer a stopped PostgreSQL server gives.
      const down = createPrismaClient({ kind: "postgres", url: "postgresql://viewer:viewer@127.0.0.1:1/stopped?connect_timeout=2" });
      // Watched at the gateway itself, whatever client the app uses to reach it: every request the mock receives.
      let received = 0;
      const count = () => void (received += 1);
      mig().app.server.on("request", count);
      cache.__gatewayPrisma = down;
      try {
        const response = await sectionRequest(PATIENT, "medications");
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ error: expect.objectContaining({ code: "DATABASE_UNAVAILABLE" }) });
        expect(received).toBe(0);
        cache.__gatewayPrisma = working;
        // Back up: the same request works again, and the watch sees its one gateway call.
        expect((await sectionRequest(PATIENT, "medications")).status).toBe(200);
        expect(received).toBe(1);
      } finally {
        cache.__gatewayPrisma = working;
        mig().app.server.off("request", count);
        await down.$disconnect();
      }
    });
  });
}
