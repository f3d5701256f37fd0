// Server-side sessions: a revoked session is refused on its very next request, whatever copy of the cookie is
// used; sign-out ends one session, "end all sessions" and a password change end every one of the user's.
import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "../../lib/server/auth/account-admin";
import { checkCredentials } from "../../lib/server/auth/sign-in";
import { findAccessEpisode, rememberedEpisode } from "../../lib/server/access/find-access-episode";
import { actorForSession } from "../../lib/server/auth/session";
import { endAllSessions, endSession, openSession } from "../../lib/server/auth/user-sessions";
import { hashPassword } from "../../lib/server/auth/password";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const PASSWORD = "correct-horse-battery-2026";

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`server-side sessions on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    let userId = "";

    beforeAll(async () => {
      const { prisma } = app();
      const organisation = await prisma.organisation.create({ data: { odsCode: "R9S", name: "Test Trust", kind: "ACUTE_TRUST" } });
      const user = await prisma.user.create({
        data: {
          username: "session.user",
          displayName: "Session User",
          passwordHash: await hashPassword(PASSWORD),
          role: "NURSE",
          organisationId: organisation.id,
        },
      });
      userId = user.id;
    });

    const claims = (sessionId: string) => ({ userId, sessionId, signedInAt: Date.now() });

    it("a revoked session is refused on its next request (sign-out)", async () => {
      const signedIn = await checkCredentials({ username: "session.user", password: PASSWORD });
      if (!signedIn.ok) throw new Error("sign-in failed");
      const cookie = claims(signedIn.user.sessionId);
      expect((await actorForSession(cookie))?.username).toBe("session.user");
      await endSession(signedIn.user.sessionId, "signed-out");
      expect(await actorForSession(cookie)).toBeNull();
      expect(await app().prisma.userSession.findUniqueOrThrow({ where: { id: signedIn.user.sessionId } })).toMatchObject({
        endReason: "signed-out",
      });
    });

    it("a record request's session check also reads the user's access episode for the patient, in the same statement", async () => {
      const { prisma } = app();
      const sessionId = await openSession(userId);
      const hour = 3_600_000;
      const [consented, expired] = ["9000000009", "9000000017"];
      await prisma.accessEpisode.create({
        data: { userId, patientNhsNumber: expired, decision: "CONSENT_GIVEN", expiresAt: new Date(Date.now() - hour) },
      });
      const episode = await prisma.accessEpisode.create({
        data: { userId, patientNhsNumber: consented, decision: "CONSENT_GIVEN", expiresAt: new Date(Date.now() + hour) },
      });

      const actor = await actorForSession(claims(sessionId), Date.now(), consented);
      expect(actor?.username).toBe("session.user");
      const remembered = rememberedEpisode(actor!, consented);
      expect(remembered).toEqual({ id: episode.id, decision: "CONSENT_GIVEN", expiresAt: episode.expiresAt.toISOString() });
      expect(remembered).toEqual(await findAccessEpisode(actor!, consented));
      // Only for the patient asked about, and only for the actor it was read for.
      expect(rememberedEpisode(actor!, expired)).toBeUndefined();
      expect(rememberedEpisode((await actorForSession(claims(sessionId)))!, consented)).toBeUndefined();
      // An expired episode is no episode.
      expect(rememberedEpisode((await actorForSession(claims(sessionId), Date.now(), expired))!, expired)).toBeNull();
      // A revoked session gives no actor, so no episode, whatever the patient.
      await endSession(sessionId, "signed-out");
      expect(await actorForSession(claims(sessionId), Date.now(), consented)).toBeNull();
    });

    it("refuses a session id that does not exist, is malformed, belongs to someone else, or is past the absolute limit", async () => {
      const sessionId = await openSession(userId);
      expect(await actorForSession({ ...claims(sessionId), sessionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
      expect(await actorForSession({ ...claims(sessionId), sessionId: "not-a-uuid'--" })).toBeNull();
      expect(await actorForSession({ ...claims(sessionId), userId: "00000000-0000-4000-8000-000000000001" })).toBeNull();
      expect(await actorForSession({ ...claims(sessionId), signedInAt: Date.now() - 13 * 3_600_000 })).toBeNull();
      expect(await actorForSession(claims(sessionId))).not.toBeNull();
    });

    it("an administrator's 'end all sessions' ends every session of the user at once", async () => {
      const [a, b] = [await openSession(userId), await openSession(userId)];
      expect(await endAllSessions(userId, "ended-by-administrator")).toBeGreaterThanOrEqual(2);
      expect(await actorForSession(claims(a))).toBeNull();
      expect(await actorForSession(claims(b))).toBeNull();
    });

    it("a password change ends every session and the new password works", async () => {
      const before = await openSession(userId);
      await changePassword(userId, "a-new-password-for-2027");
      expect(await actorForSession(claims(before))).toBeNull();
      expect((await checkCredentials({ username: "session.user", password: "a-new-password-for-2027" })).ok).toBe(true);
      expect((await checkCredentials({ username: "session.user", password: PASSWORD })).ok).toBe(false);
    });
  });
}
