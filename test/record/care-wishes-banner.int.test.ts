// The care-wishes line for the patient banner on a real database and the real mock MIG over HTTP, with only the
// session faked: nothing fetched before the user says why they are looking; then one RECORD_VIEW audit event per
// fetch, committed before the status is returned; a failed audit write or a missing end-of-life section gives
// "could not be retrieved", never "none".
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { BACKENDS, backendTitle } from "../db/databases";
import { startMig, type RunningMig } from "../mig/helpers";
import { setUpAppDatabase } from "../support/app-database";
import { fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { getCareWishesStatus } = await import("../../lib/server/patients/get-care-wishes-status");

const DNACPR = "9663944528"; // MARGERISON: DNACPR and ReSPECT
const CHANGED = "9664219665"; // ENTWISTLE: a newer for-CPR decision, an older DNACPR, one entered in error
const UNAVAILABLE = "9672176244"; // COCKCROFT: the end-of-life section is not returned
const ORDINARY = "9681174003"; // ARKWRIGHT: no end-of-life dataset
const APP = "http://localhost:3000";

function consent(nhsNumber: string) {
  return postAccess(
    new Request(`${APP}/api/patients/${nhsNumber}/access`, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: JSON.stringify({ decision: "CONSENT_GIVEN" }),
    }),
    { params: Promise.resolve({ nhsNumber }) },
  );
}

let mig: RunningMig;
beforeAll(async () => {
  mig = await startMig();
  process.env.MIG_URL = mig.url;
});
afterAll(async () => {
  await mig?.close();
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`care-wishes banner on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);

    beforeAll(async () => {
      const { prisma } = app();
      const organisation = await prisma.organisation.create({
        data: { odsCode: "RX2", name: "Test Ambulance Service", kind: "ACUTE_TRUST" },
      });
      const user = await prisma.user.create({
        data: {
          username: "banner.tester",
          displayName: "Banner Tester",
          passwordHash: "not-used",
          role: "PARAMEDIC",
          organisationId: organisation.id,
        },
      });
      fakeSession.actor = {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        professionalCode: null,
        role: "PARAMEDIC",
        organisation: { odsCode: organisation.odsCode, name: organisation.name },
      };
    });

    const views = (prisma: PrismaClient, nhsNumber: string) =>
      prisma.auditEvent.findMany({ where: { action: "RECORD_VIEW", patientNhsNumber: nhsNumber }, orderBy: { seq: "asc" } });

    it("fetches and audits nothing before the user has said why they are looking", async () => {
      expect(await getCareWishesStatus(fakeSession.actor!, DNACPR)).toBeNull();
      expect(await views(app().prisma, DNACPR)).toHaveLength(0);
    });

    it("after consent: the DNACPR decision, with exactly one audit event whose id the banner carries", async () => {
      expect((await consent(DNACPR)).status).toBe(201);
      const status = await getCareWishesStatus(fakeSession.actor!, DNACPR);
      expect(status).toMatchObject({
        state: "decision",
        tone: "dnacpr",
        headline: expect.stringMatching(/^DNACPR — \d{2}-[A-Z][a-z]{2}-\d{4}$/),
        hasCareWishes: true,
      });
      const events = await views(app().prisma, DNACPR);
      expect(events.map((e) => [e.id, e.outcome, e.detail])).toEqual([
        [
          status!.auditEvent,
          "SUCCESS",
          { section: "end-of-life", also: ["risks-and-warnings"], view: "care-wishes-banner", decision: "CONSENT_GIVEN" },
        ],
      ]);
    });

    it("the newer for-CPR decision wins over an older DNACPR and a DNACPR entered in error", async () => {
      expect((await consent(CHANGED)).status).toBe(201);
      const status = await getCareWishesStatus(fakeSession.actor!, CHANGED);
      expect(status).toMatchObject({ state: "decision", tone: "for-cpr" });
      expect(status?.details).toEqual(
        expect.arrayContaining(["2 CPR decisions recorded; most recent shown", expect.stringMatching(/^Review date passed/)]),
      );
    });

    it("a patient without the dataset: 'No CPR decision recorded in the GP record'", async () => {
      expect((await consent(ORDINARY)).status).toBe(201);
      expect(await getCareWishesStatus(fakeSession.actor!, ORDINARY)).toMatchObject({
        state: "none",
        headline: "No CPR decision recorded in the GP record",
        hasCareWishes: false,
      });
    });

    it("an end-of-life section the practice did not return: 'could not be retrieved', not 'none'", async () => {
      expect((await consent(UNAVAILABLE)).status).toBe(201);
      expect(await getCareWishesStatus(fakeSession.actor!, UNAVAILABLE)).toMatchObject({
        state: "unavailable",
        headline: "End-of-life information could not be retrieved — phone the practice",
      });
    });

    it("when the audit event cannot be written, nothing from the record is returned", async () => {
      const { prisma } = app();
      const before = (await views(prisma, DNACPR)).length;
      await prisma.$executeRawUnsafe(
        `CREATE FUNCTION refuse_banner_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store full'; END $$`,
      );
      await prisma.$executeRawUnsafe(
        `CREATE TRIGGER refuse_banner_audit BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION refuse_banner_audit()`,
      );
      try {
        const status = await getCareWishesStatus(fakeSession.actor!, DNACPR);
        expect(status).toMatchObject({ state: "unavailable", details: [], auditEvent: null });
        expect(JSON.stringify(status)).not.toMatch(/DNACPR|ReSPECT/);
      } finally {
        await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_banner_audit ON "audit_event"`);
        await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_banner_audit()`);
      }
      expect(await views(prisma, DNACPR)).toHaveLength(before);
    });
  });
}
