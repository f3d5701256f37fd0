// Sign-in against a real database: lock-out holds against the right password, and every attempt is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "../../lib/server/auth/sign-in";
import { hashPassword } from "../../lib/server/auth/password";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const PASSWORD = "correct-horse-battery-2026";

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`sign-in on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);

    beforeAll(async () => {
      const { prisma } = app();
      const organisation = await prisma.organisation.create({ data: { odsCode: "R9Z", name: "Test Ambulance Service", kind: "AMBULANCE" } });
      await prisma.user.create({
        data: { username: "lock.me", displayName: "Lock Me", passwordHash: await hashPassword(PASSWORD), role: "PARAMEDIC", organisationId: organisation.id },
      });
    });

    it("locks after five wrong passwords and then refuses the right one", async () => {
      const t0 = new Date();
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await checkCredentials({ username: "lock.me", password: `wrong-${i}` }, t0));
      expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual(["CredentialsSignin", "CredentialsSignin", "CredentialsSignin", "CredentialsSignin", "AccountLocked"]);
      expect(await checkCredentials({ username: "lock.me", password: PASSWORD }, new Date(t0.getTime() + 60_000))).toEqual({ ok: false, error: "AccountLocked" });
      const actions = await app().prisma.auditEvent.findMany({ where: { username: "lock.me" }, orderBy: { seq: "asc" }, select: { action: true } });
      expect(actions.map((a) => a.action)).toEqual([...Array(4).fill("SIGN_IN_FAILED"), "LOCKED_OUT", "SIGN_IN_FAILED"]);
    });

    it("lets the right password in once the lock has expired, and audits the sign-in", async () => {
      const later = new Date(Date.now() + 16 * 60_000);
      const result = await checkCredentials({ username: "lock.me", password: PASSWORD }, later);
      expect(result.ok).toBe(true);
      const last = await app().prisma.auditEvent.findFirstOrThrow({ where: { username: "lock.me" }, orderBy: { seq: "desc" } });
      expect(last).toMatchObject({ action: "SIGN_IN", outcome: "SUCCESS", role: "PARAMEDIC", organisationOds: "R9Z" });
    });
  });
}
