// Sign-in against a real database: lock-out holds against the right password (also under concurrency), the
// per-account and per-address rate limits hold, and every attempt is audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { createPrismaClient } from "../../lib/server/db/client";
import { checkCredentials, signInWithPassword } from "../../lib/server/auth/sign-in";
import { hashPassword } from "../../lib/server/auth/password";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const PASSWORD = "correct-horse-battery-2026";

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`sign-in on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);

    beforeAll(async () => {
      const { prisma } = app();
      const organisation = await prisma.organisation.create({
        data: { odsCode: "R9Z", name: "Test Ambulance Service", kind: "AMBULANCE" },
      });
      const passwordHash = await hashPassword(PASSWORD);
      for (const username of ["lock.me", "race.me", "race.mixed", "limit.me"]) {
        await prisma.user.create({
          data: { username, displayName: username, passwordHash, role: "PARAMEDIC", organisationId: organisation.id },
        });
      }
    });

    const auditActions = async (username: string) =>
      (
        await app().prisma.auditEvent.findMany({ where: { username }, orderBy: { seq: "asc" }, select: { action: true, detail: true } })
      ).map((e) => e.action);

    it("N parallel wrong passwords lock the account, only five are ever checked, and the right password is then refused", async () => {
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) => checkCredentials({ username: "race.me", password: `wrong-${i}` })),
      );
      expect(results.every((r) => !r.ok)).toBe(true);
      const actions = await auditActions("race.me");
      expect(actions.filter((a) => a === "LOCKED_OUT")).toHaveLength(1);
      // Four wrong passwords are answered as such; every other attempt was refused as locked, unchecked.
      expect(results.filter((r) => !r.ok && r.error === "CredentialsSignin")).toHaveLength(4);
      expect(await checkCredentials({ username: "race.me", password: PASSWORD })).toEqual({ ok: false, error: "AccountLocked" });
      const row = await app().prisma.user.findUniqueOrThrow({ where: { username: "race.me" } });
      expect(row.lockedUntil).not.toBeNull();
    });

    it("the right password sent in a burst of wrong ones gets no more than the allowance of guesses", async () => {
      const attempts = Array.from({ length: 30 }, (_, i) => (i === 20 ? PASSWORD : `wrong-${i}`));
      const results = await Promise.all(attempts.map((password) => checkCredentials({ username: "race.mixed", password })));
      // The 21st attempt is beyond the five allowed, so it is refused without its password being looked at.
      expect(results[20]).toEqual({ ok: false, error: "AccountLocked" });
      expect(await checkCredentials({ username: "race.mixed", password: PASSWORD })).toEqual({ ok: false, error: "AccountLocked" });
    });

    it("limits attempts per account whatever address they come from, and per address whatever account", async () => {
      const perAccount = [];
      for (let i = 0; i < 11; i++)
        perAccount.push(await signInWithPassword({ username: "limit.me", password: "wrong" }, `198.51.100.${i}`));
      expect(perAccount.slice(0, 10).some((r) => !r.ok && r.error === "TooManyAttempts")).toBe(false);
      expect(perAccount[10]).toEqual({ ok: false, error: "TooManyAttempts" });

      const perAddress = [];
      for (let i = 0; i < 31; i++)
        perAddress.push(await signInWithPassword({ username: `nobody.${i}`, password: "wrong" }, "203.0.113.50"));
      expect(perAddress.slice(0, 30).every((r) => !r.ok && r.error === "CredentialsSignin")).toBe(true);
      expect(perAddress[30]).toEqual({ ok: false, error: "TooManyAttempts" });
      // Another address is not affected.
      expect(await signInWithPassword({ username: "nobody.x", password: "wrong" }, "203.0.113.51")).toEqual({
        ok: false,
        error: "CredentialsSignin",
      });
    });

    it("with the database down, sign-in says it is unavailable in the app's words, never the driver's", async () => {
      const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };
      const working = cache.__gatewayPrisma;
      const down = createPrismaClient({ kind: "postgres", url: "postgresql://viewer:viewer@127.0.0.1:1/stopped?connect_timeout=2" });
      cache.__gatewayPrisma = down;
      try {
        expect(await signInWithPassword({ username: "lock.me", password: PASSWORD }, "203.0.113.70")).toEqual({
          ok: false,
          error: "SignInUnavailable",
        });
      } finally {
        cache.__gatewayPrisma = working;
        await down.$disconnect();
      }
    });

    it("refuses a username with a NUL byte without passing it to the database, and audits the attempt", async () => {
      const result = await signInWithPassword({ username: "ae.doctor\u0000' OR 1=1", password: "x" }, "203.0.113.60");
      expect(result).toEqual({ ok: false, error: "CredentialsSignin" });
      const last = await app().prisma.auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN_FAILED" }, orderBy: { seq: "desc" } });
      expect(last.username).toBe("ae.doctor\ufffd' or 1=1");
      expect(last.detail).toEqual({ why: "invalid-characters" });
    });

    it("locks after five wrong passwords and then refuses the right one", async () => {
      const t0 = new Date();
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await checkCredentials({ username: "lock.me", password: `wrong-${i}` }, t0));
      expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual([
        "CredentialsSignin",
        "CredentialsSignin",
        "CredentialsSignin",
        "CredentialsSignin",
        "AccountLocked",
      ]);
      expect(await checkCredentials({ username: "lock.me", password: PASSWORD }, new Date(t0.getTime() + 60_000))).toEqual({
        ok: false,
        error: "AccountLocked",
      });
      const actions = await app().prisma.auditEvent.findMany({
        where: { username: "lock.me" },
        orderBy: { seq: "asc" },
        select: { action: true },
      });
      expect(actions.map((a) => a.action)).toEqual([...Array(4).fill("SIGN_IN_FAILED"), "LOCKED_OUT", "SIGN_IN_FAILED"]);
    });

    it("lets the right password in once the lock has expired, and audits the sign-in", async () => {
      const later = new Date(Date.now() + 16 * 60_000);
      const result = await checkCredentials({ username: "lock.me", password: PASSWORD }, later);
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(await app().prisma.userSession.findUniqueOrThrow({ where: { id: result.user.sessionId } })).toMatchObject({ endedAt: null });
      const last = await app().prisma.auditEvent.findFirstOrThrow({ where: { username: "lock.me" }, orderBy: { seq: "desc" } });
      expect(last).toMatchObject({ action: "SIGN_IN", outcome: "SUCCESS", role: "PARAMEDIC", organisationOds: "R9Z" });
    });
  });
}
