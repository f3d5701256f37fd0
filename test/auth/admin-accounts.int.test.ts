// The administrator's account use-cases on both databases: the list carries no password data and shows a lock-out;
// clearing it resets the count, the lock and the per-account sign-in limit, audited; other roles are refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import { actorFromUser, type Actor } from "../../lib/server/auth/actor";
import { AppError } from "../../lib/server/errors";
import { clearLockout, listAccounts } from "../../lib/server/admin/accounts";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

async function actorFor(prisma: PrismaClient, username: string): Promise<Actor> {
  const actor = actorFromUser(await prisma.user.findUniqueOrThrow({ where: { username }, include: { organisation: true } }));
  if (!actor) throw new Error(`${username} cannot act`);
  return actor;
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`administrator accounts on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    let admin: Actor;
    let doctor: Actor;

    beforeAll(async () => {
      const { prisma } = app();
      await seedDemoData(prisma, DEMO_USERS);
      admin = await actorFor(prisma, "admin");
      doctor = await actorFor(prisma, "ae.doctor");
    });

    it("lists every account without password data, and shows a lock-out in force", async () => {
      const { prisma } = app();
      const until = new Date(Date.now() + 10 * 60_000);
      await prisma.user.update({ where: { username: "nurse" }, data: { failedSignInCount: 5, lockedUntil: until } });
      const accounts = await listAccounts(admin);
      expect(accounts.map((a) => a.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
      expect(JSON.stringify(accounts)).not.toMatch(/password|\$argon|\$2[aby]\$|scrypt/i);
      expect(accounts.find((a) => a.username === "nurse")).toMatchObject({ failedSignIns: 5, lockedUntil: until.toISOString() });
    });

    it("clearing a lock-out resets the count, the lock and the account's sign-in limit, and is audited", async () => {
      const { prisma } = app();
      await prisma.rateLimit.create({ data: { key: "sign-in-account:nurse", windowStart: new Date(), count: 99 } });
      await clearLockout(admin, "Nurse");
      expect(await prisma.user.findUniqueOrThrow({ where: { username: "nurse" } })).toMatchObject({
        failedSignInCount: 0,
        lockedUntil: null,
      });
      expect(await prisma.rateLimit.findUnique({ where: { key: "sign-in-account:nurse" } })).toBeNull();
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "LOCKOUT_CLEARED" }, orderBy: { seq: "desc" } });
      expect(event).toMatchObject({ username: "admin", role: "ADMINISTRATOR", outcome: "SUCCESS" });
      expect(event.detail).toMatchObject({ subjectUsername: "nurse" });
    });

    it("refuses other roles and unknown users", async () => {
      for (const attempt of [listAccounts(doctor), clearLockout(doctor, "nurse"), clearLockout(admin, "no-such-user")]) {
        const error: unknown = await attempt.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AppError);
      }
    });
  });
}
