// Safety concerns on both databases (issue 13): anyone signed in reports one from a page (who, which patient,
// which page, what they saw), it is in the audit trail, the privacy officer lists it (audited) and records a
// review (audited, naming the status it replaced); every other role is refused the list and the review.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import type { Actor } from "../../lib/server/auth/actor";
import { reportSafetyConcern } from "../../lib/server/governance/report-safety-concern";
import { listSafetyConcerns, reviewSafetyConcern } from "../../lib/server/governance/safety-concerns";
import { demoActors, refusal } from "../builders/actors";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const PATIENT = "9663113464";

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`safety concerns on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    const actors = {} as Record<"officer" | "doctor" | "admin", Actor>;

    beforeAll(async () => {
      const { prisma } = app();
      await seedDemoData(prisma, DEMO_USERS);
      Object.assign(actors, await demoActors(prisma, { officer: "privacy.officer", doctor: "ae.doctor", admin: "admin" }));
    });

    it("a concern reported from a record page is kept with who, which patient, which page and the text, and audited [HZ-EVID:safety-concern-recorded]", async () => {
      const { prisma } = app();
      const page = `/patients/${PATIENT}/medications`;
      const receipt = await reportSafetyConcern(actors.doctor, { page, concern: "The panel did not flag Tylex with Kapake." });
      expect(receipt).toMatchObject({ patientNhsNumber: PATIENT, page });
      const row = await prisma.safetyConcern.findUniqueOrThrow({ where: { id: receipt.id } });
      expect(row).toMatchObject({ reportedBy: actors.doctor.userId, patientNhsNumber: PATIENT, page, status: "OPEN" });
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "SAFETY_CONCERN_REPORTED" }, orderBy: { seq: "desc" } });
      expect(event).toMatchObject({ username: "ae.doctor", role: "AE_DOCTOR", patientNhsNumber: PATIENT, outcome: "SUCCESS" });
      expect(event.detail).toMatchObject({ concernId: receipt.id, page, concern: "The panel did not flag Tylex with Kapake." });
    });

    it("a concern from a page that is not a record names no patient; an administrator may report too", async () => {
      const receipt = await reportSafetyConcern(actors.admin, { page: "/about", concern: "The rule base review date is wrong." });
      expect(receipt.patientNhsNumber).toBeNull();
    });

    it("refuses an empty concern or a page of another site", async () => {
      expect((await refusal(reportSafetyConcern(actors.doctor, { page: "/about", concern: " " }))).code).toBe("INVALID_INPUT");
      expect((await refusal(reportSafetyConcern(actors.doctor, { page: "https://evil.example/", concern: "x" }))).code).toBe(
        "INVALID_INPUT",
      );
    });

    it("the privacy officer lists concerns (open first, audited) and records a review, audited with the status it replaced [HZ-EVID:safety-concern-recorded]", async () => {
      const { prisma } = app();
      const { concerns, openCount } = await listSafetyConcerns(actors.officer);
      expect(openCount).toBe(2);
      const concern = concerns.find((c) => c.patientNhsNumber === PATIENT);
      expect(concern).toMatchObject({ status: "OPEN", reporter: { username: "ae.doctor" }, page: `/patients/${PATIENT}/medications` });
      const searched = await prisma.auditEvent.findFirstOrThrow({ where: { action: "AUDIT_SEARCH" }, orderBy: { seq: "desc" } });
      expect(searched.detail).toMatchObject({ view: "safety-concerns" });

      const review = await reviewSafetyConcern(actors.officer, concern!.id, { outcome: "HAZARD_LOG_UPDATED", note: "HZ-006 reviewed" });
      expect(review.status).toBe("HAZARD_LOG_UPDATED");
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "SAFETY_CONCERN_REVIEWED" }, orderBy: { seq: "desc" } });
      expect(event.patientNhsNumber).toBe(PATIENT);
      expect(event.detail).toMatchObject({ concernId: concern!.id, outcome: "HAZARD_LOG_UPDATED", previousStatus: "OPEN" });
      expect((await listSafetyConcerns(actors.officer)).openCount).toBe(1);
    });

    it("only the privacy officer may list or review concerns", async () => {
      for (const actor of [actors.doctor, actors.admin]) {
        expect((await refusal(listSafetyConcerns(actor))).code).toBe("FORBIDDEN");
        expect(
          (await refusal(reviewSafetyConcern(actor, "00000000-0000-4000-8000-000000000000", { outcome: "NO_ACTION_NEEDED" }))).code,
        ).toBe("FORBIDDEN");
      }
      const unknown = await refusal(
        reviewSafetyConcern(actors.officer, "00000000-0000-4000-8000-000000000000", { outcome: "NO_ACTION_NEEDED" }),
      );
      expect(unknown.code).toBe("INVALID_INPUT");
    });
  });
}
