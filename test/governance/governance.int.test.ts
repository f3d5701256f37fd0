// The privacy officer's use-cases on both databases: audit search (each filter, paging on a snapshot, the search
// itself audited), CSV export (rows, the size limit, both audited), alert review, and refusals for every other role.
import { addDays, format } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import { inUk } from "../../lib/domain/cui/uk-time";
import { recordAccessDecision } from "../../lib/server/access/record-access-decision";
import { auditActor, recordAuditEvent } from "../../lib/server/audit/record-audit-event";
import type { Actor } from "../../lib/server/auth/actor";
import { AUDIT_CSV_HEADER } from "../../lib/domain/governance/audit-vocabulary";
import { exportAuditCsv } from "../../lib/server/governance/export-audit-csv";
import { listAlerts } from "../../lib/server/governance/list-alerts";
import { reviewAlert } from "../../lib/server/governance/review-alert";
import { searchAuditEvents } from "../../lib/server/governance/search-audit-events";
import { demoActors, refusal } from "../builders/actors";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

// Synthetic, valid NHS numbers.
const CONSENTED = "9681174003";
const OVERRIDDEN = "9663944528";
const PAGED = "9680494063";
const PAGED_EVENTS = 120;

const ukDay = (offset: number) => format(addDays(new Date(), offset), "yyyy-MM-dd", { in: inUk });

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`governance use-cases on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    const actors = {} as Record<"officer" | "doctor" | "nurse" | "social" | "admin" | "paramedic", Actor>;
    let alertId = "";

    const newestEvent = () => app().prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });

    beforeAll(async () => {
      const { prisma } = app();
      await seedDemoData(prisma, DEMO_USERS);
      Object.assign(
        actors,
        await demoActors(prisma, {
          officer: "privacy.officer",
          doctor: "ae.doctor",
          nurse: "nurse",
          social: "social.worker",
          admin: "admin",
          paramedic: "paramedic",
        }),
      );

      // These synthetic numbers are not the mock gateway's: its check is tested in test/record.
      const known = { patientKnown: async () => true };
      await recordAccessDecision(actors.doctor, CONSENTED, { decision: "CONSENT_GIVEN" }, known);
      await recordAuditEvent({
        ...auditActor(actors.doctor),
        action: "RECORD_VIEW",
        outcome: "SUCCESS",
        patientNhsNumber: CONSENTED,
        detail: { section: "summary" },
      });
      await recordAccessDecision(
        actors.nurse,
        OVERRIDDEN,
        {
          decision: "EMERGENCY_OVERRIDE",
          reason: "Patient unconscious or unable to communicate",
          detail: "Brought in unresponsive, no relatives present",
        },
        known,
      );
      await recordAuditEvent({
        ...auditActor(actors.social),
        action: "ACCESS_DENIED",
        outcome: "DENIED",
        detail: { page: "/audit", permission: "audit:read" },
      });
      for (let n = 0; n < PAGED_EVENTS; n++) {
        await recordAuditEvent({
          ...auditActor(actors.paramedic),
          action: "RECORD_VIEW",
          outcome: "SUCCESS",
          patientNhsNumber: PAGED,
          detail: { n },
        });
      }
      alertId = (await prisma.alert.findFirstOrThrow()).id;
    });

    describe("searchAuditEvents", () => {
      it("filters by each field, and every event shown matches", async () => {
        const search = (input: Record<string, string>) => searchAuditEvents(actors.officer, input);

        const byUser = await search({ username: "AE.Doctor" });
        expect(byUser.events.map((e) => e.action).sort()).toEqual(["CONSENT_GIVEN", "RECORD_VIEW"]);

        const byPatient = await search({ nhsNumber: "966 394 4528" });
        expect(byPatient.events.map((e) => [e.action, e.username])).toEqual([["EMERGENCY_OVERRIDE", "nurse"]]);
        expect(byPatient.events[0]?.detail).toBe(
          "reason: Patient unconscious or unable to communicate; explanation: Brought in unresponsive, no relatives present",
        );

        const byOrganisation = await search({ ods: "r9c" });
        expect(byOrganisation.events.every((e) => e.organisationOds === "R9C")).toBe(true);
        expect(byOrganisation.total).toBe(1);

        const byAction = await search({ action: "CONSENT_GIVEN" });
        expect(byAction.events.map((e) => e.patientNhsNumber)).toEqual([CONSENTED]);

        const byOutcome = await search({ outcome: "DENIED" });
        expect(byOutcome.events.map((e) => [e.username, e.action])).toEqual([["social.worker", "ACCESS_DENIED"]]);

        const combined = await search({ username: "paramedic", action: "RECORD_VIEW", nhsNumber: PAGED, outcome: "SUCCESS" });
        expect(combined.total).toBe(PAGED_EVENTS);
      });

      it("filters by UK date: today includes everything so far, other days nothing", async () => {
        const today = await searchAuditEvents(actors.officer, { username: "ae.doctor", from: ukDay(0), to: ukDay(0) });
        expect(today.total).toBe(2);
        expect((await searchAuditEvents(actors.officer, { username: "ae.doctor", from: ukDay(1) })).total).toBe(0);
        expect((await searchAuditEvents(actors.officer, { username: "ae.doctor", to: ukDay(-1) })).total).toBe(0);
      });

      it("pages newest first on the first page's snapshot, unmoved by events recorded meanwhile", async () => {
        // Views only: the officer's own searches for this patient are audit events about it too.
        const filters = { nhsNumber: PAGED, action: "RECORD_VIEW" };
        const first = await searchAuditEvents(actors.officer, filters);
        expect(first).toMatchObject({ total: PAGED_EVENTS, page: 1, pageSize: 50, pageCount: 3 });
        expect(first.upTo).not.toBeNull();
        for (let n = 0; n < 3; n++) {
          await recordAuditEvent({
            ...auditActor(actors.paramedic),
            action: "RECORD_VIEW",
            outcome: "SUCCESS",
            patientNhsNumber: PAGED,
            detail: { late: n },
          });
        }
        const upTo = first.upTo ?? "";
        const second = await searchAuditEvents(actors.officer, { ...filters, page: "2", upTo });
        const third = await searchAuditEvents(actors.officer, { ...filters, page: "3", upTo });
        expect([second.total, third.total]).toEqual([PAGED_EVENTS, PAGED_EVENTS]);
        expect(third.events).toHaveLength(20);

        const seqs = [...first.events, ...second.events, ...third.events].map((e) => BigInt(e.seq));
        expect(new Set(seqs).size).toBe(PAGED_EVENTS);
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]! < seqs[i - 1]!).toBe(true);
        expect(third.events.at(-1)?.detail).toBe("n: 0");

        const fresh = await searchAuditEvents(actors.officer, filters);
        expect(fresh.total).toBe(PAGED_EVENTS + 3);
      });

      it("records the search itself, with the patient in its own column, the other filters and the patients it named in the detail", async () => {
        const result = await searchAuditEvents(
          actors.officer,
          { nhsNumber: CONSENTED, action: "RECORD_VIEW" },
          async () => "ARKWRIGHT, David",
        );
        expect(result.events[0]?.patient).toEqual({ nhsNumber: CONSENTED, name: "ARKWRIGHT, David", unavailable: null });
        const event = await newestEvent();
        expect(event).toMatchObject({
          action: "AUDIT_SEARCH",
          outcome: "SUCCESS",
          username: "privacy.officer",
          role: "PRIVACY_OFFICER",
          patientNhsNumber: CONSENTED,
        });
        expect(event.detail).toEqual({ filters: { action: "RECORD_VIEW" }, page: 1, matches: 1, patientsNamed: [CONSENTED] });
      });

      it("refuses invalid filters with a message for each field, before searching", async () => {
        const before = await newestEvent();
        const error = await refusal(searchAuditEvents(actors.officer, { nhsNumber: "1234567890", from: "2026-02-31" }));
        expect(error.code).toBe("INVALID_INPUT");
        expect(Object.keys(error.fields ?? {}).sort()).toEqual(["from", "nhsNumber"]);
        expect((await newestEvent()).seq).toBe(before.seq);
      });
    });

    describe("exportAuditCsv", () => {
      it("returns the header and the matching rows, and records the export", async () => {
        const { csv, rows, filename } = await exportAuditCsv(
          actors.officer,
          { nhsNumber: CONSENTED },
          { now: new Date("2026-07-14T10:00:00Z") },
        );
        expect(filename).toBe("audit-trail-2026-07-14.csv");
        const lines = csv
          .replace(/^\uFEFF/, "")
          .split("\r\n")
          .filter(Boolean);
        expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
        // The consent, the record view and the officer's own earlier search for this patient.
        expect(rows).toBe(3);
        expect(lines.slice(1).every((line) => line.includes(CONSENTED))).toBe(true);
        expect(lines.some((line) => line.includes("Consent to view given,CONSENT_GIVEN"))).toBe(true);
        const event = await newestEvent();
        expect(event).toMatchObject({
          action: "AUDIT_EXPORT",
          outcome: "SUCCESS",
          username: "privacy.officer",
          patientNhsNumber: CONSENTED,
        });
        expect(event.detail).toEqual({ filters: {}, rows: 3 });
      });

      it("refuses an export over the limit, and records the refusal", async () => {
        const error = await refusal(exportAuditCsv(actors.officer, { username: "paramedic" }, { maxRows: 10 }));
        expect(error.code).toBe("INVALID_INPUT");
        expect(error.detail).toMatch(/More than 10 events match/);
        const event = await newestEvent();
        expect(event).toMatchObject({ action: "AUDIT_EXPORT", outcome: "FAILED", username: "privacy.officer" });
        expect(event.detail).toEqual({ filters: { username: "paramedic" }, why: "too-many-rows", limit: 10 });
      });
    });

    describe("listAlerts and reviewAlert", () => {
      it("lists the open override with who, which patient and why", async () => {
        const list = await listAlerts(actors.officer);
        expect(list).toMatchObject({ total: 1, openCount: 1 });
        expect(list.alerts[0]).toMatchObject({
          id: alertId,
          status: "OPEN",
          reason: "Patient unconscious or unable to communicate",
          user: { username: "nurse", role: "NURSE" },
          organisation: { odsCode: "R9C" },
          patientNhsNumber: OVERRIDDEN,
          review: null,
        });
        expect((await newestEvent()).action).toBe("AUDIT_SEARCH");
      });

      it("records the outcome on the alert and an ALERT_REVIEWED event", async () => {
        // Needs follow-up without an owner and a due date is refused, naming both fields.
        const incomplete = await refusal(reviewAlert(actors.officer, alertId, { outcome: "NEEDS_FOLLOW_UP" }));
        expect(Object.keys(incomplete.fields ?? {}).sort()).toEqual(["dueOn", "owner"]);
        const review = await reviewAlert(actors.officer, alertId, {
          outcome: "NEEDS_FOLLOW_UP",
          note: "  Ask the ward why consent was not sought  ",
          owner: "Information governance lead",
          dueOn: "2027-01-31",
        });
        expect(review).toMatchObject({
          id: alertId,
          status: "NEEDS_FOLLOW_UP",
          note: "Ask the ward why consent was not sought",
          followUp: { owner: "Information governance lead", dueOn: "2027-01-31" },
        });
        const event = await newestEvent();
        expect(event).toMatchObject({
          action: "ALERT_REVIEWED",
          outcome: "SUCCESS",
          username: "privacy.officer",
          patientNhsNumber: OVERRIDDEN,
        });
        expect(event.detail).toEqual({
          alertId,
          outcome: "NEEDS_FOLLOW_UP",
          previousStatus: "OPEN",
          note: "Ask the ward why consent was not sought",
          followUpOwner: "Information governance lead",
          followUpDue: "2027-01-31",
        });

        const list = await listAlerts(actors.officer);
        expect(list.openCount).toBe(0);
        expect(list.alerts[0]?.review).toMatchObject({
          reviewedBy: "Ruth Adeyemi (privacy.officer)",
          note: "Ask the ward why consent was not sought",
        });
        expect(list.alerts[0]?.followUp).toEqual({ owner: "Information governance lead", dueOn: "2027-01-31" });
      });

      it("refuses a malformed or unknown alert id and a missing outcome, changing nothing", async () => {
        const before = await newestEvent();
        expect((await refusal(reviewAlert(actors.officer, "not-an-id", { outcome: "APPROPRIATE" }))).code).toBe("INVALID_INPUT");
        const unknown = await refusal(reviewAlert(actors.officer, "7d1f8a4e-0000-4000-8000-000000000000", { outcome: "APPROPRIATE" }));
        expect(unknown.detail).toMatch(/No alert has that reference/);
        const noOutcome = await refusal(reviewAlert(actors.officer, alertId, { note: "hmm" }));
        expect(Object.keys(noOutcome.fields ?? {})).toEqual(["outcome"]);
        expect((await newestEvent()).seq).toBe(before.seq);
        expect((await app().prisma.alert.findUniqueOrThrow({ where: { id: alertId } })).status).toBe("NEEDS_FOLLOW_UP");
      });
    });

    it("refuses every other role with FORBIDDEN from each use-case, before reading anything", async () => {
      const before = await newestEvent();
      for (const actor of [actors.doctor, actors.nurse, actors.social, actors.admin]) {
        expect((await refusal(searchAuditEvents(actor, {}))).code).toBe("FORBIDDEN");
        expect((await refusal(exportAuditCsv(actor, {}))).code).toBe("FORBIDDEN");
        expect((await refusal(listAlerts(actor))).code).toBe("FORBIDDEN");
        expect((await refusal(reviewAlert(actor, alertId, { outcome: "APPROPRIATE" }))).code).toBe("FORBIDDEN");
      }
      expect((await newestEvent()).seq).toBe(before.seq);
      expect((await app().prisma.alert.findUniqueOrThrow({ where: { id: alertId } })).status).toBe("NEEDS_FOLLOW_UP");
    });
  });
}
