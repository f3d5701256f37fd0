// "Records you have open" on Find a patient (issue 18) on both databases: only this user's patients whose newest
// unexpired decision opens the record (permission or emergency override), newest first, each patient once, at most five.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import { actorFromUser, type Actor } from "../../lib/server/auth/actor";
import { listOpenRecordNumbers, OPEN_RECORDS_SHOWN } from "../../lib/server/patients/list-open-records";
import { nhsNumberFromPrefix } from "../../lib/domain/nhs-number";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

async function actorFor(prisma: PrismaClient, username: string): Promise<Actor> {
  const actor = actorFromUser(await prisma.user.findUniqueOrThrow({ where: { username }, include: { organisation: true } }));
  if (!actor) throw new Error(`${username} cannot act`);
  return actor;
}

const NOW = new Date("2026-12-03T12:00:00Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const hoursLater = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`records a user has open, on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    let doctor: Actor;
    let nurse: Actor;
    // Synthetic, valid NHS numbers.
    const [a, b, c, d, e, f, g, h, oldest] = Array.from({ length: 9 }, (_, i) => nhsNumberFromPrefix(966_100_000 + i * 7));

    beforeAll(async () => {
      const { prisma } = app();
      await seedDemoData(prisma, DEMO_USERS);
      doctor = await actorFor(prisma, "ae.doctor");
      nurse = await actorFor(prisma, "nurse");
      const episode = (
        actor: Actor,
        nhs: string,
        decision: "CONSENT_GIVEN" | "CONSENT_REFUSED" | "EMERGENCY_OVERRIDE",
        at: Date,
        expires: Date,
      ) =>
        prisma.accessEpisode.create({
          data: { userId: actor.userId, patientNhsNumber: nhs!, decision, createdAt: at, expiresAt: expires },
        });
      await episode(doctor, a!, "CONSENT_GIVEN", minutesAgo(50), hoursLater(11));
      await episode(doctor, b!, "EMERGENCY_OVERRIDE", minutesAgo(40), hoursLater(11));
      // Opened, then the patient refused: the newest decision stands, so the record is not open.
      await episode(doctor, c!, "CONSENT_GIVEN", minutesAgo(35), hoursLater(11));
      await episode(doctor, c!, "CONSENT_REFUSED", minutesAgo(30), hoursLater(11));
      // Expired.
      await episode(doctor, d!, "CONSENT_GIVEN", minutesAgo(800), minutesAgo(80));
      // Opened twice: listed once, at its newest.
      await episode(doctor, a!, "CONSENT_GIVEN", minutesAgo(5), hoursLater(12));
      await episode(doctor, e!, "CONSENT_GIVEN", minutesAgo(20), hoursLater(11));
      await episode(doctor, f!, "CONSENT_GIVEN", minutesAgo(15), hoursLater(11));
      await episode(doctor, g!, "CONSENT_GIVEN", minutesAgo(10), hoursLater(11));
      // Open, but the sixth newest: beyond the five shown.
      await episode(doctor, oldest!, "CONSENT_GIVEN", minutesAgo(45), hoursLater(11));
      // Another user's.
      await episode(nurse, h!, "CONSENT_GIVEN", minutesAgo(1), hoursLater(12));
    });

    it("lists open records newest first, each once, at most five, leaving out refused, expired and other users' records", async () => {
      const open = await listOpenRecordNumbers(doctor, NOW);
      expect(open.map((o) => o.nhsNumber)).toEqual([a, g, f, e, b]);
      expect(open).toHaveLength(OPEN_RECORDS_SHOWN);
      expect(open[0]!.expiresAt.toISOString()).toBe(hoursLater(12).toISOString());
    });

    it("lists nothing for a user who has opened no record", async () => {
      const { prisma } = app();
      expect(await listOpenRecordNumbers(await actorFor(prisma, "ooh.gp"), NOW)).toEqual([]);
      expect((await listOpenRecordNumbers(nurse, NOW)).map((o) => o.nhsNumber)).toEqual([h]);
    });
  });
}
